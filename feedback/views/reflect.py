"""What came back and what the user thought: feedback, the rejection reflection, notes."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from feedback import services
from feedback.forms import FeedbackForm, ReflectionForm, RejectionReflectionForm
from feedback.models import Feedback, FeedbackError, FeedbackRequest, Reflection
from feedback.views._common import (
    get_application,
    get_feedback,
    get_reflection,
    get_rejection,
    render_page,
    safe_next,
)


def _rejection_context(rejection, **forms):
    user = rejection.user
    application = rejection.application
    return {
        "rejection": rejection,
        "application": application,
        "reflect_form": forms.get("reflect_form") or RejectionReflectionForm(instance=rejection),
        "feedback_form": forms.get("feedback_form") or FeedbackForm(user=user),
        "note_form": forms.get("note_form") or ReflectionForm(application=application),
        "requests": FeedbackRequest.objects.for_user(user).filter(rejection=rejection),
        "feedback": Feedback.objects.for_user(user).filter(rejection=rejection),
        "notes": Reflection.objects.for_user(user)
        .filter(application=application)
        .select_related("interview"),
    }


def rejection_reflect(request, rejection_id):
    """After a rejection: how it feels, what they said, what the user takes from it."""
    rejection = get_rejection(request, rejection_id)
    if request.method != "POST":
        return render(request, "feedback/rejection.html", _rejection_context(rejection))
    form = RejectionReflectionForm(request.POST, instance=rejection)
    if form.is_valid():
        services.rejection_reflect(rejection=rejection, **form.cleaned_data)
        messages.success(request, "Saved. Be kind to yourself: this is one step, not a verdict.")
        if not request.htmx:
            return redirect("feedback_rejection", rejection_id=rejection.pk)
        form = None
    else:
        rejection.refresh_from_db()
    context = _rejection_context(rejection, reflect_form=form)
    return render_page(request, "feedback/rejection.html", context, "reflect")


@require_POST
def feedback_add(request, rejection_id):
    """Feedback that came without a request (on the phone, in the rejection itself…)."""
    rejection = get_rejection(request, rejection_id)
    form = FeedbackForm(request.POST, user=request.user)
    if form.is_valid():
        try:
            services.feedback_record(rejection=rejection, **form.cleaned_data)
        except FeedbackError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Their feedback is kept with the application.")
            return redirect(safe_next(request, reverse("feedback_rejection", args=[rejection.pk])))
    context = _rejection_context(rejection, feedback_form=form)
    return render(request, "feedback/rejection.html", context)


def feedback_edit(request, feedback_id):
    feedback = get_feedback(request, feedback_id)
    form = FeedbackForm(request.POST or None, instance=feedback, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.feedback_update(feedback=feedback, **form.cleaned_data)
        except FeedbackError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Saved.")
            return redirect("feedback_rejection", rejection_id=feedback.rejection_id)
    return render(request, "feedback/feedback_form.html", {"form": form, "feedback": feedback})


@require_POST
def feedback_delete(request, feedback_id):
    feedback = get_feedback(request, feedback_id)
    services.feedback_delete(feedback=feedback)
    messages.success(request, "Deleted that feedback.")
    return redirect("feedback_rejection", rejection_id=feedback.rejection_id)


@require_POST
def reflection_add(request, application_id):
    application = get_application(request, application_id)
    form = ReflectionForm(request.POST, application=application)
    if form.is_valid():
        interview = form.cleaned_data.get("interview")
        rejection = None if interview else getattr(application, "rejection", None)
        services.reflection_add(
            application=application,
            text=form.cleaned_data["text"],
            interview=interview,
            rejection=rejection,
        )
        messages.success(request, "Your notes are kept with the application.")
    else:
        # An empty note is the only way to get here, so nothing typed is lost.
        messages.error(request, "Write a few words first.")
    return redirect(safe_next(request, application.get_absolute_url()))


def reflection_edit(request, reflection_id):
    reflection = get_reflection(request, reflection_id)
    application = reflection.application
    form = ReflectionForm(
        request.POST or None,
        application=application,
        initial={"text": reflection.text, "interview": reflection.interview_id},
    )
    if request.method == "POST" and form.is_valid():
        services.reflection_update(
            reflection=reflection,
            text=form.cleaned_data["text"],
            interview=form.cleaned_data.get("interview"),
        )
        messages.success(request, "Saved.")
        return redirect(safe_next(request, application.get_absolute_url()))
    return render(
        request, "feedback/reflection_form.html", {"form": form, "reflection": reflection}
    )


@require_POST
def reflection_delete(request, reflection_id):
    reflection = get_reflection(request, reflection_id)
    application = reflection.application
    services.reflection_delete(reflection=reflection)
    messages.success(request, "Deleted that note.")
    return redirect(safe_next(request, application.get_absolute_url()))
