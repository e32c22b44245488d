"""The nudges pages, and the public pages the signed links in nudge emails open."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from applications.models import Application, Interview, Rejection, User
from feedback.models import FeedbackRequest
from feedback.nudges import services, tokens
from feedback.nudges.emails import application_of
from feedback.nudges.forms import NotificationSettingsForm
from feedback.nudges.models import Action, Kind, Nudge, NudgeStatus


def nudge_get(user, nudge_id: int) -> Nudge:
    return get_object_or_404(Nudge.objects.for_user(user), pk=nudge_id)


def _described(nudges):
    """Each nudge with a few words on what it is about."""
    for nudge in nudges:
        application = application_of(nudge.about)
        if nudge.kind == Kind.WEEKLY_SUMMARY:
            nudge.description = "Your week"
        elif application is not None:
            nudge.description = f"{application.role_title} at {application.company.name}"
        else:
            nudge.description = "Deleted since"
        nudge.about_url = application.get_absolute_url() if application else ""
    return nudges


def _with_objects(queryset):
    return queryset.prefetch_related(
        GenericPrefetch(
            "about",
            [
                Application.objects.select_related("company"),
                Rejection.objects.select_related("application__company"),
                Interview.objects.select_related("application__company"),
                FeedbackRequest.objects.select_related("rejection__application__company"),
                User.objects.all(),
            ],
        )
    )


def nudge_list(request):
    mine = _with_objects(Nudge.objects.for_user(request.user))
    S = NudgeStatus
    context = {
        "upcoming": _described(mine.filter(status__in=[S.PENDING, S.SENDING])[:100]),
        "failed": _described(mine.filter(status=S.FAILED).order_by("-due_at")[:50]),
        "sent": _described(mine.filter(status=S.SENT).order_by("-sent_at")[:50]),
        "cancelled": _described(mine.filter(status=S.CANCELLED).order_by("-cancelled_at")[:20]),
        "prefs": services.notification_settings_for(request.user),
    }
    template = "nudges/nudge_list.html"
    return render(request, f"{template}#nudges" if request.htmx else template, context)


@require_POST
def nudge_dismiss(request, nudge_id: int):
    nudge = nudge_get(request.user, nudge_id)
    if services.nudge_dismiss(nudge=nudge):
        messages.success(request, "Done: that nudge won't be sent.")
    else:
        messages.info(request, "That nudge has already gone out or been cancelled.")
    return nudge_list(request) if request.htmx else redirect("nudge_list")


@require_POST
def nudge_retry(request, nudge_id: int):
    nudge = nudge_get(request.user, nudge_id)
    if services.nudge_retry(nudge=nudge):
        messages.success(request, "Trying again now.")
    else:
        messages.info(request, "Only a nudge that failed can be tried again.")
    return nudge_list(request) if request.htmx else redirect("nudge_list")


def notification_settings(request):
    prefs = services.notification_settings_for(request.user)
    form = NotificationSettingsForm(
        request.POST or None, instance=prefs, today=request.user.local_today()
    )
    if request.method == "POST" and form.is_valid():
        services.notification_settings_save(
            prefs=form.save(commit=False), time_zone=form.cleaned_data["time_zone"]
        )
        messages.success(request, "Saved. Upcoming nudges follow your new settings.")
        return redirect("notification_settings")
    template = "nudges/settings.html"
    return render(
        request, f"{template}#settings-form" if request.htmx else template, {"form": form}
    )


# The signed links --------------------------------------------------------------------

TEMPLATE = "nudges/link.html"


def _refuse(request, title: str, text: str, status: int):
    return render(
        request, TEMPLATE, {"state": "refused", "title": title, "text": text}, status=status
    )


def _link(request, token: str, action: str):
    """GET shows what the link will do and a button (mail scanners open links); POST does it."""
    try:
        claim = tokens.read(token, action)
    except tokens.LinkRefused as exc:
        return _refuse(request, exc.title, str(exc), exc.status)
    nudge = (
        Nudge.objects.select_related("user", "content_type")
        .filter(pk=claim.nudge_id, user_id=claim.user_id)
        .first()
    )
    if nudge is None:
        return _refuse(
            request,
            "This link doesn't work",
            "The email it came from is no longer in Rebound.",
            404,
        )
    if request.user.is_authenticated and request.user.pk != claim.user_id:
        return _refuse(
            request,
            "This link belongs to someone else",
            "It was sent to another Rebound account. Log out, or use the links in your own emails.",
            403,
        )
    if action != Action.STOP and nudge.acted_at is not None:
        return _refuse(
            request,
            "This link has already been used",
            f"You chose “{nudge.get_action_display()}” for this email already. "
            "Your nudges page shows what is coming up.",
            409,
        )
    context = {
        "nudge": nudge,
        "action": action,
        "label": Action(action).label,
        "application": application_of(services.about(nudge)),
    }
    if request.method == "GET":
        return render(request, TEMPLATE, {"state": "confirm", **context})
    try:
        reminder = services.nudge_act(nudge=nudge, action=action)
    except services.LinkAlreadyUsed:
        return _refuse(request, "This link has already been used", "Nothing more to do.", 409)
    return render(request, TEMPLATE, {"state": "done", "reminder": reminder, **context})


@login_not_required
@require_http_methods(["GET", "POST"])
def nudge_done(request, token: str):
    return _link(request, token, Action.DONE)


@login_not_required
@require_http_methods(["GET", "POST"])
def nudge_snooze(request, token: str):
    return _link(request, token, Action.SNOOZE)


# RFC 8058 one-click unsubscribe: the mail provider POSTs "List-Unsubscribe=One-Click" to
# this URL with no cookies, so no CSRF token can be present. The signed token in the URL
# is what authorises the request, and stopping emails is safe to repeat.
@csrf_exempt
@login_not_required
@require_http_methods(["GET", "POST"])
def nudge_stop(request, token: str):
    return _link(request, token, Action.STOP)
