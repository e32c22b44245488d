"""Lookups that only ever find the signed-in user's own rows, and the htmx render rule."""

from django.shortcuts import get_object_or_404

from applications.models import Application, Rejection
from applications.views._common import render_page, safe_next
from feedback.models import Feedback, FeedbackRequest, MessageTemplate, Reflection

__all__ = [
    "get_application",
    "get_feedback",
    "get_reflection",
    "get_rejection",
    "get_request",
    "get_template",
    "render_page",
    "safe_next",
]


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
