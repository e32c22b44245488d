"""Small pieces the security settings point at: login throttling hooks and an upload cap."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import render


class LoginThrottleBackend(AxesStandaloneBackend):
    """Refuses logins from a locked-out username and address, via django-axes.

    Every login page passes the request. Code that authenticates without one (the test
    client's login(), a shell) has no address to throttle, so it is let through to the
    real backends instead of failing outright.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def login_username(request, credentials):
    """The account a login attempt is aimed at, so every spelling counts against it.

    People log in with their username or their email in any case; without this, an attacker
    could try "Ana", "ana" and "ana@example.com" and get a fresh allowance for each.
    """
    typed = (credentials or {}).get("username")
    if typed is None and request is not None:
        typed = request.POST.get("username")
    typed = (typed or "").strip()
    if not typed:
        return ""
    user = (
        get_user_model()
        .objects.filter(Q(username__iexact=typed) | Q(email__iexact=typed))
        .only("username")
        .first()
    )
    return (user.username if user else typed).lower()


def client_ip(request):
    """The address a request came from, trusting X-Forwarded-For only from our own proxies.

    TRUSTED_PROXY_COUNT is how many reverse proxies sit in front of Rebound. Each one
    appends the address it saw, so the client is that many entries from the right; anything
    further left was written by the client and can be forged.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


class RequestSizeLimitMiddleware:
    """Turns away a request body larger than the upload limit before Django reads it.

    Django caps form fields in memory but streams files to disk of any size; this stops an
    oversized upload at the door with a plain answer instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # Room for the other form fields and the multipart boundaries around the file.
        self.limit = settings.REBOUND_MAX_UPLOAD_MB * 1024 * 1024 + 256 * 1024

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > self.limit:
            return render(
                request,
                "413.html",
                {"max_upload_mb": settings.REBOUND_MAX_UPLOAD_MB},
                status=413,
            )
        return self.get_response(request)


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the login form while an account is cooling off."""
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return render(
        request,
        settings.AXES_LOCKOUT_TEMPLATE,
        {"cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
