from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Lower
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from applications import services
from applications.forms import ApplicationFilterForm, QuickAddForm
from applications.models import Application, Company, Status
from applications.views._common import render_page

PER_PAGE = 25
_STATUS_ORDER = Case(
    *[When(status=s, then=Value(i)) for i, s in enumerate(Status.values)],
    output_field=IntegerField(),
)
_SORTS = {
    "-applied": [F("applied_on").desc(nulls_last=True), "-created_at"],
    "applied": [F("applied_on").asc(nulls_last=True), "created_at"],
    "company": [Lower("company__name"), Lower("role_title")],
    "status": [_STATUS_ORDER, F("applied_on").desc(nulls_last=True)],
    "-excitement": [F("excitement").desc(nulls_last=True), F("applied_on").desc(nulls_last=True)],
}


def filter_applications(queryset, form: ApplicationFilterForm):
    """Apply the list's search, filters and sort; an invalid filter is simply ignored."""
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    if q := (data.get("q") or "").strip():
        queryset = queryset.filter(
            Q(company__name__icontains=q)
            | Q(role_title__icontains=q)
            | Q(location__icontains=q)
            | Q(notes__icontains=q)
        )
    for name in ("status", "source", "work_mode"):
        if value := data.get(name):
            queryset = queryset.filter(**{name: value})
    if start := data.get("applied_from"):
        queryset = queryset.filter(applied_on__gte=start)
    if end := data.get("applied_to"):
        queryset = queryset.filter(applied_on__lte=end)
    return queryset.order_by(*_SORTS[data.get("sort") or "-applied"], "pk")


def application_list(request):
    form = ApplicationFilterForm(request.GET or None)
    queryset = filter_applications(
        Application.objects.for_user(request.user).select_related("company"), form
    )
    if not form.is_bound:
        form = ApplicationFilterForm(initial={"sort": "-applied"})
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "select_fields": [form[name] for name in ("status", "source", "work_mode", "sort")],
        "page": page,
        "filtered": any(v for k, v in request.GET.items() if k not in {"page", "sort"}),
    }
    return render_page(request, "applications/list.html", context, "results")


def application_quick_add(request):
    form = QuickAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        application = services.application_create(
            user=request.user,
            company_name=form.cleaned_data["company"],
            role_title=form.cleaned_data["role_title"],
            status=form.cleaned_data["status"],
        )
        if request.htmx:
            response = render(
                request,
                "applications/quick_add.html#quick-add-form",
                {"form": QuickAddForm(), "added": application},
            )
            # Lists and boards on the page listen for this and refresh themselves.
            response["HX-Trigger"] = "applicationAdded"
            return response
        messages.success(request, f"Logged {application}.")
        return redirect(application)
    context = {"form": form, "quick_add_page": True}
    return render_page(request, "applications/quick_add.html", context, "quick-add-form")


@require_GET
def company_suggestions(request):
    typed = " ".join(request.GET.get("company", "").split())
    companies = Company.objects.for_user(request.user)
    if typed:
        companies = companies.filter(name__icontains=typed)
    names = companies.values_list("name", flat=True)[:10]
    return render(request, "applications/quick_add.html#company-options", {"names": names})
