"""Which events owe which nudge, when, and what cancels it (the hooks in the services)."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.db import transaction

from applications import services as app_services
from applications.models import Rejection, Status
from feedback import services as feedback_services
from feedback.nudges import services
from feedback.nudges.models import Kind, Nudge, NudgeStatus
from tests import factories as f

pytestmark = pytest.mark.django_db

# A Tuesday afternoon in London (GMT in winter).
TUESDAY = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)


def owed(kind, user):
    return Nudge.objects.for_user(user).filter(kind=kind)


@time_machine.travel(TUESDAY, tick=False)
def test_it_owes_a_feedback_request_the_next_morning_at_the_users_hour(user):
    application = f.ApplicationFactory(user=user)
    rejection = app_services.rejection_log(application=application, reason="Not this time.")
    nudge = owed(Kind.REQUEST_FEEDBACK, user).get()
    assert nudge.about == rejection
    assert nudge.due_at == datetime(2026, 11, 18, 8, tzinfo=UTC)
    assert nudge.status == NudgeStatus.PENDING


@time_machine.travel(TUESDAY, tick=False)
def test_it_uses_the_users_time_zone_and_hour(user):
    user.time_zone = "America/New_York"
    user.save()
    f.NotificationSettingsFactory(user=user, send_hour=9)
    app_services.rejection_log(application=f.ApplicationFactory(user=user))
    due = owed(Kind.REQUEST_FEEDBACK, user).get().due_at
    assert due == datetime(2026, 11, 18, 14, tzinfo=UTC)  # 09:00 in New York


@time_machine.travel(TUESDAY, tick=False)
def test_it_never_owes_one_event_two_nudges(user):
    application = f.ApplicationFactory(user=user)
    rejection = app_services.rejection_log(application=application)
    app_services.rejection_log(application=application, reason="Edited later")
    services.nudge_schedule(kind=Kind.REQUEST_FEEDBACK, user=user, obj=rejection)
    assert owed(Kind.REQUEST_FEEDBACK, user).count() == 1


@time_machine.travel(TUESDAY, tick=False)
def test_it_owes_nothing_of_a_kind_the_user_turned_off(user):
    f.NotificationSettingsFactory(user=user, send_request_feedback=False)
    app_services.rejection_log(application=f.ApplicationFactory(user=user))
    assert not owed(Kind.REQUEST_FEEDBACK, user).exists()


@time_machine.travel(TUESDAY, tick=False)
def test_it_does_not_nudge_about_a_rejection_from_long_ago(user):
    application = f.ApplicationFactory(user=user)
    app_services.rejection_log(application=application, rejected_on=date(2026, 8, 1))
    assert not owed(Kind.REQUEST_FEEDBACK, user).exists()


@time_machine.travel(TUESDAY, tick=False)
def test_it_swaps_the_request_nudge_for_one_follow_up_when_the_request_is_sent(user):
    rejection = app_services.rejection_log(application=f.ApplicationFactory(user=user))
    request = f.FeedbackRequestFactory(user=user, rejection=rejection)
    feedback_services.feedback_request_mark_sent(request=request)
    assert owed(Kind.REQUEST_FEEDBACK, user).get().status == NudgeStatus.CANCELLED
    follow_up = owed(Kind.FOLLOW_UP_FEEDBACK, user).get()
    assert follow_up.about == request
    assert follow_up.due_at == datetime(2026, 11, 24, 8, tzinfo=UTC)


@time_machine.travel(TUESDAY, tick=False)
@pytest.mark.parametrize("answer", ["decline", "no_reply", "reply"])
def test_it_cancels_the_follow_up_when_an_answer_is_logged(user, answer):
    rejection = app_services.rejection_log(application=f.ApplicationFactory(user=user))
    request = f.FeedbackRequestFactory(user=user, rejection=rejection)
    feedback_services.feedback_request_mark_sent(request=request)
    if answer == "reply":
        feedback_services.feedback_record(
            rejection=rejection, text="Stronger SQL, please.", received_on=date(2026, 11, 17)
        )
    else:
        getattr(feedback_services, f"feedback_request_{answer}")(request=request)
    assert owed(Kind.FOLLOW_UP_FEEDBACK, user).get().status == NudgeStatus.CANCELLED


@time_machine.travel(TUESDAY, tick=False)
def test_it_cancels_the_request_nudge_when_the_user_dismisses_it(user):
    rejection = app_services.rejection_log(application=f.ApplicationFactory(user=user))
    request = f.FeedbackRequestFactory(user=user, rejection=rejection)
    feedback_services.feedback_request_dismiss(request=request)
    assert owed(Kind.REQUEST_FEEDBACK, user).get().status == NudgeStatus.CANCELLED


@time_machine.travel(TUESDAY, tick=False)
def test_it_owes_a_reflection_that_evening_and_a_thank_you_the_next_morning(user):
    application = f.ApplicationFactory(user=user)
    interview = app_services.interview_create(
        application=application,
        round="technical",
        starts_at=datetime(2026, 11, 19, 10, tzinfo=UTC),
        duration_minutes=60,
    )
    assert owed(Kind.REFLECT, user).get().due_at == datetime(2026, 11, 19, 19, tzinfo=UTC)
    assert owed(Kind.THANK_YOU, user).get().due_at == datetime(2026, 11, 20, 8, tzinfo=UTC)
    # Rescheduled: both move with it.
    app_services.interview_update(
        interview=interview, starts_at=datetime(2026, 11, 24, 10, tzinfo=UTC)
    )
    assert owed(Kind.REFLECT, user).get().due_at == datetime(2026, 11, 24, 19, tzinfo=UTC)


@time_machine.travel(TUESDAY, tick=False)
def test_it_cancels_interview_nudges_when_their_condition_is_met(user):
    interview = app_services.interview_create(
        application=f.ApplicationFactory(user=user),
        round="technical",
        starts_at=datetime(2026, 11, 19, 10, tzinfo=UTC),
    )
    app_services.interview_update(interview=interview, rating=4, went_well="The SQL part.")
    app_services.interview_mark_thank_you_sent(interview=interview)
    assert owed(Kind.REFLECT, user).get().status == NudgeStatus.CANCELLED
    assert owed(Kind.THANK_YOU, user).get().status == NudgeStatus.CANCELLED


@time_machine.travel(TUESDAY, tick=False)
def test_it_owes_a_follow_up_after_two_weeks_of_silence_until_the_status_changes(user):
    application = app_services.application_create(
        user=user, company_name="Acme", role_title="Data Analyst"
    )
    nudge = owed(Kind.FOLLOW_UP_SILENCE, user).get()
    assert nudge.due_at == datetime(2026, 12, 1, 8, tzinfo=UTC)
    app_services.application_change_status(application=application, status=Status.SCREENING)
    nudge.refresh_from_db()
    assert nudge.status == NudgeStatus.CANCELLED


@time_machine.travel(TUESDAY, tick=False)
def test_it_does_not_flood_an_import_of_old_applications(user):
    app_services.application_create(
        user=user, company_name="Acme", role_title="Analyst", applied_on=date(2026, 6, 1)
    )
    assert not owed(Kind.FOLLOW_UP_SILENCE, user).exists()


@time_machine.travel(TUESDAY, tick=False)
def test_it_plans_one_weekly_summary_per_user_on_their_weekday(user, other_user):
    f.NotificationSettingsFactory(user=other_user, send_weekly_summary=False)
    assert services.nudges_plan_weekly() == 1
    assert services.nudges_plan_weekly() == 0
    nudge = owed(Kind.WEEKLY_SUMMARY, user).get()
    assert nudge.due_at == datetime(2026, 11, 23, 8, tzinfo=UTC)  # next Monday
    assert nudge.occasion == "2026-W48"


@time_machine.travel(TUESDAY, tick=False)
def test_it_moves_upcoming_nudges_when_the_user_changes_zone_and_hour(user):
    app_services.rejection_log(application=f.ApplicationFactory(user=user))
    prefs = services.notification_settings_for(user)
    prefs.send_hour = 10
    services.notification_settings_save(prefs=prefs, time_zone="Europe/Berlin")
    due = owed(Kind.REQUEST_FEEDBACK, user).get().due_at
    assert due == datetime(2026, 11, 18, 9, tzinfo=UTC)  # 10:00 in Berlin


@time_machine.travel(TUESDAY, tick=False)
def test_it_cancels_what_is_owed_when_a_kind_is_turned_off(user):
    app_services.rejection_log(application=f.ApplicationFactory(user=user))
    prefs = services.notification_settings_for(user)
    prefs.send_request_feedback = False
    services.notification_settings_save(prefs=prefs, time_zone=user.time_zone)
    assert owed(Kind.REQUEST_FEEDBACK, user).get().status == NudgeStatus.CANCELLED


def test_it_keeps_the_outbox_row_inside_the_events_transaction(user):
    application = f.ApplicationFactory(user=user)
    with pytest.raises(RuntimeError), transaction.atomic():
        app_services.rejection_log(application=application)
        raise RuntimeError("the request failed after logging")
    assert not owed(Kind.REQUEST_FEEDBACK, user).exists()
    assert not Rejection.objects.filter(application=application).exists()


def test_it_keeps_hours_out_of_the_night():
    assert services.schedule.clamp_hour(2) == 7
    assert services.schedule.clamp_hour(23) == 21


def test_it_catches_up_on_an_interview_logged_the_next_day(user):
    with time_machine.travel(datetime(2026, 11, 18, 12, tzinfo=UTC), tick=False):
        app_services.interview_create(
            application=f.ApplicationFactory(user=user),
            round="phone_screen",
            starts_at=datetime(2026, 11, 17, 10, tzinfo=UTC),
        )
        thank_you = owed(Kind.THANK_YOU, user).get()
    # Due yesterday at 8: still worth it, so it goes out now (daytime), not never.
    assert thank_you.due_at == datetime(2026, 11, 18, 12, tzinfo=UTC)
    assert thank_you.due_at - datetime(2026, 11, 18, 8, tzinfo=UTC) < timedelta(hours=5)
