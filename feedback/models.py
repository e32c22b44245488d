"""The feedback loop: asking for feedback, what came back, and what the candidate thought.

State changes of one request live here as methods that refuse an impossible move; the
workflows that touch several rows (and that the nudges and insights areas hook into) are
in feedback/services.py.
"""

from datetime import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from applications.models import Application, Contact, Interview, Owned, Rejection


class FeedbackError(ValueError):
    """Something the user asked for can't be done; the message says why, in plain words."""


class InvalidTransition(FeedbackError):
    """A request can't make this move from where it is."""


class Tone(models.TextChoices):
    WARM = "warm", "Warm"
    FORMAL = "formal", "Formal"


class Situation(models.TextChoices):
    APPLICATION = "application", "Rejected after applying"
    SCREEN = "screen", "Rejected after a screening call"
    INTERVIEWS = "interviews", "Rejected after interviews"


class RequestStatus(models.TextChoices):
    TO_SEND = "to_send", "To send"
    SENT = "sent", "Sent"
    REPLIED = "replied", "Replied"
    DECLINED = "declined", "Declined"
    NO_REPLY = "no_reply", "No reply"


class FeedbackRequest(Owned):
    rejection = models.ForeignKey(
        Rejection, on_delete=models.CASCADE, related_name="feedback_requests"
    )
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipient_name = models.CharField("to", max_length=200)
    recipient_email = models.EmailField("their email", blank=True)
    subject = models.CharField(max_length=300)
    body = models.TextField("message")
    situation = models.CharField(max_length=20, choices=Situation.choices)
    tone = models.CharField(max_length=10, choices=Tone.choices, default=Tone.WARM)
    status = models.CharField(
        max_length=10, choices=RequestStatus.choices, default=RequestStatus.TO_SEND
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    followup_body = models.TextField("follow-up message", blank=True)
    followed_up_at = models.DateTimeField(null=True, blank=True)
    # When the reply (or the decline) came; "no reply" is the user's call, dated here too.
    replied_at = models.DateTimeField(null=True, blank=True)
    dismissed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"Feedback request to {self.recipient_name} ({self.application})"

    def get_absolute_url(self):
        return reverse("feedback_request_detail", args=[self.pk])

    @property
    def application(self) -> Application:
        return self.rejection.application

    @property
    def is_draft(self) -> bool:
        return self.status == RequestStatus.TO_SEND and self.dismissed_at is None

    @property
    def is_awaiting_reply(self) -> bool:
        return self.status == RequestStatus.SENT

    @property
    def can_follow_up(self) -> bool:
        # One follow-up, ever: a second one is pressure, and we don't burn bridges.
        return self.status == RequestStatus.SENT and self.followed_up_at is None

    def _refuse_unless(self, allowed, why: str):
        if self.status not in allowed:
            raise InvalidTransition(why)

    def update_draft(self, **fields) -> None:
        self._refuse_unless(
            [RequestStatus.TO_SEND], "This request has already been sent, so it can't be edited."
        )
        for name, value in fields.items():
            setattr(self, name, value)
        self.save()

    def mark_sent(self, at: datetime) -> None:
        self._refuse_unless([RequestStatus.TO_SEND], "This request is already marked as sent.")
        self.status = RequestStatus.SENT
        self.sent_at = at
        self.dismissed_at = None
        self.save(update_fields=["status", "sent_at", "dismissed_at"])

    def mark_followed_up(self, at: datetime, body: str) -> None:
        if self.followed_up_at is not None:
            raise InvalidTransition("You've already followed up once; one follow-up is enough.")
        self._refuse_unless(
            [RequestStatus.SENT], "A follow-up only makes sense while you're waiting for a reply."
        )
        self.followup_body = body
        self.followed_up_at = at
        self.save(update_fields=["followup_body", "followed_up_at"])

    def _close(self, status: str, at: datetime) -> None:
        self._refuse_unless(
            [RequestStatus.SENT, RequestStatus.NO_REPLY],
            "Mark the request as sent first."
            if self.status == RequestStatus.TO_SEND
            else "This request already has an answer.",
        )
        self.status = status
        self.replied_at = at
        self.save(update_fields=["status", "replied_at"])

    def mark_replied(self, at: datetime) -> None:
        # A reply after the user gave up waiting still counts: late answers are common.
        self._close(RequestStatus.REPLIED, at)

    def mark_declined(self, at: datetime) -> None:
        self._close(RequestStatus.DECLINED, at)

    def mark_no_reply(self, at: datetime) -> None:
        self._refuse_unless([RequestStatus.SENT], "Only a request you're waiting on can go quiet.")
        self.status = RequestStatus.NO_REPLY
        self.replied_at = at
        self.save(update_fields=["status", "replied_at"])

    def dismiss(self, at: datetime) -> None:
        self._refuse_unless(
            [RequestStatus.TO_SEND], "This request has been sent; there's nothing to dismiss."
        )
        self.dismissed_at = at
        self.save(update_fields=["dismissed_at"])


class Feedback(Owned):
    """What the employer or recruiter said, in their words."""

    rejection = models.ForeignKey(Rejection, on_delete=models.CASCADE, related_name="feedback")
    request = models.ForeignKey(
        FeedbackRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    text = models.TextField("what they said")
    received_on = models.DateField("received on")
    from_name = models.CharField("from", max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "feedback"
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["user", "received_on"])]

    def __str__(self):
        return f"Feedback on {self.rejection.application}"

    def get_absolute_url(self):
        return self.rejection.application.get_absolute_url()


class Reflection(Owned):
    """The candidate's own notes after an interview or a rejection."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="reflections"
    )
    interview = models.ForeignKey(
        Interview, null=True, blank=True, on_delete=models.SET_NULL, related_name="reflections"
    )
    rejection = models.ForeignKey(
        Rejection, null=True, blank=True, on_delete=models.SET_NULL, related_name="reflections"
    )
    text = models.TextField("your notes")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "created_at"])]

    def __str__(self):
        return f"Reflection on {self.application}"

    def get_absolute_url(self):
        return self.application.get_absolute_url()


class MessageTemplate(Owned):
    """A user's own wording for feedback requests, with {placeholders}."""

    name = models.CharField(max_length=100)
    situation = models.CharField(
        max_length=20,
        choices=Situation.choices,
        blank=True,
        help_text="Leave empty to use it for any rejection.",
    )
    tone = models.CharField(max_length=10, choices=Tone.choices, default=Tone.WARM)
    subject = models.CharField(max_length=300)
    body = models.TextField("message")
    is_default = models.BooleanField(
        "use by default", default=False, help_text="Start new drafts from this template."
    )

    class Meta:
        ordering = ["-is_default", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(is_default=True), name="one_default_template_per_user"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("feedback_template_edit", args=[self.pk])

    def fits(self, situation: str) -> bool:
        return not self.situation or self.situation == situation
