import secrets

from django.db import models
from django.urls import reverse
from django.utils import timezone

from applications.models import Owned


class ImportState(models.TextChoices):
    PREVIEW = "preview", "Waiting for your confirmation"
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Importing"
    DONE = "done", "Imported"
    FAILED = "failed", "Failed"


class ImportJob(Owned):
    """One uploaded file, from mapping and preview through the import itself.

    The parsed table is kept here (not the file) so the preview, the background worker and a
    later visit all read exactly what the user confirmed.
    """

    filename = models.CharField(max_length=255)
    file_sha256 = models.CharField(max_length=64)
    description = models.CharField("read as", max_length=100, blank=True)
    headers = models.JSONField(default=list)
    rows = models.JSONField(default=list)
    row_numbers = models.JSONField(default=list)
    # One field name (or None: keep in the notes, or "skip") per column, by position.
    mapping = models.JSONField(default=list)
    date_order = models.CharField(max_length=3, blank=True)
    # Normalised status word in the file -> Rebound status, as the user confirmed it.
    status_map = models.JSONField(default=dict)
    state = models.CharField(max_length=10, choices=ImportState.choices, default="preview")
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    skipped_count = models.PositiveIntegerField(default=0)
    invalid_count = models.PositiveIntegerField(default=0)
    # The first few applications created, to show on the result page.
    created_ids = models.JSONField(default=list)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.filename

    def get_absolute_url(self):
        if self.state == ImportState.PREVIEW:
            return reverse("transfer_preview", args=[self.pk])
        return reverse("transfer_job", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.state in {ImportState.DONE, ImportState.FAILED}

    @property
    def percent(self) -> int:
        if self.state == ImportState.DONE:
            return 100
        if not self.total:
            return 0
        # The last tenth is the single transaction that writes everything.
        return min(90, round(90 * self.processed / self.total))


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(Owned):
    """The secret behind a user's calendar subscription URL; deleting it revokes the URL."""

    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Calendar feed of {self.user}"

    def get_absolute_url(self):
        return reverse("transfer_calendar_feed", args=[self.token])
