"""Lookups that only ever find the signed-in user's own rows, and the htmx render rule."""

from django.shortcuts import get_object_or_404, render
from django.utils.http import url_has_allowed_host_and_scheme

from applications.models import Application, Rejection
from feedback.models import Feedback, FeedbackRequest, MessageTemplate, Reflection


def get_request(request, request_id) -> FeedbackRequest:
    return get_object_or_404(
        FeedbackRequest.objects.for_user(request.user).select_related(
            "rejection__application__company", "user"
        ),
        pk=request_id,
    )


def get_rejection(request, rejection_id) -> Rejection:
    return get_object_or_404(
        Rejection.objects.for_user(request.user).select_related("application__company", "user"),
        pk=rejection_id,
    )


def get_application(request, application_id) -> Application:
    return get_object_or_404(
        Application.objects.for_user(request.user).select_related("company", "user"),
        pk=application_id,
    )


def get_feedback(request, feedback_id) -> Feedback:
    return get_object_or_404(
        Feedback.objects.for_user(request.user).select_related(
            "rejection__application__company", "request", "user"
        ),
        pk=feedback_id,
    )


def get_reflection(request, reflection_id) -> Reflection:
    return get_object_or_404(
        Reflection.objects.for_user(request.user).select_related("application__company", "user"),
        pk=reflection_id,
    )


def get_template(request, template_id) -> MessageTemplate:
    return get_object_or_404(MessageTemplate.objects.for_user(request.user), pk=template_id)


def render_page(request, template, context, partial, status=200):
    """The whole page for a normal request, just the named partial for htmx."""
    name = f"{template}#{partial}" if request.htmx else template
    return render(request, name, context, status=status)


def safe_next(request, default):
    """Where to go back to after a POST: the page the user came from, if it's ours."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default
