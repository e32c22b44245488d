from datetime import timedelta

from django.contrib import messages
from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from applications import services
from applications.models import ENDED_STATUSES, OPEN_STATUSES, Application, Status
from applications.views._common import get_application, render_page, safe_next

# Ended applications stay on the board for a while; older ones live in the list.
ENDED_VISIBLE_FOR = timedelta(days=90)
# A column shows its most recently moved cards; the rest are a link away, in the list. With
# every card, a board of 1,000 applications was over a megabyte and the slowest page.
CARDS_PER_COLUMN = 50


def board(request):
    recent = timezone.now() - ENDED_VISIBLE_FOR
    newest_first = [F("status_changed_at").desc(), F("pk").desc()]
    applications = (
        Application.objects.for_user(request.user)
        .filter(Q(status__in=OPEN_STATUSES) | Q(status_changed_at__gte=recent))
        .select_related("company")
        # Each column's newest cards and how many it holds in all, in the one query.
        .annotate(
            place=Window(RowNumber(), partition_by=[F("status")], order_by=newest_first),
            in_column=Window(Count("pk"), partition_by=[F("status")]),
        )
        .filter(place__lte=CARDS_PER_COLUMN)
        .order_by(*newest_first)
    )
    by_status = {status: [] for status in Status.values}
    totals = dict.fromkeys(Status.values, 0)
    for application in applications:
        by_status[application.status].append(application)
        totals[application.status] = application.in_column

    def columns(statuses):
        return [
            {
                "status": Status(s),
                "cards": by_status[s],
                "total": totals[s],
                "hidden": totals[s] - len(by_status[s]),
            }
            for s in statuses
        ]

    context = {
        "open_columns": columns(OPEN_STATUSES),
        "ended_columns": columns(ENDED_STATUSES),
        "ended_count": sum(totals[s] for s in ENDED_STATUSES),
        "statuses": Status.choices,
    }
    return render_page(request, "applications/board.html", context, "columns")


@require_POST
def application_move(request, application_id):
    """Move an application to another status in one action (the board's card menu)."""
    application = get_application(request, application_id)
    status = request.POST.get("status", "")
    if status not in Status.values:
        return HttpResponseBadRequest("Pick one of the statuses.")
    if status == Status.REJECTED and application.status != Status.REJECTED:
        # A rejection carries a date, a stage and a reason: the form records all of it.
        url = reverse("rejection_log", args=[application.pk])
        if request.htmx:
            return HttpResponse(status=204, headers={"HX-Redirect": url})
        return redirect(url)
    changed = services.application_change_status(application=application, status=status)
    if request.htmx:
        return render(
            request, "applications/board.html#moved", {"application": application, "moved": True}
        )
    if changed:
        messages.success(request, f"Moved to {application.get_status_display()}.")
    return redirect(safe_next(request, reverse("board")))
