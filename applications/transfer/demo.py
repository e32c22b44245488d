"""Demo rows for import & export: a calendar address, so the demo's interviews can be
subscribed to straight away. The address itself is a fresh secret on every seed."""

from applications.transfer.models import CalendarFeed


def seed(user) -> None:
    CalendarFeed.objects.for_user(user).delete()
    CalendarFeed.objects.create(user=user)
