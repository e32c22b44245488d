"""Import & export pages. Thin: the work is in services, importer, export and calendar."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from applications.models import Application, Interview, Rejection, Status
from applications.transfer import calendar, export, services, values
from applications.transfer.columns import FIELDS, SKIP, mapping_problems
from applications.transfer.forms import DeleteAccountForm, RestoreForm, UploadForm
from applications.transfer.models import CalendarFeed, ImportJob, ImportState
from applications.transfer.sniff import TableError

PREVIEW_ROWS = 20
PROBLEM_ROWS = 500


def get_job(request, job_id) -> ImportJob:
    return get_object_or_404(ImportJob.objects.for_user(request.user), pk=job_id)


def _render(request, template, context, partial):
    name = f"{template}#{partial}" if request.htmx else template
    return render(request, name, context)


def _home_context(request, **extra):
    feed = CalendarFeed.objects.for_user(request.user).first()
    return {
        "upload_form": UploadForm(),
        "restore_form": RestoreForm(),
        "jobs": ImportJob.objects.for_user(request.user)[:10],
        "feed": feed,
        "feed_url": request.build_absolute_uri(feed.get_absolute_url()) if feed else "",
        "account_empty": export.account_is_empty(request.user),
        **extra,
    }


def transfer_home(request):
    return render(request, "transfer/home.html", _home_context(request))


@require_POST
def import_upload(request):
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            job = services.import_job_create(
                user=request.user, filename=upload.name, data=upload.read()
            )
        except TableError as e:
            form.add_error("file", str(e))
        else:
            return redirect("transfer_columns", job_id=job.pk)
    return render(
        request, "transfer/home.html", _home_context(request, upload_form=form), status=400
    )


def _column_rows(job: ImportJob, mapping):
    samples = job.rows[:5]
    return [
        {
            "index": i,
            "header": header,
            "field": mapping[i] if i < len(mapping) else None,
            "samples": [row[i] for row in samples if row[i]][:3],
        }
        for i, header in enumerate(job.headers)
    ]


def import_columns(request, job_id):
    job = get_job(request, job_id)
    if job.state != ImportState.PREVIEW:
        return redirect(job)
    if request.method == "POST":
        mapping = []
        for i in range(len(job.headers)):
            choice = request.POST.get(f"col_{i}", "")
            mapping.append(choice if choice in FIELDS or choice == SKIP else None)
        services.import_job_configure(job=job, mapping=mapping)
    problems = mapping_problems(job.mapping)
    if request.method == "POST" and not problems:
        return redirect("transfer_preview", job_id=job.pk)
    context = {
        "job": job,
        "columns": _column_rows(job, job.mapping),
        "fields": FIELDS,
        "skip": SKIP,
        "first_rows": job.rows[:5],
        "problems": problems,
    }
    return render(
        request,
        "transfer/columns.html",
        context,
        status=400 if problems and request.method == "POST" else 200,
    )


def import_preview(request, job_id):
    job = get_job(request, job_id)
    if job.state != ImportState.PREVIEW:
        return redirect(job)
    if request.method == "POST":
        keys = {
            request.POST.get(f"word_{i}", ""): request.POST.get(f"status_{i}", "")
            for i in range(len(request.POST))
            if f"word_{i}" in request.POST
        }
        services.import_job_configure(
            job=job, date_order=request.POST.get("date_order"), status_map=keys
        )
        if not request.htmx:
            return redirect("transfer_preview", job_id=job.pk)
    analysis = services.import_preview(job=job)
    if analysis.problems:
        return redirect("transfer_columns", job_id=job.pk)
    context = {
        "job": job,
        "analysis": analysis,
        "ready": analysis.importable[:PREVIEW_ROWS],
        "invalid": analysis.invalid[:PROBLEM_ROWS],
        "invalid_more": max(0, len(analysis.invalid) - PROBLEM_ROWS),
        "duplicates": analysis.duplicates[:PROBLEM_ROWS],
        "importable_count": len(analysis.importable),
        "statuses": Status.choices,
        "date_orders": values.DATE_ORDERS,
        "has_dates": analysis.numeric_dates,
        "shown_headers": [FIELDS.get(m, "") for m in analysis.mapping],
    }
    return _render(request, "transfer/preview.html", context, "preview")


@require_POST
def import_confirm(request, job_id):
    job = get_job(request, job_id)
    # The job page says how it went (or how far it has got): no flash message on top.
    job = services.import_commit(job=job)
    return redirect("transfer_job", job_id=job.pk)


def import_job(request, job_id):
    job = get_job(request, job_id)
    if job.state == ImportState.PREVIEW:
        return redirect("transfer_preview", job_id=job.pk)
    created = []
    if job.state == ImportState.DONE and job.created_ids:
        created = (
            Application.objects.for_user(request.user)
            .filter(pk__in=job.created_ids)
            .select_related("company")
            .order_by("pk")
        )
    return _render(request, "transfer/job.html", {"job": job, "created": created}, "progress")


def export_csv(request):
    response = HttpResponse(
        export.applications_csv(request.user), content_type="text/csv; charset=utf-8"
    )
    stamp = timezone.localdate(timezone=request.user.tz).isoformat()
    response["Content-Disposition"] = f'attachment; filename="rebound-applications-{stamp}.csv"'
    return response


def export_json(request):
    response = HttpResponse(
        export.account_export_json(request.user), content_type="application/json; charset=utf-8"
    )
    stamp = timezone.localdate(timezone=request.user.tz).isoformat()
    response["Content-Disposition"] = f'attachment; filename="rebound-export-{stamp}.json"'
    return response


@require_POST
def restore(request):
    form = RestoreForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            document = json.loads(form.cleaned_data["file"].read().decode("utf-8-sig"))
            counts = export.account_restore(request.user, document)
        except (UnicodeDecodeError, json.JSONDecodeError):
            form.add_error("file", "This file isn't a Rebound export (it isn't JSON).")
        except export.RestoreError as e:
            form.add_error("file", str(e))
        else:
            total = counts.get("applications.application", 0)
            messages.success(
                request, f"Restored your export: {total} applications and all the rest."
            )
            return redirect("transfer_home")
    return render(
        request, "transfer/home.html", _home_context(request, restore_form=form), status=400
    )


@require_POST
def calendar_create(request):
    services.calendar_feed_renew(user=request.user)
    messages.success(request, "Your calendar link is ready. Any older link no longer works.")
    return redirect(reverse("transfer_home") + "#calendar")


@require_POST
def calendar_revoke(request):
    services.calendar_feed_revoke(user=request.user)
    messages.success(request, "Your calendar link is turned off; calendars using it stop updating.")
    return redirect(reverse("transfer_home") + "#calendar")


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_not_required
def calendar_feed(request, token):
    # The token is the only credential, so an unknown one looks exactly like a missing page.
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active:
        raise Http404("No such calendar.")
    body = calendar.interviews_calendar(feed.user, calendar.feed_interviews(feed.user))
    response = _ics_response(body, "rebound-interviews.ics")
    response["X-Robots-Tag"] = "noindex"
    return response


def interview_ics(request, interview_id):
    interview = get_object_or_404(calendar.feed_interviews(request.user), pk=interview_id)
    body = calendar.interviews_calendar(request.user, [interview])
    response = _ics_response(body, f"interview-{interview.pk}.ics")
    response["Content-Disposition"] = f'attachment; filename="interview-{interview.pk}.ics"'
    return response


def account_delete(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        services.account_delete(user=user)
        logout(request)
        messages.success(request, "Your account and everything in it are deleted.")
        return redirect("login")
    return render(
        request,
        "transfer/account_delete.html",
        {"form": form, "counts": _owned_counts(request.user)},
        status=400 if form.errors else 200,
    )


def _owned_counts(user):
    return {
        "applications": Application.objects.for_user(user).count(),
        "interviews": Interview.objects.for_user(user).count(),
        "rejections": Rejection.objects.for_user(user).count(),
    }
