"""The nudges page, the settings page, and the signed links from the emails."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import signing
from django.test import Client
from django.urls import reverse

from feedback.nudges import emails, services, tokens
from feedback.nudges.models import Action, Kind, Nudge, NudgeStatus
from tests import factories as f

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 18, 10, tzinfo=UTC)


@pytest.fixture
def sent_nudge(user):
    interview = f.InterviewFactory(
        user=user,
        starts_at=NOW - timedelta(days=1),
        application__role_title="Data Analyst",
        application__company__name="Acme",
    )
    return f.NudgeFactory(
        user=user, about=interview, status=NudgeStatus.SENT, due_at=NOW, sent_at=NOW
    )


def path_of(nudge, action):
    return emails.link(nudge, action).removeprefix("http://localhost:8000")


@pytest.mark.parametrize("htmx", [False, True])
def test_it_lists_upcoming_sent_and_failed_nudges_with_why(client_for, user, sent_nudge, htmx):
    f.NudgeFactory(user=user, kind=Kind.REFLECT, about=sent_nudge.about)
    f.NudgeFactory(
        user=user,
        kind=Kind.FOLLOW_UP_SILENCE,
        about=sent_nudge.about.application,
        status=NudgeStatus.FAILED,
        last_error="The mail server refused the connection.",
    )
    f.NudgeFactory(user=f.UserFactory(), kind=Kind.REFLECT)  # someone else's
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client_for(user).get(reverse("nudge_list"), **headers)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Data Analyst at Acme" in html
    assert "The mail server refused the connection." in html
    assert html.count("Reflect on the interview") == 1
    assert ("<nav" in html) is not htmx


def test_it_dismisses_an_upcoming_nudge(client_for, user):
    nudge = f.NudgeFactory(user=user)
    response = client_for(user).post(reverse("nudge_dismiss", args=[nudge.pk]))
    assert response.status_code == 302
    nudge.refresh_from_db()
    assert nudge.status == NudgeStatus.CANCELLED


def test_it_does_not_let_anyone_touch_another_users_nudge(client_for, user, other_user):
    nudge = f.NudgeFactory(user=other_user)
    assert client_for(user).post(reverse("nudge_dismiss", args=[nudge.pk])).status_code == 404
    assert client_for(user).post(reverse("nudge_retry", args=[nudge.pk])).status_code == 404


def test_it_tries_a_failed_nudge_again(client_for, user, django_capture_on_commit_callbacks):
    nudge = f.NudgeFactory(user=user, status=NudgeStatus.FAILED, attempts=8)
    with django_capture_on_commit_callbacks():
        client_for(user).post(reverse("nudge_retry", args=[nudge.pk]), HTTP_HX_REQUEST="true")
    nudge.refresh_from_db()
    assert nudge.status == NudgeStatus.PENDING and nudge.attempts == 0


def test_it_does_not_change_anything_on_get(client_for, user):
    nudge = f.NudgeFactory(user=user)
    assert client_for(user).get(reverse("nudge_dismiss", args=[nudge.pk])).status_code == 405


@pytest.mark.parametrize("htmx", [False, True])
def test_it_shows_the_settings_with_the_users_time_zone(client_for, user, htmx):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    html = client_for(user).get(reverse("notification_settings"), **headers).content.decode()
    assert 'value="Europe/London" selected' in html
    assert "Weekly summary on" in html


@time_machine.travel(NOW, tick=False)
def test_it_saves_settings_and_explains_a_bad_pause_date(client_for, user):
    client = client_for(user)
    data = {
        "send_thank_you": "on",
        "time_zone": "Asia/Tokyo",
        "send_hour": "9",
        "reflect_hour": "20",
        "summary_weekday": "4",
        "paused_until": "2026-11-01",
    }
    response = client.post(reverse("notification_settings"), data)
    assert "Pick a day after today" in response.content.decode()
    data["paused_until"] = "2026-12-01"
    assert client.post(reverse("notification_settings"), data).status_code == 302
    user.refresh_from_db()
    prefs = services.notification_settings_for(user)
    assert user.time_zone == "Asia/Tokyo"
    assert (prefs.send_hour, prefs.summary_weekday, prefs.send_reflect) == (9, 4, False)


def test_it_refuses_an_hour_at_night(client_for, user):
    data = {"time_zone": "UTC", "send_hour": "3", "reflect_hour": "19", "summary_weekday": "0"}
    response = client_for(user).post(reverse("notification_settings"), data)
    assert response.status_code == 200
    assert services.notification_settings_for(user).send_hour == 8


# The signed links --------------------------------------------------------------------


def test_it_shows_a_confirmation_before_acting_and_needs_no_login(sent_nudge):
    client = Client()
    response = client.get(path_of(sent_nudge, Action.DONE))
    assert response.status_code == 200
    assert "Yes, I've done it" in response.content.decode()
    sent_nudge.refresh_from_db()
    assert sent_nudge.acted_at is None  # a mail scanner opening the link changes nothing


@time_machine.travel(NOW, tick=False)
def test_it_marks_the_thank_you_sent_when_the_user_says_done(sent_nudge):
    response = Client().post(path_of(sent_nudge, Action.DONE))
    assert response.status_code == 200
    sent_nudge.refresh_from_db()
    sent_nudge.about.refresh_from_db()
    assert sent_nudge.action == Action.DONE
    assert sent_nudge.about.thank_you_sent_at == NOW


@time_machine.travel(NOW, tick=False)
def test_it_reminds_again_in_three_days(sent_nudge):
    response = Client().post(path_of(sent_nudge, Action.SNOOZE))
    assert "Saturday 21 November" in response.content.decode()
    reminder = Nudge.objects.get(kind=Kind.THANK_YOU, occasion="remind-1")
    assert reminder.due_at == datetime(2026, 11, 21, 8, tzinfo=UTC)


def test_it_stops_the_kind_with_one_click_and_no_csrf_token(sent_nudge, user):
    pending = f.NudgeFactory(user=user, kind=Kind.THANK_YOU)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        path_of(sent_nudge, Action.STOP),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not services.notification_settings_for(user).send_thank_you
    pending.refresh_from_db()
    assert pending.status == NudgeStatus.CANCELLED
    # Mail clients may send it twice; the second time is fine too.
    assert client.post(path_of(sent_nudge, Action.STOP)).status_code == 200


def test_it_refuses_a_reused_link(sent_nudge):
    client = Client()
    assert client.post(path_of(sent_nudge, Action.DONE)).status_code == 200
    for action in (Action.DONE, Action.SNOOZE):
        response = client.post(path_of(sent_nudge, action))
        assert response.status_code == 409
        assert "already been used" in response.content.decode()
    assert Nudge.objects.filter(occasion__startswith="remind").count() == 0


def test_it_refuses_an_expired_link(sent_nudge):
    path = path_of(sent_nudge, Action.SNOOZE)
    with time_machine.travel(datetime.now(UTC) + tokens.MAX_AGE + timedelta(minutes=1)):
        response = Client().post(path)
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert Nudge.objects.count() == 1


def test_it_refuses_a_tampered_link(sent_nudge, other_user):
    token = tokens.make(nudge_id=sent_nudge.pk, user_id=sent_nudge.user_id, action=Action.DONE)
    other = f.NudgeFactory(user=other_user)
    payload, stamp, signature = token.split(":")
    other_payload = signing.b64_encode(
        signing.JSONSerializer().dumps({"n": other.pk, "u": other_user.pk, "a": "done"})
    ).decode()
    for path in (
        reverse("nudge_done", args=[f"{payload}:{stamp}:{signature[:-3]}abc"]),
        # The signature can't be moved onto another nudge.
        reverse("nudge_done", args=[f"{other_payload}:{stamp}:{signature}"]),
        # A valid "done" token doesn't work as "stop": one purpose per link.
        reverse("nudge_stop", args=[token]),
    ):
        response = Client().post(path)
        assert response.status_code == 400, path
        assert "was changed" in response.content.decode()
    for nudge in (sent_nudge, other):
        nudge.refresh_from_db()
        assert nudge.acted_at is None
    assert services.notification_settings_for(sent_nudge.user).send_thank_you


def test_it_refuses_another_users_link(sent_nudge, other_user, client_for):
    response = client_for(other_user).post(path_of(sent_nudge, Action.DONE))
    assert response.status_code == 403
    assert "someone else" in response.content.decode()
    sent_nudge.refresh_from_db()
    assert sent_nudge.acted_at is None
