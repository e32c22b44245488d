"""Celery tasks for nudges: ids in, the work in services.py, retries on the decorator."""

import logging
import smtplib
import time

from celery import shared_task
from django.conf import settings

from feedback.nudges import services

log = logging.getLogger(__name__)


@shared_task(name="nudges.dispatch", ignore_result=True)
def nudges_dispatch_task():
    """Every minute from beat: return stuck rows to pending, then hand over what is due."""
    services.nudges_sweep_stuck()
    return services.nudges_dispatch_due()


@shared_task(name="nudges.plan_weekly", ignore_result=True)
def nudges_plan_weekly_task():
    return services.nudges_plan_weekly()


@shared_task(
    name="nudges.send",
    ignore_result=True,
    acks_late=True,
    # Temporary mail trouble: the service has put the row back to pending and re-raised.
    # The countdown never exceeds the broker's visibility timeout (see settings).
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=settings.NUDGE_RETRY_BACKOFF,
    retry_backoff_max=settings.NUDGE_RETRY_BACKOFF_MAX,
    retry_jitter=True,
    # The row's attempt count decides when to give up (and marks it failed); this is
    # only a ceiling in case a retry somehow outlives it.
    max_retries=settings.NUDGE_MAX_ATTEMPTS,
)
def nudge_send_task(nudge_id: int):
    return services.nudge_send(nudge_id=nudge_id)


@shared_task(name="nudges.send_chunk", ignore_result=True, acks_late=True)
def nudges_send_chunk_task(nudge_ids: list[int]):
    """Many due nudges in one task, so a backlog isn't paid for in broker round trips. A
    nudge whose send fails for a moment gets its own retrying task, with backoff."""
    started = time.monotonic()
    claimed = services.nudges_claim(nudge_ids=nudge_ids)
    templates: dict = {}  # each template looked up once per chunk
    for done, (nudge, about) in enumerate(claimed):
        if time.monotonic() - started > settings.NUDGE_LEASE_SECONDS / 2:
            # A slow mail server: give the rest back well before the sweep would take them
            # (a row swept while still held here could otherwise go out twice).
            services.nudges_release(nudges=[n for n, _ in claimed[done:]])
            break
        try:
            services.nudge_deliver(nudge=nudge, obj=about, templates=templates)
        except (smtplib.SMTPException, OSError):
            countdown = services.retry_countdown(nudge.attempts)
            try:
                nudge_send_task.apply_async((nudge.pk,), countdown=countdown, retry=False)
            except Exception:
                # The row is pending and marked handed-over: the dispatcher retries it later.
                log.warning("Could not enqueue the retry of nudge %s", nudge.pk, exc_info=True)
