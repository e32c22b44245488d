"""Nudges through real parts: a Celery worker process (with beat) on a real Redis broker,
sending through Django's SMTP backend to a real SMTP server started by the test."""

import re
from collections import Counter
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from applications.models import Status
from feedback.nudges import services
from feedback.nudges.models import Kind, Nudge, NudgeStatus
from tests import factories as f
from tests.nudges.conftest import publishing_to
from tests.nudges.ports import wait_until

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def due_now(**kwargs):
    return f.NudgeFactory(due_at=timezone.now() - timedelta(seconds=1), **kwargs)


def statuses():
    return Counter(Nudge.objects.values_list("status", flat=True))


def text_part(message):
    return message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")


def test_it_delivers_a_nudge_with_both_parts_headers_and_working_links(real_parts):
    redis, smtp, workers = real_parts
    redis.start()
    smtp.start()
    user = f.UserFactory(email="sam@example.com")
    application = f.ApplicationFactory(
        user=user, role_title="Data Analyst", company__name="Acme", status=Status.REJECTED
    )
    rejection = f.RejectionFactory(user=user, application=application)
    nudge = due_now(user=user, kind=Kind.REQUEST_FEEDBACK, about=rejection)
    workers.start()

    wait_until(lambda: smtp.count() == 1, 60, "the nudge to arrive")
    [message] = smtp.messages()
    assert message["X-Rcpt-To"] == "sam@example.com"
    assert message["To"] == "sam@example.com"
    assert message["Subject"] == "Ask Acme for feedback on the Data Analyst role"
    assert message.get_body(preferencelist=("html",)) is not None
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    wait_until(lambda: Nudge.objects.get(pk=nudge.pk).status == NudgeStatus.SENT, 10, "sent")
    nudge.refresh_from_db()
    assert message["Message-ID"] == nudge.message_id

    text = text_part(message)
    links = dict(
        re.findall(r"^(I've done it|Remind me in 3 days|Stop these emails): (\S+)$", text, re.M)
    )
    assert set(links) == {"I've done it", "Remind me in 3 days", "Stop these emails"}
    assert message["List-Unsubscribe"].strip() == f"<{links['Stop these emails']}>"
    client = Client()
    snooze = links["Remind me in 3 days"].removeprefix("http://localhost:8000")
    assert client.get(snooze).status_code == 200
    assert client.post(snooze).status_code == 200
    assert Nudge.objects.filter(kind=Kind.REQUEST_FEEDBACK, occasion="remind-1").exists()
    stop = links["Stop these emails"].removeprefix("http://localhost:8000")
    assert (
        client.post(
            stop, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded"
        ).status_code
        == 200
    )
    assert not services.notification_settings_for(user).send_request_feedback


def test_it_delivers_each_nudge_once_when_a_worker_is_killed_mid_batch(real_parts):
    redis, smtp, workers = real_parts
    redis.start()
    smtp.start()
    users = [f.UserFactory() for _ in range(10)]
    total = 300
    for i in range(total):
        due_now(user=users[i % 10])
    first = workers.start(concurrency=2)
    wait_until(lambda: smtp.count() >= 40, 60, "the batch to be under way")
    workers.kill(first)
    killed_at = smtp.count()
    assert killed_at < total, "the worker finished before it could be killed"
    workers.start(concurrency=2)

    wait_until(lambda: statuses()[NudgeStatus.SENT] == total, 120, "every nudge to be sent")
    received = Counter(m["Message-ID"] for m in smtp.messages())
    expected = set(Nudge.objects.values_list("message_id", flat=True))
    # Every nudge arrived, under the one Message-ID it holds; none was sent under two ids.
    assert set(received) == expected and len(expected) == total
    # A message the server accepted in the instant before the kill, with its row not yet
    # marked sent, is sent again under the same Message-ID, which mail clients fold into
    # one. At most one such message per killed pool process.
    resent = sum(n - 1 for n in received.values())
    assert resent <= 2, received.most_common(3)


def test_it_survives_a_broker_outage_without_breaking_the_web(real_parts, client_for):
    redis, smtp, workers = real_parts
    redis.start()
    smtp.start()
    user = f.UserFactory()
    application = f.ApplicationFactory(user=user, role_title="Data Analyst")
    failed = due_now(user=user, kind=Kind.FOLLOW_UP_SILENCE, about=f.ApplicationFactory(user=user))
    Nudge.objects.filter(pk=failed.pk).update(status=NudgeStatus.FAILED, attempts=4)
    workers.start()
    redis.stop()

    client = client_for(user)
    with publishing_to(redis.url):
        response = client.post(
            reverse("rejection_log", args=[application.pk]),
            {"rejected_on": timezone.localdate(), "stage": "applied", "channel": "email"},
        )
        assert response.status_code == 302  # logged, with the broker down
        # "Try again" publishes straight away; with no broker it must still succeed.
        assert client.post(reverse("nudge_retry", args=[failed.pk])).status_code == 302
        # The morning comes while the broker is still down: the dispatcher can't hand
        # anything over, and the rows simply stay pending.
        nudge = Nudge.objects.get(kind=Kind.REQUEST_FEEDBACK)
        Nudge.objects.filter(pk=nudge.pk).update(due_at=timezone.now())
        assert services.nudges_dispatch_due() == 0
    assert statuses()[NudgeStatus.PENDING] == 2

    redis.start()  # same port, empty: whatever was queued before is gone
    wait_until(lambda: statuses()[NudgeStatus.SENT] == 2, 90, "both nudges after the outage")
    subjects = Counter(m["Subject"] for m in smtp.messages())
    assert len(smtp.messages()) == 2
    assert subjects[f"Ask {application.company.name} for feedback on the Data Analyst role"] == 1


def test_it_retries_while_the_smtp_server_refuses_and_delivers_once_it_is_back(real_parts):
    redis, smtp, workers = real_parts
    redis.start()
    smtp.start(refuse=True)
    nudge = due_now()
    workers.start(NUDGE_MAX_ATTEMPTS="8")
    wait_until(lambda: Nudge.objects.get(pk=nudge.pk).attempts >= 2, 60, "two refused attempts")
    assert "421" in Nudge.objects.get(pk=nudge.pk).last_error
    smtp.stop()
    smtp.start()
    wait_until(lambda: Nudge.objects.get(pk=nudge.pk).status == NudgeStatus.SENT, 60, "delivery")
    nudge.refresh_from_db()
    assert smtp.count() == 1
    assert nudge.attempts >= 3 and nudge.last_error == ""


def test_it_marks_a_nudge_failed_when_the_smtp_server_never_comes_back(real_parts, client_for):
    redis, smtp, workers = real_parts
    redis.start()  # the SMTP server is never started: every connection is refused
    nudge = due_now()
    workers.start()
    wait_until(lambda: Nudge.objects.get(pk=nudge.pk).status == NudgeStatus.FAILED, 60, "failure")
    nudge.refresh_from_db()
    assert nudge.attempts == 4
    html = client_for(nudge.user).get(reverse("nudge_list")).content.decode()
    assert "Couldn" in html and "The mail server refused the connection." in html


def test_it_sends_nothing_when_the_condition_is_met_before_the_due_time(real_parts):
    redis, smtp, workers = real_parts
    redis.start()
    smtp.start()
    soon = timezone.now() + timedelta(seconds=4)
    through_hook = f.NudgeFactory(due_at=soon)
    behind_its_back = f.NudgeFactory(due_at=soon)
    control = f.NudgeFactory(due_at=soon)
    workers.start()
    from applications import services as app_services

    app_services.interview_mark_thank_you_sent(interview=through_hook.about)
    # Written straight to the row, so only the sender's own re-check can notice.
    type(behind_its_back.about).objects.filter(pk=behind_its_back.about.pk).update(
        thank_you_sent_at=timezone.now()
    )
    wait_until(lambda: Nudge.objects.get(pk=control.pk).status == NudgeStatus.SENT, 60, "control")
    wait_until(lambda: statuses()[NudgeStatus.PENDING] == 0, 30, "the others to be settled")
    assert [m["Message-ID"] for m in smtp.messages()] == [
        Nudge.objects.get(pk=control.pk).message_id
    ]
    assert statuses() == {NudgeStatus.SENT: 1, NudgeStatus.CANCELLED: 2}
