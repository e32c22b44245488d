"""Nudge workflows: owe one, cancel one, hand due ones to the worker, send, sweep, act.

Delivery is at least once with a narrow window, and a Message-ID that makes a duplicate
recognisable. The row is claimed (pending → sending) before the SMTP conversation and
marked sent after it. If the worker dies between the server accepting the message and
the row being marked sent, the row stays "sending" until the lease runs out, then goes
back to pending and is sent again with the same Message-ID; mail clients that dedupe by
Message-ID (most do) show it once. Everywhere else, the conditional claim means a nudge
goes out once however many tasks, workers or dispatcher runs ask for it.
"""

import logging
import smtplib
import time
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

from feedback.nudges import emails, mailer, schedule
from feedback.nudges.models import (
    EARLIEST_HOUR,
    LATEST_HOUR,
    Action,
    Kind,
    NotificationSettings,
    Nudge,
    NudgeStatus,
)

log = logging.getLogger(__name__)

PENDING, SENDING, SENT = NudgeStatus.PENDING, NudgeStatus.SENDING, NudgeStatus.SENT
CANCELLED, FAILED = NudgeStatus.CANCELLED, NudgeStatus.FAILED

# Kinds whose due time follows the object (an interview moved, a request re-dated):
# scheduling again re-times a pending nudge. The others keep the time first given.
FOLLOWS_OBJECT = {Kind.FOLLOW_UP_FEEDBACK, Kind.THANK_YOU, Kind.REFLECT, Kind.FOLLOW_UP_SILENCE}
# How late a nudge may still be worth sending when its event was logged after the fact.
GRACE = {
    Kind.FOLLOW_UP_FEEDBACK: timedelta(days=7),
    Kind.THANK_YOU: timedelta(days=2),
    Kind.REFLECT: timedelta(days=2),
    Kind.FOLLOW_UP_SILENCE: timedelta(days=3),
}
REQUEST_FEEDBACK_WITHIN = timedelta(days=14)


class LinkAlreadyUsed(Exception):
    pass


def notification_settings_for(user) -> NotificationSettings:
    """The user's settings, made with the defaults on first use and kept on the instance
    (every hook asks, and an import may run thousands of hooks for one user)."""
    try:
        return user.notification_settings
    except NotificationSettings.DoesNotExist:
        prefs, _ = NotificationSettings.objects.get_or_create(user=user)
        user.notification_settings = prefs
        return prefs


def _lease() -> timedelta:
    return timedelta(seconds=settings.NUDGE_LEASE_SECONDS)


def _catch_up(due: datetime, *, kind: str, now: datetime, tz, hour: int) -> datetime | None:
    """A due time already past (the event was logged late): soon if still useful, else none."""
    if due >= now:
        return due
    if now - due > GRACE.get(kind, timedelta(0)):
        return None
    if EARLIEST_HOUR <= now.astimezone(tz).hour < LATEST_HOUR:
        return now
    return schedule.next_morning(now, tz, hour)


def still_relevant(kind: str, obj, *, today) -> bool:
    """Whether an event still calls for its nudge, so hooks can call nudge_schedule freely."""
    if kind == Kind.REQUEST_FEEDBACK:
        # A rejection from long ago (an import, say) is past asking about.
        return obj.rejected_on >= today - REQUEST_FEEDBACK_WITHIN
    if kind == Kind.FOLLOW_UP_FEEDBACK:
        return obj.can_follow_up
    if kind == Kind.THANK_YOU:
        return obj.thank_you_sent_at is None
    if kind == Kind.REFLECT:
        return obj.self_assessed_at is None
    if kind == Kind.FOLLOW_UP_SILENCE:
        return obj.status == "applied"
    return True


def due_for(*, kind: str, obj, prefs: NotificationSettings, now: datetime) -> datetime | None:
    """When a nudge of this kind about obj falls due; None when it's too late to matter."""
    tz, hour = prefs.user.tz, prefs.hour_for(kind)
    if not still_relevant(kind, obj, today=schedule.local_day(now, tz)):
        return None
    if kind == Kind.REQUEST_FEEDBACK:
        return schedule.next_morning(now, tz, hour)
    if kind == Kind.WEEKLY_SUMMARY:
        return schedule.next_weekday(now, prefs.summary_weekday, tz, hour)
    if kind == Kind.FOLLOW_UP_FEEDBACK:
        due = schedule.days_later(obj.sent_at or now, schedule.FOLLOW_UP_FEEDBACK_AFTER, tz, hour)
    elif kind == Kind.THANK_YOU:
        ends = obj.starts_at + timedelta(minutes=obj.duration_minutes)
        due = schedule.next_morning(ends, tz, hour)
    elif kind == Kind.REFLECT:
        length = timedelta(minutes=obj.duration_minutes)
        due = schedule.evening_of(obj.starts_at, length, tz, hour, prefs.send_hour)
    else:  # follow up on silence
        if obj.applied_on is None:
            return None
        due = schedule.days_after_date(obj.applied_on, schedule.FOLLOW_UP_SILENCE_AFTER, tz, hour)
    return _catch_up(due, kind=kind, now=now, tz=tz, hour=prefs.send_hour)


def _key(kind: str, obj, occasion: str = "") -> dict:
    return {
        "kind": kind,
        "content_type": ContentType.objects.get_for_model(obj),
        "object_id": obj.pk,
        "occasion": occasion,
    }


def nudge_schedule(
    *, kind: str, user, obj, due_at: datetime | None = None, occasion: str = "", now=None
) -> Nudge | None:
    """Owe the user a nudge about obj, in the caller's transaction (the outbox write).

    Idempotent: the unique constraint on (kind, object, occasion) means calling it again
    for the same event returns the nudge already owed (re-timed if its object moved).
    Returns None when the user has this kind off or the moment has passed.
    """
    prefs = notification_settings_for(user)
    if not prefs.wants(kind):
        return None
    now = now or timezone.now()
    due = due_at or due_for(kind=kind, obj=obj, prefs=prefs, now=now)
    if due is None:
        return None
    if kind == Kind.WEEKLY_SUMMARY and not occasion:
        occasion = schedule.iso_week(due, user.tz)
    key = _key(kind, obj, occasion)
    nudge = Nudge.objects.filter(**key).first()
    if nudge is None:
        try:
            with transaction.atomic():
                nudge = Nudge.objects.create(user=user, due_at=due, **key)
        except IntegrityError:
            # Another request owed the same nudge a moment ago: that one stands.
            return Nudge.objects.get(**key)
    elif nudge.is_pending and kind in FOLLOWS_OBJECT and nudge.due_at != due:
        Nudge.objects.filter(pk=nudge.pk, status=PENDING).update(due_at=due, enqueued_at=None)
        nudge.due_at = due
    if nudge.is_pending and nudge.due_at <= now:
        _publish_on_commit([nudge.pk])
    return nudge


def nudges_for_interview(*, interview) -> None:
    """Owe (or re-time) what an interview brings: reflect that evening, thanks next morning."""
    nudge_schedule(kind=Kind.REFLECT, user=interview.user, obj=interview)
    nudge_schedule(kind=Kind.THANK_YOU, user=interview.user, obj=interview)


def nudge_cancel(*, kind: str, obj, reason: str = "No longer needed.") -> int:
    """Cancel what is still owed about obj. A nudge already being sent is re-checked by the
    sender just before the SMTP conversation, so only that last instant can slip through."""
    key = _key(kind, obj)
    del key["occasion"]  # every occasion: the nudge and any "remind me" that followed it
    return Nudge.objects.filter(status=PENDING, **key).update(
        status=CANCELLED, cancelled_at=timezone.now(), cancel_reason=reason
    )


# Handing work to the broker -------------------------------------------------------------


def _publish_on_commit(ids: list[int]) -> None:
    Nudge.objects.filter(pk__in=ids).update(enqueued_at=timezone.now())
    transaction.on_commit(lambda: publish(ids))


# Finding the broker down takes seconds (the Redis client retries); after one failure this
# process doesn't try again for a while, so pages stay fast during an outage.
BROKER_QUIET_SECONDS = 30
_broker_quiet_until = 0.0


def publish(ids: list[int]) -> int:
    """Enqueue the sends: one task per nudge, or per chunk of nudges when there are many
    (a chunk is sent one by one over the worker's open SMTP session; each nudge is still
    claimed, re-checked and marked on its own). A broker outage is logged, never raised:
    the rows stay pending and the dispatcher hands them over again once it is back.
    Returns how many nudges were handed over."""
    from feedback.nudges.tasks import nudge_send_task, nudges_send_chunk_task

    global _broker_quiet_until
    done = 0
    if time.monotonic() < _broker_quiet_until:
        Nudge.objects.filter(pk__in=ids, status=PENDING).update(enqueued_at=None)
        return 0
    size = settings.NUDGE_SEND_CHUNK
    try:
        with nudge_send_task.app.producer_or_acquire() as producer:
            for start in range(0, len(ids), size):
                chunk = ids[start : start + size]
                if len(chunk) == 1:
                    nudge_send_task.apply_async((chunk[0],), producer=producer, retry=False)
                else:
                    nudges_send_chunk_task.apply_async((chunk,), producer=producer, retry=False)
                done += len(chunk)
    except Exception as exc:
        log.warning("Broker unavailable; %d nudge(s) stay pending: %s", len(ids) - done, exc)
        _broker_quiet_until = time.monotonic() + BROKER_QUIET_SECONDS
        Nudge.objects.filter(pk__in=ids[done:], status=PENDING).update(enqueued_at=None)
    return done


def retry_countdown(attempts: int) -> int:
    """Exponential backoff for a nudge's next attempt, as Celery's retry_backoff computes it."""
    return min(
        settings.NUDGE_RETRY_BACKOFF * 2 ** max(attempts - 1, 0), settings.NUDGE_RETRY_BACKOFF_MAX
    )


def nudges_dispatch_due(*, now: datetime | None = None, limit: int | None = None) -> int:
    """Claim the pending nudges that are due and not already handed over, and enqueue them.

    Run every minute by beat. A row handed over but never sent (the task was lost with a
    worker, or the broker forgot it) is handed over again once its lease has run out.
    """
    now = now or timezone.now()
    limit = limit or settings.NUDGE_DISPATCH_BATCH
    with transaction.atomic():
        due = (
            Nudge.objects.filter(status=PENDING, due_at__lte=now)
            .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=now - _lease()))
            .order_by("due_at")
            .select_for_update(skip_locked=True)
        )
        ids = list(due.values_list("pk", flat=True)[:limit])
        Nudge.objects.filter(pk__in=ids).update(enqueued_at=now)
    return publish(ids)


def nudges_sweep_stuck(*, now: datetime | None = None) -> int:
    """Send back to pending the rows a worker claimed and never finished (it died)."""
    now = now or timezone.now()
    stuck = Nudge.objects.filter(status=SENDING, claimed_at__lt=now - _lease())
    stuck.filter(attempts__gte=settings.NUDGE_MAX_ATTEMPTS).update(
        status=FAILED, last_error="The worker stopped while sending it, too many times."
    )
    return stuck.update(
        status=PENDING,
        enqueued_at=None,
        claimed_at=None,
        last_error="The worker stopped while sending it; it will be sent again.",
    )


# Sending -----------------------------------------------------------------------------


# What the email names (company, role) comes along in the same query as the object.
_ABOUT_RELATED = {
    "applications.application": ("company",),
    "applications.interview": ("application__company",),
    "applications.rejection": ("application__company",),
    "feedback.feedbackrequest": ("rejection__application__company",),
}


def _objects_of(nudges) -> dict:
    """What each nudge is about, one query per kind of object: {(type id, pk): object}."""
    groups = defaultdict(list)
    for nudge in nudges:
        groups[nudge.content_type_id].append(nudge)
    found = {}
    for content_type_id, group in groups.items():
        model = group[0].content_type.model_class()
        if model is None:
            continue
        label = model._meta.label_lower
        objects = model._default_manager.select_related(*_ABOUT_RELATED.get(label, ()))
        if label == "applications.interview":
            objects = objects.prefetch_related("interviewers")
        for obj in objects.filter(pk__in=[n.object_id for n in group]):
            found[(content_type_id, obj.pk)] = obj
    return found


def about(nudge: Nudge):
    """The nudge's object, or None if it has been deleted since."""
    return _objects_of([nudge]).get((nudge.content_type_id, nudge.object_id))


def unwanted_reason(nudge: Nudge, obj, prefs: NotificationSettings) -> str:
    """Why this nudge should no longer go out, re-checked just before sending; '' if wanted."""
    if obj is None:
        return "What it was about has been deleted."
    if prefs.unsubscribed:
        return "You stopped all nudge emails."
    if not prefs.wants(nudge.kind):
        return "You turned this kind of nudge off."
    if nudge.kind == Kind.REQUEST_FEEDBACK:
        asked = obj.feedback_requests.filter(~Q(status="to_send") | Q(dismissed_at__isnull=False))
        return "You already asked for feedback, or chose not to." if asked.exists() else ""
    if nudge.kind == Kind.FOLLOW_UP_FEEDBACK:
        waiting = obj.status == "sent" and obj.followed_up_at is None
        return "" if waiting else "They answered, or you already followed up."
    if nudge.kind == Kind.THANK_YOU:
        return "The thank-you note is marked sent." if obj.thank_you_sent_at else ""
    if nudge.kind == Kind.REFLECT:
        return "You already wrote down how it went." if obj.self_assessed_at else ""
    if nudge.kind == Kind.FOLLOW_UP_SILENCE:
        return "" if obj.status == "applied" else "The application moved on."
    return ""


def _is_permanent(exc: Exception) -> bool:
    """5xx answers won't change on a retry (bad address, message refused)."""
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code >= 500
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in exc.recipients.values())
    return False


def _describe(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode(errors="replace")
            if isinstance(exc.smtp_error, bytes)
            else exc.smtp_error
        )
        return f"The mail server answered {exc.smtp_code}: {text}"
    if isinstance(exc, ConnectionRefusedError):
        return "The mail server refused the connection."
    return f"Could not reach the mail server: {exc.__class__.__name__}: {exc}"


def _fail_or_retry(nudge: Nudge, exc: Exception) -> str:
    error = _describe(exc)
    if _is_permanent(exc) or nudge.attempts >= settings.NUDGE_MAX_ATTEMPTS:
        Nudge.objects.filter(pk=nudge.pk, status=SENDING).update(
            status=FAILED, last_error=error, claimed_at=None
        )
        log.error("Nudge %s failed after %d attempt(s): %s", nudge.pk, nudge.attempts, error)
        return "failed"
    # Back to pending and marked handed-over: the task's own retry (with backoff) sends
    # it; if that retry is lost, the dispatcher hands it over again after the lease.
    Nudge.objects.filter(pk=nudge.pk, status=SENDING).update(
        status=PENDING, last_error=error, claimed_at=None, enqueued_at=timezone.now()
    )
    raise exc


def _mail_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def _claim(nudge_id: int, now: datetime) -> bool:
    """pending → sending, for one caller only. The Message-ID is fixed here, before any
    SMTP conversation, and kept by every later attempt."""
    won = Nudge.objects.filter(pk=nudge_id, status=PENDING, due_at__lte=now).update(
        status=SENDING,
        claimed_at=now,
        attempts=F("attempts") + 1,
        message_id=Case(
            When(message_id="", then=Value(make_msgid("nudge", domain=_mail_domain()))),
            default=F("message_id"),
        ),
    )
    return won == 1


# A chunk claimed in one statement. The inner SELECT locks the due, pending rows in id
# order (FOR UPDATE waits for a concurrent claimer and re-reads the row after it commits,
# so a row another worker has just claimed no longer matches; locking in one order keeps
# two overlapping chunks from deadlocking). A row without a Message-ID gets one here,
# before any SMTP conversation, and keeps it for every later attempt. Written in SQL: the
# ORM's form (a CASE with a branch per row) cost more to build than the rest of the claim.
_CLAIM_CHUNK_SQL = f"""UPDATE "{Nudge._meta.db_table}" SET
    status = %s,
    claimed_at = %s,
    attempts = attempts + 1,
    message_id = CASE WHEN message_id = ''
        THEN '<nudge.' || id || '.' || md5(random()::text || clock_timestamp()::text)
             || '@' || %s || '>'
        ELSE message_id END
WHERE id IN (
    SELECT id FROM "{Nudge._meta.db_table}"
    WHERE id = ANY(%s) AND status = %s AND due_at <= %s
    ORDER BY id FOR UPDATE
) AND status = %s
RETURNING id
"""


def nudges_claim(*, nudge_ids: list[int]) -> list[tuple[Nudge, object]]:
    """Claim each nudge this caller can (pending → sending), then load what the won rows are
    about in a few queries. Returns (nudge, object) pairs, in id order.

    On PostgreSQL the chunk is claimed in one conditional statement (_CLAIM_CHUNK_SQL).
    Without row locks (SQLite) each row is claimed by its own conditional update, as a
    single nudge is."""
    now = timezone.now()
    if connection.vendor != "postgresql":
        with transaction.atomic():
            won = [nudge_id for nudge_id in nudge_ids if _claim(nudge_id, now)]
        return _load_claimed(won)
    with connection.cursor() as cursor:
        cursor.execute(
            _CLAIM_CHUNK_SQL,
            [SENDING, now, _mail_domain(), list(nudge_ids), PENDING, now, PENDING],
        )
        won = [row[0] for row in cursor.fetchall()]
    return _load_claimed(sorted(won))


def _load_claimed(won: list[int]) -> list[tuple[Nudge, object]]:
    if not won:
        return []
    nudges = list(
        Nudge.objects.filter(pk__in=won)
        .select_related("user__notification_settings", "content_type")
        .order_by("pk")
    )
    objects = _objects_of(nudges)
    return [(nudge, objects.get((nudge.content_type_id, nudge.object_id))) for nudge in nudges]


def nudges_release(*, nudges: list[Nudge]) -> int:
    """Give claimed, unsent nudges back to the dispatcher, as if never tried."""
    return Nudge.objects.filter(pk__in=[n.pk for n in nudges], status=SENDING).update(
        status=PENDING, attempts=F("attempts") - 1, claimed_at=None, enqueued_at=None
    )


def nudge_send(*, nudge_id: int) -> str:
    """Send one nudge if this caller wins the claim on it. Returns what happened."""
    now = timezone.now()
    with transaction.atomic():
        claimed = _load_claimed([nudge_id] if _claim(nudge_id, now) else [])
    return nudge_deliver(nudge=claimed[0][0], obj=claimed[0][1]) if claimed else "not claimed"


_MARK_SENT_SQL = (
    f"UPDATE \"{Nudge._meta.db_table}\" SET status = %s, sent_at = %s, last_error = '', "
    "claimed_at = NULL WHERE id = %s AND status IN (%s, %s)"
)


def _mark_sent(nudge_id: int) -> None:
    # Once per message, so in SQL: the ORM's UPDATE cost more to build than to run, and
    # was the largest single cost of a send after the SMTP conversation itself.
    with connection.cursor() as cursor:
        cursor.execute(_MARK_SENT_SQL, [SENT, timezone.now(), nudge_id, SENDING, PENDING])


def nudge_deliver(*, nudge: Nudge, obj, templates: dict | None = None) -> str:
    """Re-check, write and send a nudge this caller has claimed. Returns what happened.

    Temporary mail errors are re-raised (after the row is put back to pending) so the task
    retries with backoff; on the last attempt, or a permanent error, the row ends failed.
    `templates` lets a chunk look each template up once (emails.build).
    """
    now = timezone.now()
    user = nudge.user
    prefs = notification_settings_for(user)
    reason = unwanted_reason(nudge, obj, prefs)
    if reason:
        Nudge.objects.filter(pk=nudge.pk).update(
            status=CANCELLED, cancelled_at=now, cancel_reason=reason, claimed_at=None
        )
        return "cancelled"
    later = schedule.not_before_pause(now, prefs.paused_until, user.tz, prefs.hour_for(nudge.kind))
    if later != now:
        Nudge.objects.filter(pk=nudge.pk).update(
            status=PENDING, due_at=later, attempts=F("attempts") - 1, claimed_at=None
        )
        return "paused"
    try:
        message = emails.build(nudge, obj, templates=templates)
    except Exception as exc:
        # A template or data problem won't mend itself on a retry: show it instead.
        log.exception("Nudge %s could not be written", nudge.pk)
        Nudge.objects.filter(pk=nudge.pk).update(
            status=FAILED, last_error=f"The email could not be written: {exc}", claimed_at=None
        )
        return "failed"
    try:
        mailer.send(message)
    except (smtplib.SMTPException, OSError) as exc:
        return _fail_or_retry(nudge, exc)
    # Marked at once, on its own, even in a chunk. One UPDATE for the whole chunk after its
    # SMTP session would save a query per message, but a row stays "sending" until it is
    # marked, and if the worker dies meanwhile the sweep sends it again after the lease:
    # batching would widen that window from the one message in flight to every message of
    # the chunk accepted so far (tests/nudges/test_real_parts.py kills a worker mid-batch
    # and allows one repeat per process). The claim, the loading and the re-checks are
    # batched instead; this write is the price of the narrow window.
    _mark_sent(nudge.pk)
    if nudge.kind == Kind.WEEKLY_SUMMARY:
        nudge_schedule(kind=Kind.WEEKLY_SUMMARY, user=user, obj=user)
    return "sent"


def nudges_plan_weekly(*, now: datetime | None = None) -> int:
    """Owe each user who wants one their next weekly summary (run hourly by beat)."""
    from applications.models import User

    has_one = Nudge.objects.filter(kind=Kind.WEEKLY_SUMMARY, status__in=[PENDING, SENDING])
    users = (
        User.objects.filter(is_active=True)
        .exclude(notification_settings__send_weekly_summary=False)
        .exclude(notification_settings__unsubscribed=True)
        .exclude(pk__in=has_one.values("user_id"))
    )
    planned = 0
    for user in users.iterator():
        planned += (
            nudge_schedule(kind=Kind.WEEKLY_SUMMARY, user=user, obj=user, now=now) is not None
        )
    return planned


def weekly_numbers(*, user, until: datetime) -> dict:
    """What the weekly summary reports: the last seven days, and the week ahead."""
    from applications.models import Application, Interview, Rejection

    since = until - timedelta(days=7)
    today = schedule.local_day(until, user.tz)
    applications = Application.objects.for_user(user)
    interviews = Interview.objects.for_user(user)
    return {
        "applied": applications.filter(
            applied_on__gt=today - timedelta(days=7), applied_on__lte=today
        ).count(),
        "goal": user.weekly_goal,
        "interviews_done": interviews.filter(starts_at__range=(since, until)).count(),
        "interviews_next": list(
            interviews.filter(starts_at__gt=until, starts_at__lte=until + timedelta(days=7))
            .select_related("application__company")
            .order_by("starts_at")[:5]
        ),
        "rejections": Rejection.objects.for_user(user)
        .filter(created_at__range=(since, until))
        .count(),
        "waiting": applications.filter(status="applied").count(),
    }


# The signed links --------------------------------------------------------------------


def _remind_later(nudge: Nudge, obj, now: datetime) -> Nudge | None:
    prefs = notification_settings_for(nudge.user)
    due = schedule.days_later(now, schedule.REMIND_AFTER, nudge.user.tz, prefs.hour_for(nudge.kind))
    earlier = Nudge.objects.filter(**{**_key(nudge.kind, obj), "occasion__startswith": "remind-"})
    occasion = f"remind-{earlier.count() + 1}"
    return nudge_schedule(kind=nudge.kind, user=nudge.user, obj=obj, due_at=due, occasion=occasion)


def _mark_done(nudge: Nudge, obj, now: datetime) -> None:
    """ "I've done it": record it where Rebound keeps that fact, and stop reminding."""
    from applications import services as applications
    from feedback import services as feedback

    if nudge.kind == Kind.THANK_YOU:
        applications.interview_mark_thank_you_sent(interview=obj, at=now)
    elif nudge.kind == Kind.REQUEST_FEEDBACK:
        drafts = list(obj.feedback_requests.filter(status="to_send", dismissed_at__isnull=True))
        if len(drafts) == 1:
            feedback.feedback_request_mark_sent(request=drafts[0], at=now)
    elif nudge.kind == Kind.FOLLOW_UP_FEEDBACK and obj.can_follow_up:
        feedback.feedback_request_follow_up(
            request=obj, body=feedback.follow_up_draft(obj).body, at=now
        )
    nudge_cancel(kind=nudge.kind, obj=obj, reason="You said you'd done it.")


def notification_kind_stop(*, user, kind: str) -> None:
    """Turn one kind of nudge off and cancel what is owed of it."""
    prefs = notification_settings_for(user)
    setattr(prefs, f"send_{kind}", False)
    prefs.save(update_fields=[f"send_{kind}", "updated_at"])
    Nudge.objects.for_user(user).filter(kind=kind, status=PENDING).update(
        status=CANCELLED, cancelled_at=timezone.now(), cancel_reason="You turned these off."
    )


@transaction.atomic
def nudge_act(*, nudge: Nudge, action: str, now: datetime | None = None) -> Nudge | None:
    """Do what a signed link in the email asks. "Stop" may be repeated (mail clients
    resend one-click unsubscribes); the other two work once per email."""
    now = now or timezone.now()
    if action == Action.STOP:
        notification_kind_stop(user=nudge.user, kind=nudge.kind)
        Nudge.objects.filter(pk=nudge.pk, acted_at__isnull=True).update(acted_at=now, action=action)
        return None
    won = Nudge.objects.filter(pk=nudge.pk, acted_at__isnull=True).update(
        acted_at=now, action=action
    )
    if not won:
        raise LinkAlreadyUsed
    obj = about(nudge)
    if obj is None:
        return None
    if action == Action.SNOOZE:
        return _remind_later(nudge, obj, now)
    _mark_done(nudge, obj, now)
    return None


# From the pages ----------------------------------------------------------------------


@transaction.atomic
def nudge_dismiss(*, nudge: Nudge) -> bool:
    """The user doesn't want this one: cancel it if it hasn't gone out."""
    return bool(
        Nudge.objects.filter(pk=nudge.pk, status=PENDING).update(
            status=CANCELLED, cancelled_at=timezone.now(), cancel_reason="You dismissed it."
        )
    )


@transaction.atomic
def nudge_retry(*, nudge: Nudge) -> bool:
    """Try a failed nudge again from scratch (the mail server was fixed, say)."""
    now = timezone.now()
    won = Nudge.objects.filter(pk=nudge.pk, status=FAILED).update(
        status=PENDING, attempts=0, due_at=now, enqueued_at=None
    )
    if won:
        _publish_on_commit([nudge.pk])
    return bool(won)


@transaction.atomic
def notification_settings_save(*, prefs: NotificationSettings, time_zone: str) -> None:
    """Save the settings; what's still owed follows the new hours, zone and choices."""
    user = prefs.user
    old_tz = user.tz
    if user.time_zone != time_zone:
        user.time_zone = time_zone
        user.save(update_fields=["time_zone"])
    prefs.save()
    pending = Nudge.objects.for_user(user).filter(status=PENDING)
    for kind in Kind.values:
        if not prefs.wants(kind):
            pending.filter(kind=kind).update(
                status=CANCELLED, cancelled_at=timezone.now(), cancel_reason="You turned these off."
            )
    for nudge in pending.exclude(kind=Kind.WEEKLY_SUMMARY):
        # Same local day as before, at the (possibly new) hour in the (possibly new) zone.
        day = schedule.local_day(nudge.due_at, old_tz)
        due = schedule.at_local(day, prefs.hour_for(nudge.kind), user.tz)
        if due != nudge.due_at:
            Nudge.objects.filter(pk=nudge.pk, status=PENDING).update(due_at=due, enqueued_at=None)
    # The weekly summary may have moved to another day: owe it afresh.
    pending.filter(kind=Kind.WEEKLY_SUMMARY).delete()
    if prefs.wants(Kind.WEEKLY_SUMMARY):
        nudge_schedule(kind=Kind.WEEKLY_SUMMARY, user=user, obj=user)
