from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from applications import services
from applications.forms import ApplicationForm, ContactPickForm
from applications.models import Application, Contact, Interview, Status
from applications.timeline import application_timeline
from applications.views._common import get_application, safe_next


def application_detail(request, application_id):
    queryset = Application.objects.select_related(
        "company", "user", "rejection", "referral_contact"
    ).prefetch_related(
        "events",
        Prefetch("interviews", queryset=Interview.objects.prefetch_related("interviewers")),
        Prefetch("contacts", queryset=Contact.objects.select_related("company")),
    )
    application = get_application(request, application_id, queryset)
    context = {
        "application": application,
        "timeline": application_timeline(application),
        "pick_form": ContactPickForm(application=application),
        "statuses": Status.choices,
        "rejection": getattr(application, "rejection", None),
    }
    return render(request, "applications/detail.html", context)


def application_create(request):
    form = ApplicationForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        fields = form.service_fields()
        rejected = fields["status"] == Status.REJECTED
        if rejected:
            # The rejection form records the date, stage and reason, and then the status.
            fields["status"] = Status.APPLIED
        application = services.application_create(user=request.user, **fields)
        if rejected:
            return redirect("rejection_log", application_id=application.pk)
        messages.success(request, f"Logged {application}.")
        return redirect(application)
    return render(request, "applications/form.html", {"form": form})


def application_edit(request, application_id):
    application = get_application(request, application_id)
    # Validation writes the typed values onto the instance; the heading shows the saved ones.
    heading = str(application)
    form = ApplicationForm(request.POST or None, instance=application, user=request.user)
    if request.method == "POST" and form.is_valid():
        fields = form.service_fields()
        if fields["status"] == Status.REJECTED and application.status != Status.REJECTED:
            fields["status"] = application.status
            services.application_update(application=application, **fields)
            return redirect("rejection_log", application_id=application.pk)
        services.application_update(application=application, **fields)
        messages.success(request, "Saved.")
        return redirect(application)
    context = {"form": form, "application": application, "heading": heading}
    return render(request, "applications/form.html", context)


@require_POST
def application_withdraw(request, application_id):
    application = get_application(request, application_id)
    if services.application_withdraw(application=application):
        messages.success(request, "Withdrawn. It stays in your history.")
    return redirect(safe_next(request, application.get_absolute_url()))


def application_delete(request, application_id):
    application = get_application(request, application_id)
    if request.method == "POST":
        name = str(application)
        services.application_delete(application=application)
        messages.success(request, f"Deleted {name}.")
        return redirect(reverse("application_list"))
    return render(request, "applications/delete.html", {"application": application})
