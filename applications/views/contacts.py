from django.contrib import messages
from django.db.models import Count
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from applications import services
from applications.forms import CompanyForm, ContactForm, ContactPickForm
from applications.models import Application, Contact
from applications.views._common import get_application, get_company, get_contact, safe_next


def contact_list(request):
    contacts = (
        Contact.objects.for_user(request.user)
        .select_related("company")
        .annotate(application_count=Count("applications"))
    )
    return render(request, "applications/contacts.html", {"contacts": contacts})


def contact_create(request, application_id=None, company_id=None):
    application = get_application(request, application_id) if application_id else None
    company = get_company(request, company_id) if company_id else None
    if application is not None:
        company = application.company
    form = ContactForm(request.POST or None, user=request.user, initial={"company": company})
    if request.method == "POST" and form.is_valid():
        contact = services.contact_create(
            user=request.user, application=application, **form.cleaned_data
        )
        messages.success(request, f"Added {contact.name}.")
        return redirect(application or company or "contact_list")
    context = {"form": form, "application": application, "company": company}
    return render(request, "applications/contact_form.html", context)


def contact_edit(request, contact_id):
    contact = get_contact(request, contact_id)
    form = ContactForm(request.POST or None, instance=contact, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Saved {contact.name}.")
        return redirect(safe_next(request, reverse("contact_list")))
    return render(request, "applications/contact_form.html", {"form": form, "contact": contact})


@require_POST
def contact_link(request, application_id):
    application = get_application(request, application_id)
    form = ContactPickForm(request.POST, application=application)
    if form.is_valid():
        services.contact_link(contact=form.cleaned_data["contact"], application=application)
        messages.success(request, f"Linked {form.cleaned_data['contact'].name}.")
    else:
        messages.error(request, "Pick one of your contacts to link.")
    return redirect(application)


@require_POST
def contact_unlink(request, application_id, contact_id):
    application = get_application(request, application_id)
    contact = get_contact(request, contact_id)
    services.contact_unlink(contact=contact, application=application)
    messages.success(request, f"{contact.name} is no longer linked to this application.")
    return redirect(application)


def company_detail(request, company_id):
    company = get_company(request, company_id)
    applications = Application.objects.for_user(request.user).filter(company=company)
    contacts = Contact.objects.for_user(request.user).filter(company=company)
    context = {
        "company": company,
        "applications": applications.select_related("company"),
        "contacts": contacts,
    }
    return render(request, "applications/company.html", context)


def company_edit(request, company_id):
    company = get_company(request, company_id)
    form = CompanyForm(request.POST or None, instance=company, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect(company)
    return render(request, "applications/company_form.html", {"form": form, "company": company})
