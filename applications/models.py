from datetime import date, timedelta
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

TIME_ZONE_CHOICES = [(tz, tz.replace("_", " ")) for tz in sorted(available_timezones())]


class User(AbstractUser):
    email = models.EmailField("email address", unique=True)
    time_zone = models.CharField(max_length=64, choices=TIME_ZONE_CHOICES, default="UTC")
    weekly_goal = models.PositiveSmallIntegerField(
        default=10,
        validators=[MaxValueValidator(200)],
        help_text="How many applications you aim to send each week.",
    )

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def local_today(self) -> date:
        return timezone.now().astimezone(self.tz).date()


class OwnedQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)


class Owned(models.Model):
    """Every row belongs to exactly one user; views always go through for_user()."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True


class Company(Owned):
    name = models.CharField(max_length=200)
    website = models.URLField(blank=True)
    industry = models.CharField(max_length=100, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "companies"
        ordering = [Lower("name")]
        constraints = [
            models.UniqueConstraint(Lower("name"), "user", name="company_unique_name_per_user"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("company_detail", args=[self.pk])


class Status(models.TextChoices):
    WISHLIST = "wishlist", "Wishlist"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    GHOSTED = "ghosted", "No response"


OPEN_STATUSES = [
    Status.WISHLIST,
    Status.APPLIED,
    Status.SCREENING,
    Status.INTERVIEWING,
    Status.OFFER,
]
ENDED_STATUSES = [Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED]
# The order of the pipeline: how far an application got is its furthest step here.
PIPELINE = [Status.APPLIED, Status.SCREENING, Status.INTERVIEWING, Status.OFFER, Status.ACCEPTED]


class WorkMode(models.TextChoices):
    ONSITE = "onsite", "On-site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class Seniority(models.TextChoices):
    INTERN = "intern", "Intern"
    JUNIOR = "junior", "Junior"
    MID = "mid", "Mid-level"
    SENIOR = "senior", "Senior"
    LEAD = "lead", "Lead / principal"
    MANAGER = "manager", "Manager"
    DIRECTOR = "director", "Director or above"


class Source(models.TextChoices):
    REFERRAL = "referral", "Referral"
    JOB_BOARD = "job_board", "Job board"
    COMPANY_SITE = "company_site", "Company site"
    RECRUITER = "recruiter", "Recruiter"
    NETWORK = "network", "Network"
    OTHER = "other", "Other"


class Application(Owned):
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="applications")
    role_title = models.CharField("role", max_length=200)
    job_url = models.URLField("job posting URL", max_length=500, blank=True)
    job_description = models.TextField(blank=True, help_text="A copy, in case the posting goes.")
    location = models.CharField(max_length=200, blank=True)
    work_mode = models.CharField(max_length=10, choices=WorkMode.choices, blank=True)
    seniority = models.CharField(max_length=10, choices=Seniority.choices, blank=True)
    salary_min = models.PositiveIntegerField(null=True, blank=True)
    salary_max = models.PositiveIntegerField(null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True, help_text="Three letters, e.g. EUR.")
    # The salary as the posting or a spreadsheet put it, kept when it can't be parsed into numbers.
    salary_text = models.CharField("salary as written", max_length=200, blank=True)
    source = models.CharField(max_length=20, choices=Source.choices, blank=True)
    referral_contact = models.ForeignKey(
        "Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    resume_version = models.CharField("résumé version", max_length=100, blank=True)
    cover_letter_sent = models.BooleanField(default=False)
    applied_on = models.DateField(null=True, blank=True)
    excitement = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    notes = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.APPLIED)
    status_changed_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-applied_on", "-created_at"]
        indexes = [
            models.Index(fields=["user", "status"]),
            models.Index(fields=["user", "-applied_on"]),
        ]

    def __str__(self):
        return f"{self.role_title} at {self.company.name}"

    def get_absolute_url(self):
        return reverse("application_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def furthest_stage(self) -> str:
        """The furthest pipeline step this application reached, from its events."""
        reached = {e.to_status for e in self.events.all()} | {self.status}
        furthest = Status.APPLIED
        for step in PIPELINE:
            if step in reached:
                furthest = step
        return furthest


class ApplicationEvent(Owned):
    """A dated status change; the timeline and the funnel are rebuilt from these."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    occurred_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["occurred_at", "id"]
        indexes = [models.Index(fields=["user", "to_status", "occurred_at"])]

    def __str__(self):
        return f"{self.from_status or '—'} → {self.to_status}"


class ContactRole(models.TextChoices):
    RECRUITER = "recruiter", "Recruiter"
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    INTERVIEWER = "interviewer", "Interviewer"
    REFERRER = "referrer", "Referrer"
    OTHER = "other", "Other"


class Contact(Owned):
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=20, choices=ContactRole.choices, default=ContactRole.OTHER)
    email = models.EmailField(blank=True)
    profile_url = models.URLField("profile URL", max_length=500, blank=True)
    notes = models.TextField(blank=True)
    applications = models.ManyToManyField(Application, blank=True, related_name="contacts")

    class Meta:
        ordering = [Lower("name")]

    def __str__(self):
        return self.name


class InterviewRound(models.TextChoices):
    PHONE_SCREEN = "phone_screen", "Phone screen"
    TECHNICAL = "technical", "Technical"
    CASE = "case", "Case study"
    PANEL = "panel", "Panel"
    ONSITE = "onsite", "On-site"
    FINAL = "final", "Final"
    OTHER = "other", "Other"


class InterviewFormat(models.TextChoices):
    VIDEO = "video", "Video call"
    PHONE = "phone", "Phone"
    IN_PERSON = "in_person", "In person"


class Interview(Owned):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    round = models.CharField(max_length=20, choices=InterviewRound.choices)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(
        default=60, validators=[MinValueValidator(5), MaxValueValidator(12 * 60)]
    )
    format = models.CharField(max_length=20, choices=InterviewFormat.choices, blank=True)
    interviewers = models.ManyToManyField(Contact, blank=True, related_name="interviews")
    questions_asked = models.TextField(blank=True)
    # The candidate's self-assessment.
    rating = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    went_well = models.TextField(blank=True)
    to_improve = models.TextField(blank=True)
    caught_off_guard = models.TextField(blank=True)
    answer_differently = models.TextField(blank=True)
    self_assessed_at = models.DateTimeField(null=True, blank=True)
    thank_you_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["user", "starts_at"])]

    def __str__(self):
        return f"{self.get_round_display()} for {self.application}"

    def get_absolute_url(self):
        return reverse("interview_edit", args=[self.pk])

    @property
    def is_self_assessed(self) -> bool:
        return self.self_assessed_at is not None

    def has_self_assessment(self) -> bool:
        return self.rating is not None or any(
            getattr(self, name).strip()
            for name in ("went_well", "to_improve", "caught_off_guard", "answer_differently")
        )

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)


class RejectionChannel(models.TextChoices):
    EMAIL = "email", "Email"
    CALL = "call", "Phone call"
    PORTAL = "portal", "Application portal"
    NEVER_HEARD = "never_heard", "Never heard back"


class Rejection(Owned):
    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="rejection"
    )
    rejected_on = models.DateField(default=date.today)
    stage = models.CharField(
        max_length=20,
        choices=[(s.value, s.label) for s in PIPELINE[:-1]],
        help_text="How far the application got before it ended.",
    )
    channel = models.CharField(
        "how it came", max_length=20, choices=RejectionChannel.choices, default="email"
    )
    reason = models.TextField(
        blank=True, help_text="The reason as the employer put it, pasted from their message."
    )
    feeling = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    feeling_note = models.TextField(blank=True)
    takeaway = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-rejected_on"]
        indexes = [models.Index(fields=["user", "rejected_on"])]

    def __str__(self):
        return f"Rejection: {self.application}"

    def get_absolute_url(self):
        return self.application.get_absolute_url()
