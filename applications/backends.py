"""Log in with a username or an email address, whichever the person remembers."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Q


class EmailOrUsernameBackend(ModelBackend):
    """Django's own backend, but the "username" typed may also be the account's email.

    Both are matched without regard to case: nobody remembers whether they signed up as
    "Ana" or "ana". A username that happens to equal another account's email can't take
    it over, because the exact username wins over any case-insensitive match.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        User = get_user_model()
        if username is None:
            username = kwargs.get(User.USERNAME_FIELD)
        if not username or password is None:
            return None
        typed = username.strip()
        candidates = list(
            User.objects.filter(Q(username__iexact=typed) | Q(email__iexact=typed))[:5]
        )
        user = self._pick(candidates, typed)
        if user is None:
            # Spend the time a real check takes, so timing doesn't reveal who has an account.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    @staticmethod
    def _pick(candidates, typed):
        for exact in (
            lambda u: u.username == typed,
            lambda u: u.username.lower() == typed.lower(),
            lambda u: u.email.lower() == typed.lower(),
        ):
            matches = [u for u in candidates if exact(u)]
            if len(matches) == 1:
                return matches[0]
        return None
