"""Workflows across the applications models. Views call these; nothing here reads a request."""

from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

from applications.models import (
    Application,
    ApplicationEvent,
    Company,
    Rejection,
    Status,
)


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
    return True


@transaction.atomic
def rejection_log(*, application: Application, at: datetime | None = None, **fields) -> Rejection:
    """Record (or update) the rejection of an application and move it to rejected."""
    fields.setdefault("stage", application.furthest_stage())
    rejection, _ = Rejection.objects.update_or_create(
        application=application, defaults={"user": application.user, **fields}
    )
    application_change_status(application=application, status=Status.REJECTED, at=at)
    return rejection
