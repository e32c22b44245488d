from django.contrib import messages
from django.shortcuts import redirect, render

from applications import services
from applications.forms import RejectionForm
from applications.models import Application, Rejection
from applications.views._common import get_application


def rejection_log(request, application_id):
    """Mark an application rejected, or correct its rejection: one form for both."""
    application = get_application(
        request,
        application_id,
        Application.objects.select_related("company", "user").prefetch_related("events"),
    )
    rejection = Rejection.objects.filter(application=application).first()
    form = RejectionForm(request.POST or None, instance=rejection, application=application)
    if request.method == "POST" and form.is_valid():
        services.rejection_log(application=application, **form.cleaned_data)
        if rejection is None:
            messages.success(
                request,
                "Logged. A rejection is one step of the search, not a verdict on you. "
                "Asking for feedback politely is a good next step.",
            )
        else:
            messages.success(request, "Rejection updated.")
        return redirect(application)
    context = {"form": form, "application": application, "rejection": rejection}
    return render(request, "applications/rejection_form.html", context)
