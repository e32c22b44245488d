"""Demo nudges: a history of sent ones for the demo account, and the next weekly summary.

The demo's applications, interviews and rejections already owe their upcoming nudges
(the services that created them wrote those rows); this adds what would have gone out.
"""

from datetime import timedelta
from email.utils import make_msgid

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from applications.models import Interview, Rejection
from feedback.nudges import schedule, services
from feedback.nudges.models import Kind, Nudge, NudgeStatus


def _sent(user, kind, obj, due):
    Nudge.objects.get_or_create(
        kind=kind,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        occasion="",
        defaults={
            "user": user,
            "due_at": due,
            "status": NudgeStatus.SENT,
            "attempts": 1,
            "sent_at": due + timedelta(seconds=20),
            "message_id": make_msgid("nudge", domain="localhost"),
        },
    )


def seed(user) -> None:
    prefs = services.notification_settings_for(user)
    now = timezone.now()
    past = Rejection.objects.for_user(user).filter(created_at__lt=now - timedelta(days=2))
    for rejection in past.order_by("-created_at")[:4]:
        due = schedule.next_morning(rejection.created_at, user.tz, prefs.send_hour)
        _sent(user, Kind.REQUEST_FEEDBACK, rejection, due)
    interviews = Interview.objects.for_user(user).filter(starts_at__lt=now - timedelta(days=2))
    for interview in interviews.order_by("-starts_at")[:4]:
        due = schedule.next_morning(interview.starts_at, user.tz, prefs.send_hour)
        _sent(user, Kind.THANK_YOU, interview, due)
    services.nudge_schedule(kind=Kind.WEEKLY_SUMMARY, user=user, obj=user)
