"""The demo account's feedback loop: every state on show, the same on every run."""

import io
from datetime import UTC, datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command

from feedback.models import Feedback, FeedbackRequest, Reflection, RequestStatus

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def _seed():
    with time_machine.travel(NOW, tick=False):
        call_command("seed_demo", stdout=io.StringIO())
    return get_user_model().objects.get(username="demo")


def _summary(user):
    requests = FeedbackRequest.objects.for_user(user).select_related("rejection__application")
    return sorted(
        (fr.rejection.application.company.name, fr.status, bool(fr.dismissed_at)) for fr in requests
    )


def test_it_shows_requests_in_every_state_with_real_feedback_and_notes():
    user = _seed()
    requests = FeedbackRequest.objects.for_user(user)

    assert set(requests.values_list("status", flat=True)) == set(RequestStatus.values)
    assert requests.filter(followed_up_at__isnull=False).exists()
    assert requests.filter(dismissed_at__isnull=False).exists()
    for fr in requests.exclude(sent_at=None):
        assert fr.created_at <= fr.sent_at <= NOW
        assert fr.replied_at is None or fr.sent_at <= fr.replied_at <= NOW
    texts = list(Feedback.objects.for_user(user).values_list("text", flat=True))
    assert len(texts) >= 6
    assert sum("example" in t for t in texts) >= 3  # a weakness that keeps coming back
    assert sum("system design" in t for t in texts) >= 2
    assert Reflection.objects.for_user(user).filter(interview__isnull=False).count() >= 4


def test_it_seeds_the_same_rows_on_every_run():
    first = _summary(_seed())
    assert first == _summary(_seed())
