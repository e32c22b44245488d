"""Nudges: the emails the worker owes a user, kept as rows (an outbox) in the database.

A Nudge row is written in the same transaction as the event that causes it, so an event
that is saved always owes its email, and one that is rolled back never does. The worker
only ever moves rows along pending → sending → sent (or back to pending for a retry, or
to failed / cancelled), each move a conditional UPDATE so two workers can't both win.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from applications.models import Owned

# Never at night: every hour a user picks, and every hour we compute, stays in this range.
EARLIEST_HOUR = 7
LATEST_HOUR = 21
HOUR_VALIDATORS = [MinValueValidator(EARLIEST_HOUR), MaxValueValidator(LATEST_HOUR)]


class Kind(models.TextChoices):
    REQUEST_FEEDBACK = "request_feedback", "Ask for feedback"
    FOLLOW_UP_FEEDBACK = "follow_up_feedback", "Follow up on a feedback request"
    THANK_YOU = "thank_you", "Send a thank-you note"
    REFLECT = "reflect", "Reflect on the interview"
    FOLLOW_UP_SILENCE = "follow_up_silence", "Follow up when you hear nothing"
    WEEKLY_SUMMARY = "weekly_summary", "Weekly summary"


class NudgeStatus(models.TextChoices):
    PENDING = "pending", "Upcoming"
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    CANCELLED = "cancelled", "Cancelled"
    FAILED = "failed", "Failed"


class Action(models.TextChoices):
    """What a signed link in the email does; each link is good for one purpose only."""

    DONE = "done", "I've done it"
    SNOOZE = "snooze", "Remind me in 3 days"
    STOP = "stop", "Stop these emails"


class Nudge(Owned):
    kind = models.CharField(max_length=30, choices=Kind.choices)
    # What the nudge is about: a rejection, an interview, a feedback request, an
    # application, or (for the weekly summary) the user.
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    about = GenericForeignKey("content_type", "object_id")
    # Tells apart nudges that are rightly owed more than once for one object: the week of
    # a weekly summary, or "remind-1" for the first "remind me in 3 days".
    occasion = models.CharField(max_length=20, blank=True, default="")
    due_at = models.DateTimeField()
    status = models.CharField(
        max_length=10, choices=NudgeStatus.choices, default=NudgeStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    # When a send task for this row was last handed to the broker; the dispatcher doesn't
    # hand it over again until that task has had its lease to run.
    enqueued_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Made before the message goes to the SMTP server and kept across retries, so a resend
    # after a crash carries the same Message-ID and mail clients fold the two into one.
    message_id = models.CharField(max_length=255, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_reason = models.CharField(max_length=200, blank=True)
    # The signed links are single-use: the first one used is recorded here.
    acted_at = models.DateTimeField(null=True, blank=True)
    action = models.CharField(max_length=10, choices=Action.choices, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            # One event can never owe two nudges, however often its hook runs.
            models.UniqueConstraint(
                fields=["kind", "content_type", "object_id", "occasion"],
                name="nudge_one_per_event",
            ),
        ]
        indexes = [
            # The dispatcher's only question, asked every minute: what is due now?
            models.Index(
                fields=["due_at"], condition=Q(status="pending"), name="nudge_pending_due"
            ),
            models.Index(
                fields=["claimed_at"], condition=Q(status="sending"), name="nudge_sending_claimed"
            ),
            models.Index(fields=["user", "status", "due_at"], name="nudge_user_status_due"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_status_display().lower()})"

    @property
    def is_pending(self) -> bool:
        return self.status == NudgeStatus.PENDING


class NotificationSettings(Owned):
    """One per user: which nudges to send, and when. The time zone lives on the user."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    send_request_feedback = models.BooleanField("ask for feedback after a rejection", default=True)
    send_follow_up_feedback = models.BooleanField(
        "follow up once when a feedback request gets no reply", default=True
    )
    send_thank_you = models.BooleanField("send a thank-you note after an interview", default=True)
    send_reflect = models.BooleanField("reflect on the interview that evening", default=True)
    send_follow_up_silence = models.BooleanField(
        "follow up when an application hears nothing for 14 days", default=True
    )
    send_weekly_summary = models.BooleanField("a weekly summary", default=True)
    send_hour = models.PositiveSmallIntegerField(
        "send at", default=8, validators=HOUR_VALIDATORS, help_text="Your local time."
    )
    reflect_hour = models.PositiveSmallIntegerField(
        "interview reflections at",
        default=19,
        validators=HOUR_VALIDATORS,
        help_text="The evening reminder to note how an interview went.",
    )
    summary_weekday = models.PositiveSmallIntegerField(
        "weekly summary on",
        default=0,
        choices=[
            (0, "Monday"),
            (1, "Tuesday"),
            (2, "Wednesday"),
            (3, "Thursday"),
            (4, "Friday"),
            (5, "Saturday"),
            (6, "Sunday"),
        ],
    )
    paused_until = models.DateField(
        "pause until",
        null=True,
        blank=True,
        help_text="No nudges before this day; what falls due meanwhile comes that morning.",
    )
    unsubscribed = models.BooleanField("stop all nudge emails", default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "notification settings"

    def __str__(self):
        return f"Notification settings of {self.user}"

    def wants(self, kind: str) -> bool:
        return not self.unsubscribed and getattr(self, f"send_{kind}")

    def hour_for(self, kind: str) -> int:
        return self.reflect_hour if kind == Kind.REFLECT else self.send_hour
