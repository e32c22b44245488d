from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from applications import services
from applications.forms import InterviewForm
from applications.views._common import get_application, get_interview, safe_next


def interview_create(request, application_id):
    application = get_application(request, application_id)
    form = InterviewForm(request.POST or None, application=application, assessment=False)
    if request.method == "POST" and form.is_valid():
        was = application.status
        interview = services.interview_create(application=application, **form.cleaned_data)
        note = "Interview logged."
        if application.status != was:
            note += f" Moved to {application.get_status_display()}."
        if interview.starts_at <= timezone.now():
            # It already happened: the best moment to write down how it went is now.
            messages.success(request, note + " Now, how did it go?")
            return redirect(reverse("interview_edit", args=[interview.pk]) + "#assessment")
        messages.success(request, note + " Good luck!")
        return redirect(application)
    return render(
        request, "applications/interview_form.html", {"form": form, "application": application}
    )


def interview_edit(request, interview_id):
    interview = get_interview(request, interview_id)
    form = InterviewForm(
        request.POST or None, instance=interview, application=interview.application
    )
    if request.method == "POST" and form.is_valid():
        services.interview_update(interview=interview, **form.cleaned_data)
        messages.success(request, "Interview saved.")
        return redirect(interview.application)
    context = {"form": form, "application": interview.application, "interview": interview}
    return render(request, "applications/interview_form.html", context)


@require_POST
def interview_thank_you(request, interview_id):
    interview = get_interview(request, interview_id)
    services.interview_mark_thank_you_sent(interview=interview)
    if request.htmx:
        return render(request, "applications/detail.html#thank-you", {"interview": interview})
    messages.success(request, "Thank-you note marked as sent.")
    return redirect(safe_next(request, interview.application.get_absolute_url()))


def interview_delete(request, interview_id):
    interview = get_interview(request, interview_id)
    if request.method == "POST":
        application = interview.application
        services.interview_delete(interview=interview)
        messages.success(request, "Interview deleted.")
        return redirect(application)
    return render(request, "applications/interview_delete.html", {"interview": interview})
