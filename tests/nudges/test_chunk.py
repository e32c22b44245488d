"""Sending a chunk of nudges: claimed and loaded in a few queries, each row marked on its own."""

import email
from datetime import UTC, datetime

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback.nudges import services, tasks
from feedback.nudges.models import Nudge, NudgeStatus
from tests import factories as f

pytestmark = pytest.mark.django_db

MORNING = datetime(2026, 11, 18, 8, 0, 30, tzinfo=UTC)


def due_nudges(count: int, users: int = 5) -> list[Nudge]:
    people = [f.UserFactory() for _ in range(users)]
    for person in people:
        f.NotificationSettingsFactory(user=person)
    return [f.NudgeFactory(user=people[i % users], due_at=MORNING) for i in range(count)]


def queries_to_send(nudges) -> int:
    with CaptureQueriesContext(connection) as queries:
        tasks.nudges_send_chunk_task([n.pk for n in nudges])
    assert len(mail.outbox) == len(nudges)
    mail.outbox.clear()
    return len(queries)


@time_machine.travel(MORNING, tick=False)
def test_it_sends_a_chunk_in_a_few_queries_plus_one_mark_per_message():
    small, large = due_nudges(5), due_nudges(25)
    # Each row is marked sent on its own, right after its message is accepted (see
    # services.nudge_deliver); everything else is per chunk, whatever its size.
    assert queries_to_send(large) - queries_to_send(small) == 20
    ids = [n.pk for n in due_nudges(25)]
    with CaptureQueriesContext(connection) as queries:
        tasks.nudges_send_chunk_task(ids)
    per_row = [q["sql"] for q in queries if q["sql"].startswith('UPDATE "nudges_nudge"')]
    assert len(per_row) == 26  # the claim, then one mark per message
    # The claim (one statement), then the nudges, their interviews and interviewers.
    assert len(queries) - 25 <= 4
    assert set(Nudge.objects.values_list("status", flat=True)) == {NudgeStatus.SENT}


@time_machine.travel(MORNING, tick=False)
def test_it_claims_a_chunk_once_however_many_tasks_carry_it():
    nudges = due_nudges(4)
    ids = [n.pk for n in nudges]
    claimed = services.nudges_claim(nudge_ids=ids)
    assert [n.pk for n, _ in claimed] == ids
    assert services.nudges_claim(nudge_ids=ids) == []
    rows = Nudge.objects.filter(pk__in=ids)
    assert {(r.status, r.attempts) for r in rows} == {(NudgeStatus.SENDING, 1)}
    assert len({r.message_id for r in rows}) == 4  # fixed at the claim, one each
    assert {n.message_id for n, _ in claimed} == {r.message_id for r in rows}


@time_machine.travel(MORNING, tick=False)
def test_it_marks_what_was_accepted_sent_even_when_a_later_send_blows_up(monkeypatch):
    nudges = due_nudges(4)
    real_send = services.mailer.send

    def breaks_on_third(message):
        if len(mail.outbox) == 2:
            raise RuntimeError("worker bug")
        real_send(message)

    monkeypatch.setattr(services.mailer, "send", breaks_on_third)
    with pytest.raises(RuntimeError):
        tasks.nudges_send_chunk_task([n.pk for n in nudges])
    statuses = [Nudge.objects.get(pk=n.pk).status for n in nudges]
    # Each accepted message's row is already marked; the one in flight and the rest stay
    # claimed until the sweep returns them after the lease.
    assert statuses == [NudgeStatus.SENT, NudgeStatus.SENT] + [NudgeStatus.SENDING] * 2
    sent = Nudge.objects.get(pk=nudges[0].pk)
    assert sent.sent_at == MORNING and sent.claimed_at is None


@time_machine.travel(MORNING, tick=False)
def test_it_writes_each_message_of_a_chunk_whole_with_its_own_message_id():
    nudges = due_nudges(2)
    tasks.nudges_send_chunk_task([n.pk for n in nudges])
    written = [email.message_from_bytes(m.message().as_bytes()) for m in mail.outbox]
    for message in written:
        assert [p.get_content_type() for p in message.get_payload()] == [
            "text/plain",
            "text/html",
        ]
    assert len({m.get_boundary() for m in written}) == 2
    assert [m["Message-ID"] for m in written] == [
        Nudge.objects.get(pk=n.pk).message_id for n in nudges
    ]
