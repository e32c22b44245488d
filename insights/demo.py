"""The demo account's insights: its texts read for themes, and a couple of improvement actions."""

from datetime import timedelta

from django.db.models import Count

from insights.models import ActionKind, ActionStatus, ImprovementAction, Polarity, ThemeMention
from insights.services import texts_reclassify

# What a job seeker might do about each weakness, by theme; the first fitting ones are used.
IDEAS = {
    "communication": ("Practise answering out loud with a timer", ActionKind.PRACTICE),
    "behavioral_examples": ("Write eight STAR stories with numbers", ActionKind.PRACTICE),
    "problem_solving": ("Two mock case interviews a week", ActionKind.PRACTICE),
    "technical_skills": ("SQL window functions course", ActionKind.COURSE),
    "application_materials": ("Rewrite the résumé around results", ActionKind.MATERIALS),
    "preparation": ("A one-page research sheet before every interview", ActionKind.PRACTICE),
    "experience_level": ("Target mid-level roles first", ActionKind.OTHER),
    "domain_knowledge": ("Read the industry newsletter each week", ActionKind.COURSE),
}


def seed(user) -> None:
    # The texts were saved through the services, which read them; reading again is cheap
    # and makes the demo right even if another area seeded rows directly.
    texts_reclassify(user=user)
    ranked = (
        ThemeMention.objects.for_user(user)
        .filter(polarity=Polarity.WEAKNESS, rejection__isnull=False, theme__in=IDEAS)
        .exclude(origin="removed")
        .values("theme")
        .annotate(n=Count("rejection", distinct=True))
        .order_by("-n", "theme")
    )
    themes = [row["theme"] for row in ranked[:2]]
    today = user.local_today()
    for i, theme in enumerate(themes):
        title, kind = IDEAS[theme]
        done = i == 0
        ImprovementAction.objects.create(
            user=user,
            theme=theme,
            title=title,
            kind=kind,
            status=ActionStatus.DONE if done else ActionStatus.IN_PROGRESS,
            completed_on=today - timedelta(days=45) if done else None,
            notes="Started after the dashboard showed it in several rejections.",
        )
