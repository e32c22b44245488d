"""The feedback corner of the application page.

Used as `{% load feedback_tags %}{% feedback_panel application %}`.
"""

from django import template

from feedback.forms import ReflectionForm
from feedback.models import Feedback, FeedbackRequest, Reflection, RequestStatus

register = template.Library()


@register.inclusion_tag("feedback/_application_panel.html", takes_context=True)
def feedback_panel(context, application):
    user = application.user
    rejection = getattr(application, "rejection", None)
    requests, feedback = [], []
    if rejection is not None:
        requests = list(FeedbackRequest.objects.for_user(user).filter(rejection=rejection))
        feedback = list(Feedback.objects.for_user(user).filter(rejection=rejection))
    draft = next((r for r in requests if r.is_draft), None)
    # A draft the user set aside doesn't count as having asked.
    asked = [r for r in requests if r.status != RequestStatus.TO_SEND or not r.dismissed_at]
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "application": application,
        "rejection": rejection,
        "can_ask": rejection is not None and application.status == "rejected",
        "requests": requests,
        "draft": draft,
        "asked": asked,
        "feedback": feedback,
        "notes": Reflection.objects.for_user(user)
        .filter(application=application)
        .select_related("interview"),
        "note_form": ReflectionForm(application=application),
    }
