"""Theme mentions found in what a rejection left behind, and what the user does about them."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from applications.models import Application, Interview, Owned, Rejection
from insights.classifier.themes import CANDIDATE_THEMES, EXTERNAL_THEMES, THEMES

THEME_CHOICES = [(theme_id, meta["label"]) for theme_id, meta in THEMES.items()]
CANDIDATE_CHOICES = [(t, label) for t, label in THEME_CHOICES if t in CANDIDATE_THEMES]


def theme_label(theme_id: str) -> str:
    return THEMES.get(theme_id, {}).get("label", theme_id)


class Polarity(models.TextChoices):
    WEAKNESS = "weakness", "To work on"
    STRENGTH = "strength", "Strength"
    EXTERNAL = "external", "Not about you"


class Origin(models.TextChoices):
    AUTO = "auto", "Found automatically"
    CONFIRMED = "confirmed", "Confirmed by you"
    ADDED = "added", "Added by you"
    # A tombstone: the user said this reading is wrong, so re-classifying never brings it back.
    REMOVED = "removed", "Removed by you"


USER_ORIGINS = [Origin.CONFIRMED, Origin.ADDED, Origin.REMOVED]
COUNTED = ~Q(origin=Origin.REMOVED)


class SourceKind(models.TextChoices):
    FEEDBACK = "feedback", "Employer feedback"
    REFLECTION = "reflection", "Your reflection"
    REJECTION_REASON = "rejection_reason", "Rejection reason"
    INTERVIEW_ASSESSMENT = "interview_assessment", "Interview self-assessment"


# Which foreign key holds the text a mention was read from, per kind.
SOURCE_FIELDS = {
    SourceKind.FEEDBACK: "feedback",
    SourceKind.REFLECTION: "reflection",
    SourceKind.REJECTION_REASON: "source_rejection",
    SourceKind.INTERVIEW_ASSESSMENT: "interview",
}
# Said by the employer rather than by the candidate: strengths count only from these.
EMPLOYER_KINDS = [SourceKind.FEEDBACK, SourceKind.REJECTION_REASON]


def polarity_fits(theme: str, polarity: str) -> bool:
    """External themes are only ever external; candidate themes are weaknesses or strengths."""
    if theme in EXTERNAL_THEMES:
        return polarity == Polarity.EXTERNAL
    return theme in CANDIDATE_THEMES and polarity in (Polarity.WEAKNESS, Polarity.STRENGTH)


class ThemeMention(Owned):
    theme = models.CharField(max_length=40, choices=THEME_CHOICES)
    polarity = models.CharField(max_length=10, choices=Polarity.choices)
    evidence = models.CharField(max_length=500, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.AUTO)
    source_kind = models.CharField(max_length=30, choices=SourceKind.choices)
    feedback = models.ForeignKey(
        "feedback.Feedback", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    reflection = models.ForeignKey(
        "feedback.Reflection", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    source_rejection = models.ForeignKey(
        Rejection, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    interview = models.ForeignKey(
        Interview, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Denormalised so "how many distinct rejections mention this theme" is one aggregate:
    # the rejection the text is about (if the application ended in one) and its application.
    rejection = models.ForeignKey(
        Rejection, null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions"
    )
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="theme_mentions"
    )
    classifier_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["source_kind", "polarity", "theme"]
        indexes = [
            models.Index(fields=["user", "polarity", "theme"]),
            models.Index(fields=["rejection", "polarity"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=[field, "theme", "polarity"],
                condition=Q(source_kind=kind),
                name=f"mention_unique_per_{field}",
            )
            for kind, field in SOURCE_FIELDS.items()
        ] + [
            models.CheckConstraint(
                condition=Q(
                    *[
                        Q(source_kind=kind, **{f"{field}__isnull": False})
                        for kind, field in SOURCE_FIELDS.items()
                    ],
                    _connector=Q.OR,
                ),
                name="mention_has_its_source",
            )
        ]

    def __str__(self):
        return f"{self.theme_label} ({self.get_polarity_display()})"

    @property
    def theme_label(self) -> str:
        return theme_label(self.theme)

    @property
    def is_user_made(self) -> bool:
        return self.origin in USER_ORIGINS


class ActionKind(models.TextChoices):
    COURSE = "course", "Course or reading"
    PRACTICE = "practice", "Practice (e.g. mock interviews)"
    MATERIALS = "materials", "Rewrite materials (résumé, cover letter)"
    OTHER = "other", "Other"


class ActionStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"


class ImprovementAction(Owned):
    """A step the user takes against a weakness; once done, the dashboard watches for a return."""

    theme = models.CharField(max_length=40, choices=CANDIDATE_CHOICES)
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=ActionKind.choices, default=ActionKind.OTHER)
    status = models.CharField(
        max_length=20, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    completed_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["status", "-completed_on", "-created_at"]
        indexes = [models.Index(fields=["user", "theme"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("insights_action_edit", args=[self.pk])

    @property
    def theme_label(self) -> str:
        return theme_label(self.theme)

    def settle_completion(self, today) -> None:
        """Done means dated (today if left empty); not done means no completion date."""
        if self.status != ActionStatus.DONE:
            self.completed_on = None
        elif self.completed_on is None:
            self.completed_on = today
