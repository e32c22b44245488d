from datetime import datetime, time, timedelta

from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone

from applications.models import Application, Interview, Rejection, Status

SILENT_AFTER = timedelta(days=14)
LOOK_BACK = timedelta(days=30)


def home(request):
    user = request.user
    now = timezone.now()
    today = user.local_today()
    week_start = today - timedelta(days=today.weekday())
    week_start_at = datetime.combine(week_start, time.min, tzinfo=user.tz)
    applications = Application.objects.for_user(user)
    interviews = Interview.objects.for_user(user).select_related("application__company")

    sent_this_week = (
        applications.filter(applied_on__gte=week_start, applied_on__lte=today)
        .exclude(status=Status.WISHLIST)
        .count()
    )
    context = {
        "has_applications": applications.exists(),
        "today": today,
        "week_start": week_start,
        "sent_this_week": sent_this_week,
        "goal": user.weekly_goal,
        "goal_percent": min(100, round(100 * sent_this_week / user.weekly_goal))
        if user.weekly_goal
        else 0,
        "interviews_this_week": interviews.filter(
            starts_at__gte=week_start_at, starts_at__lt=week_start_at + timedelta(days=7)
        ).count(),
        "rejections_this_week": Rejection.objects.for_user(user)
        .filter(rejected_on__gte=week_start)
        .count(),
        "upcoming": list(interviews.filter(starts_at__gte=now)[:5]),
        # Applied two weeks ago and nothing since: time for a polite follow-up.
        "silent": list(
            applications.filter(status=Status.APPLIED, status_changed_at__lt=now - SILENT_AFTER)
            .select_related("company")
            .order_by("status_changed_at")[:5]
        ),
        # Interviews that happened recently but still owe a thank-you or a self-assessment.
        "unfinished": list(
            interviews.filter(starts_at__lt=now, starts_at__gte=now - LOOK_BACK)
            .filter(Q(self_assessed_at__isnull=True) | Q(thank_you_sent_at__isnull=True))
            .order_by("-starts_at")[:5]
        ),
    }
    return render(request, "applications/home.html", context)
