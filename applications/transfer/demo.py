"""Demo rows for import & export: a calendar address, so the demo's interviews can be
subscribed to straight away. The address itself is a fresh secret on every seed."""

from applications.transfer.services import calendar_feed_renew


def seed(user) -> None:
    calendar_feed_renew(user=user)
