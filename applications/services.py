"""Workflows across the applications models. Views call these; nothing here reads a request."""

from datetime import date, datetime, time

from django.db import transaction
from django.utils import timezone

from applications.models import (
    Application,
    ApplicationEvent,
    Company,
    Contact,
    Interview,
    Rejection,
    Status,
)
from feedback.nudges import services as nudges
from feedback.nudges.models import Kind
from insights import services as insights


def company_get_or_create(*, user, name: str) -> Company:
    """Find the user's company by name, ignoring case, or create it."""
    name = " ".join(name.split())
    company = Company.objects.for_user(user).filter(name__iexact=name).first()
    if company is None:
        company = Company.objects.create(user=user, name=name)
    return company


@transaction.atomic
def application_create(
    *,
    user,
    company_name: str,
    role_title: str,
    status: str = Status.APPLIED,
    applied_on: date | None = None,
    at: datetime | None = None,
    **fields,
) -> Application:
    at = at or timezone.now()
    if applied_on is None and status != Status.WISHLIST:
        applied_on = at.astimezone(user.tz).date()
    application = Application.objects.create(
        user=user,
        company=company_get_or_create(user=user, name=company_name),
        role_title=role_title.strip(),
        status=status,
        applied_on=applied_on,
        status_changed_at=at,
        created_at=at,
        **fields,
    )
    ApplicationEvent.objects.create(
        user=user, application=application, from_status="", to_status=status, occurred_at=at
    )
    nudges.nudge_schedule(kind=Kind.FOLLOW_UP_SILENCE, user=user, obj=application)
    return application


@transaction.atomic
def application_change_status(
    *, application: Application, status: str, at: datetime | None = None
) -> bool:
    """Move an application to a new status and keep the change as a dated event.

    Returns False when the status did not change, so callers can say so.
    """
    if application.status == status:
        return False
    at = at or timezone.now()
    ApplicationEvent.objects.create(
        user=application.user,
        application=application,
        from_status=application.status,
        to_status=status,
        occurred_at=at,
    )
    application.status = status
    application.status_changed_at = at
    if status != Status.WISHLIST and application.applied_on is None:
        application.applied_on = at.astimezone(application.user.tz).date()
    application.save(update_fields=["status", "status_changed_at", "applied_on", "updated_at"])
    nudges.nudge_cancel(kind=Kind.FOLLOW_UP_SILENCE, obj=application, reason="Its status changed.")
    nudges.nudge_schedule(kind=Kind.FOLLOW_UP_SILENCE, user=application.user, obj=application)
    return True


def _event_time(application: Application, day: date) -> datetime:
    """When a status change known only by its day happened: that day, never before the last
    change (events stay in order) and never in the future."""
    now = timezone.now()
    if day >= now.astimezone(application.user.tz).date():
        return now
    at = datetime.combine(day, time(12), tzinfo=application.user.tz)
    return min(now, max(at, application.status_changed_at))


@transaction.atomic
def rejection_log(*, application: Application, at: datetime | None = None, **fields) -> Rejection:
    """Record (or update) the rejection of an application and move it to rejected."""
    fields.setdefault("stage", application.furthest_stage())
    rejection, _ = Rejection.objects.update_or_create(
        application=application, defaults={"user": application.user, **fields}
    )
    if at is None and "rejected_on" in fields:
        at = _event_time(application, fields["rejected_on"])
    application_change_status(application=application, status=Status.REJECTED, at=at)
    nudges.nudge_schedule(kind=Kind.REQUEST_FEEDBACK, user=application.user, obj=rejection)
    insights.mentions_refresh(source=rejection)
    return rejection


@transaction.atomic
def application_update(*, application: Application, company_name: str, **fields) -> Application:
    """Save the edit form: a new status goes through application_change_status for its event."""
    status = fields.pop("status", application.status)
    application.company = company_get_or_create(user=application.user, name=company_name)
    for name, value in fields.items():
        setattr(application, name, value)
    application.save()
    application_change_status(application=application, status=status)
    return application


@transaction.atomic
def application_withdraw(*, application: Application, at: datetime | None = None) -> bool:
    return application_change_status(application=application, status=Status.WITHDRAWN, at=at)


@transaction.atomic
def application_delete(*, application: Application) -> None:
    """Delete an application with its events, interviews and rejection (they cascade)."""
    application.delete()


# Logging an interview means the application got at least this far; the board should show it.
_ADVANCE_ON_INTERVIEW = {Status.WISHLIST, Status.APPLIED, Status.SCREENING}


@transaction.atomic
def interview_create(*, application: Application, interviewers=(), **fields) -> Interview:
    interview = Interview.objects.create(user=application.user, application=application, **fields)
    interview.interviewers.set(interviewers)
    if application.status in _ADVANCE_ON_INTERVIEW:
        at = min(timezone.now(), max(interview.starts_at, application.status_changed_at))
        application_change_status(application=application, status=Status.INTERVIEWING, at=at)
    _stamp_self_assessment(interview)
    nudges.nudges_for_interview(interview=interview)
    insights.mentions_refresh(source=interview)
    return interview


@transaction.atomic
def interview_update(*, interview: Interview, interviewers=None, **fields) -> Interview:
    for name, value in fields.items():
        setattr(interview, name, value)
    interview.save()
    if interviewers is not None:
        interview.interviewers.set(interviewers)
    _stamp_self_assessment(interview)
    nudges.nudges_for_interview(interview=interview)
    insights.mentions_refresh(source=interview)
    return interview


def _stamp_self_assessment(interview: Interview) -> None:
    """The first time any self-assessment field is filled in, note when (nudges key off it)."""
    if interview.self_assessed_at is None and interview.has_self_assessment():
        interview.self_assessed_at = timezone.now()
        interview.save(update_fields=["self_assessed_at"])
        nudges.nudge_cancel(kind=Kind.REFLECT, obj=interview, reason="You wrote down how it went.")


@transaction.atomic
def interview_mark_thank_you_sent(*, interview: Interview, at: datetime | None = None) -> bool:
    if interview.thank_you_sent_at is not None:
        return False
    interview.thank_you_sent_at = at or timezone.now()
    interview.save(update_fields=["thank_you_sent_at"])
    nudges.nudge_cancel(kind=Kind.THANK_YOU, obj=interview, reason="The thank-you note is sent.")
    return True


@transaction.atomic
def interview_delete(*, interview: Interview) -> None:
    interview.delete()


@transaction.atomic
def contact_create(*, user, application: Application | None = None, **fields) -> Contact:
    if application is not None and fields.get("company") is None:
        fields["company"] = application.company
    contact = Contact.objects.create(user=user, **fields)
    if application is not None:
        contact.applications.add(application)
    return contact


def contact_link(*, contact: Contact, application: Application) -> None:
    contact.applications.add(application)


def contact_unlink(*, contact: Contact, application: Application) -> None:
    contact.applications.remove(application)
