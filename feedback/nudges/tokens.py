"""Signed links in nudge emails: one purpose each, tied to one nudge and one user, expiring.

The salt differs per action, so a "remind me" token can't be replayed as "stop". Tokens
are stateless; single use is enforced in the database (Nudge.acted_at), not here.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing

from feedback.nudges.models import Action

MAX_AGE = timedelta(days=30)


class LinkRefused(Exception):
    """Why a link can't be used, in words for the person who clicked it."""

    status = 400
    title = "This link doesn't work"


class LinkExpired(LinkRefused):
    status = 410
    title = "This link has expired"


@dataclass(frozen=True)
class LinkClaim:
    nudge_id: int
    user_id: int
    action: str


def _signer(action: str) -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=f"rebound.nudges.link.{action}")


def make(*, nudge_id: int, user_id: int, action: str) -> str:
    return _signer(action).sign_object({"n": nudge_id, "u": user_id, "a": action})


def read(token: str, action: str) -> LinkClaim:
    if action not in Action.values:
        raise LinkRefused("This link is not one Rebound sends.")
    try:
        data = _signer(action).unsign_object(token, max_age=MAX_AGE)
    except signing.SignatureExpired as exc:
        raise LinkExpired(
            f"Links in nudge emails work for {MAX_AGE.days} days. "
            "Log in to see your nudges and change your settings."
        ) from exc
    except signing.BadSignature as exc:
        raise LinkRefused(
            "The link is incomplete or was changed. Copy the whole link from the email, "
            "or log in to do this from your settings."
        ) from exc
    if not isinstance(data, dict) or data.get("a") != action:
        raise LinkRefused("This link is not one Rebound sends.")
    return LinkClaim(nudge_id=int(data["n"]), user_id=int(data["u"]), action=action)
