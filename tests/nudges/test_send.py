"""Sending one nudge: the claim, the re-check, the email, retries and the sweep."""

import smtplib
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from kombu.exceptions import OperationalError

from applications import services as app_services
from feedback.nudges import services, tasks
from feedback.nudges.models import Kind, Nudge, NudgeStatus
from tests import factories as f

pytestmark = pytest.mark.django_db

MORNING = datetime(2026, 11, 18, 8, 0, 30, tzinfo=UTC)


@pytest.fixture
def rejection_nudge(user):
    with time_machine.travel(datetime(2026, 11, 17, 15, tzinfo=UTC), tick=False):
        application = f.ApplicationFactory(
            user=user, role_title="Data Analyst", company__name="Acme & Sons"
        )
        app_services.rejection_log(application=application)
    return Nudge.objects.get(user=user, kind=Kind.REQUEST_FEEDBACK)


def send(nudge):
    return services.nudge_send(nudge_id=nudge.pk)


@time_machine.travel(MORNING, tick=False)
def test_it_sends_a_clear_email_with_both_parts_and_one_click_unsubscribe(rejection_nudge, user):
    assert send(rejection_nudge) == "sent"
    [message] = mail.outbox
    assert message.to == [user.email]
    assert message.subject == "Ask Acme & Sons for feedback on the Data Analyst role"
    assert "Acme & Sons" in message.body and "Data Analyst" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Acme &amp; Sons" in html
    assert "Thank you" in message.body or "thank you" in message.body  # the ready draft
    headers = message.extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["List-Unsubscribe"].startswith("<http://localhost:8000/nudges/link/stop/")
    rejection_nudge.refresh_from_db()
    assert rejection_nudge.status == NudgeStatus.SENT
    assert rejection_nudge.sent_at == MORNING
    assert headers["Message-ID"] == rejection_nudge.message_id
    for label in ("I've done it:", "Remind me in 3 days:", "Stop these emails:"):
        assert label in message.body


@time_machine.travel(MORNING, tick=False)
def test_it_sends_a_nudge_once_however_often_it_is_asked(rejection_nudge):
    assert send(rejection_nudge) == "sent"
    assert send(rejection_nudge) == "not claimed"
    assert len(mail.outbox) == 1


def test_it_does_not_send_before_the_due_time(rejection_nudge):
    with time_machine.travel(MORNING - timedelta(minutes=5), tick=False):
        assert send(rejection_nudge) == "not claimed"
    assert mail.outbox == []


@time_machine.travel(MORNING, tick=False)
def test_it_sends_nothing_when_the_condition_was_met_before_the_due_time(rejection_nudge, user):
    # The cancel hook is bypassed on purpose: the sender re-checks by itself.
    request = f.FeedbackRequestFactory(user=user, rejection=rejection_nudge.about)
    request.mark_sent(timezone.now())
    assert send(rejection_nudge) == "cancelled"
    assert mail.outbox == []
    rejection_nudge.refresh_from_db()
    assert rejection_nudge.status == NudgeStatus.CANCELLED
    assert rejection_nudge.cancel_reason


@time_machine.travel(MORNING, tick=False)
def test_it_holds_nudges_during_a_pause(rejection_nudge, user):
    prefs = services.notification_settings_for(user)
    prefs.paused_until = datetime(2026, 11, 25).date()
    prefs.save()
    assert send(rejection_nudge) == "paused"
    rejection_nudge.refresh_from_db()
    assert rejection_nudge.status == NudgeStatus.PENDING
    assert rejection_nudge.due_at == datetime(2026, 11, 25, 8, tzinfo=UTC)
    assert mail.outbox == []


class Refusing:
    """An email backend whose server answers with the given error."""

    error: Exception = smtplib.SMTPServerDisconnected("gone")
    calls = 0

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        Refusing.calls += 1
        raise Refusing.error


@pytest.fixture
def refusing(settings, monkeypatch):
    settings.EMAIL_BACKEND = "tests.nudges.test_send.Refusing"
    Refusing.calls = 0
    monkeypatch.setattr(
        "django.core.mail.message.EmailMessage.get_connection", lambda *a, **k: Refusing()
    )
    return Refusing


@time_machine.travel(MORNING, tick=False)
def test_it_puts_a_nudge_back_for_a_retry_after_a_temporary_error(rejection_nudge, refusing):
    refusing.error = smtplib.SMTPResponseException(421, b"Try again later")
    with pytest.raises(smtplib.SMTPResponseException):
        send(rejection_nudge)
    rejection_nudge.refresh_from_db()
    assert rejection_nudge.status == NudgeStatus.PENDING
    assert rejection_nudge.attempts == 1
    assert "421" in rejection_nudge.last_error
    assert rejection_nudge.message_id  # kept for the next attempt


@time_machine.travel(MORNING, tick=False)
def test_it_marks_a_nudge_failed_after_the_last_attempt(rejection_nudge, refusing, settings):
    settings.NUDGE_MAX_ATTEMPTS = 2
    refusing.error = ConnectionRefusedError(111, "Connection refused")
    with pytest.raises(ConnectionRefusedError):
        send(rejection_nudge)
    assert send(rejection_nudge) == "failed"
    rejection_nudge.refresh_from_db()
    assert rejection_nudge.status == NudgeStatus.FAILED
    assert rejection_nudge.last_error == "The mail server refused the connection."


@time_machine.travel(MORNING, tick=False)
def test_it_does_not_retry_a_permanent_refusal(rejection_nudge, refusing):
    refusing.error = smtplib.SMTPRecipientsRefused({"x@example.com": (550, b"No such user")})
    assert send(rejection_nudge) == "failed"
    assert refusing.calls == 1


def test_it_sweeps_a_nudge_stuck_in_sending_back_to_pending(rejection_nudge, settings):
    claimed = MORNING
    Nudge.objects.filter(pk=rejection_nudge.pk).update(status="sending", claimed_at=claimed)
    with time_machine.travel(claimed + timedelta(seconds=settings.NUDGE_LEASE_SECONDS - 1)):
        assert services.nudges_sweep_stuck() == 0
    with time_machine.travel(claimed + timedelta(seconds=settings.NUDGE_LEASE_SECONDS + 1)):
        assert services.nudges_sweep_stuck() == 1
    rejection_nudge.refresh_from_db()
    assert rejection_nudge.status == NudgeStatus.PENDING


@time_machine.travel(MORNING, tick=False)
def test_it_hands_each_due_nudge_over_once_per_lease(rejection_nudge, monkeypatch):
    handed = []
    monkeypatch.setattr(
        tasks.nudge_send_task, "apply_async", lambda args, **kw: handed.append(args)
    )
    f.NudgeFactory(user=rejection_nudge.user, due_at=MORNING + timedelta(hours=1))
    assert services.nudges_dispatch_due() == 1
    assert services.nudges_dispatch_due() == 0
    assert handed == [(rejection_nudge.pk,)]


@time_machine.travel(MORNING, tick=False)
def test_it_keeps_nudges_pending_while_the_broker_is_down(rejection_nudge, monkeypatch):
    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:1. Connection refused.")

    monkeypatch.setattr(tasks.nudge_send_task, "apply_async", broker_down)
    assert services.nudges_dispatch_due() == 0
    rejection_nudge.refresh_from_db()
    assert rejection_nudge.status == NudgeStatus.PENDING
    assert rejection_nudge.enqueued_at is None  # the next dispatcher run tries again


@time_machine.travel(MORNING, tick=False)
@pytest.mark.parametrize("kind", [k for k in Kind.values if k != Kind.REQUEST_FEEDBACK])
def test_it_writes_every_kind_of_nudge(user, kind):
    interview = f.InterviewFactory(user=user, starts_at=MORNING - timedelta(days=1))
    rejection = f.RejectionFactory(user=user)
    request = f.FeedbackRequestFactory(
        user=user, rejection=rejection, status="sent", sent_at=MORNING - timedelta(days=7)
    )
    about = {
        Kind.FOLLOW_UP_FEEDBACK: request,
        Kind.THANK_YOU: interview,
        Kind.REFLECT: interview,
        Kind.FOLLOW_UP_SILENCE: f.ApplicationFactory(user=user),
        Kind.WEEKLY_SUMMARY: user,
    }[kind]
    nudge = f.NudgeFactory(user=user, kind=kind, about=about, due_at=MORNING)
    assert send(nudge) == "sent"
    [message] = mail.outbox
    assert message.subject and message.body and message.alternatives
    if kind != Kind.WEEKLY_SUMMARY:
        application = (
            about
            if kind == Kind.FOLLOW_UP_SILENCE
            else (request.rejection.application if about == request else interview.application)
        )
        assert application.company.name in message.subject
        assert application.role_title in message.subject
        assert "I've done it" in message.body


@pytest.fixture
def eager():
    """Tasks run in this process as they are enqueued."""
    from config.celery import app

    before = app.conf.get("task_always_eager")
    app.conf.update(task_always_eager=True)
    yield
    app.conf.update(task_always_eager=before)


def test_it_emails_a_logged_rejection_the_next_morning_at_the_users_hour_once(
    client_for, user, eager
):
    user.time_zone = "America/New_York"
    user.save()
    with time_machine.travel(datetime(2026, 11, 17, 20, tzinfo=UTC), tick=False):  # 15:00 local
        application = f.ApplicationFactory(user=user, company__name="Acme", role_title="Analyst")
        response = client_for(user).post(
            f"/applications/{application.pk}/rejection/",
            {"rejected_on": "2026-11-17", "stage": "applied", "channel": "email"},
        )
        assert response.status_code == 302
    for hour, minute in [(12, 59), (13, 0), (13, 1), (14, 0)]:  # 07:59 … 09:00 in New York
        with time_machine.travel(datetime(2026, 11, 18, hour, minute, tzinfo=UTC), tick=False):
            services.nudges_sweep_stuck()
            services.nudges_dispatch_due()
        assert len(mail.outbox) == (0 if (hour, minute) < (13, 0) else 1)
    assert mail.outbox[0].subject == "Ask Acme for feedback on the Analyst role"


@time_machine.travel(MORNING, tick=False)
def test_it_gives_back_a_chunk_it_cannot_finish_within_half_a_lease(user, settings, monkeypatch):
    nudges = [f.NudgeFactory(user=user, due_at=MORNING) for _ in range(3)]
    settings.NUDGE_LEASE_SECONDS = 0  # every step is already "too slow"
    tasks.nudges_send_chunk_task([n.pk for n in nudges])
    assert mail.outbox == []
    for nudge in nudges:
        nudge.refresh_from_db()
        assert (nudge.status, nudge.attempts) == (NudgeStatus.PENDING, 0)


@time_machine.travel(MORNING, tick=False)
def test_it_sends_a_chunk_and_retries_only_the_one_that_failed(user, monkeypatch):
    nudges = [f.NudgeFactory(user=user, due_at=MORNING) for _ in range(3)]
    real_send, retried = services.mailer.send, []

    def flaky(message):
        if message.extra_headers["Message-ID"] == Nudge.objects.get(pk=nudges[1].pk).message_id:
            raise smtplib.SMTPServerDisconnected("dropped")
        real_send(message)

    monkeypatch.setattr(services.mailer, "send", flaky)
    monkeypatch.setattr(
        tasks.nudge_send_task, "apply_async", lambda args, **kw: retried.append(args)
    )
    tasks.nudges_send_chunk_task([n.pk for n in nudges])
    assert len(mail.outbox) == 2
    assert retried == [(nudges[1].pk,)]
    assert Nudge.objects.get(pk=nudges[1].pk).status == NudgeStatus.PENDING
