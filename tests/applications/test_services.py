import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.db import DataError

from applications import services
from applications.models import Application, ApplicationEvent, Company, Rejection, Status
from applications.timeline import Entry, application_timeline, register
from tests import factories as f

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)


def test_it_creates_an_application_with_a_dated_first_event(user):
    app = services.application_create(
        user=user, company_name="  Acme   Ltd ", role_title=" Analyst"
    )
    assert app.company.name == "Acme Ltd"
    assert app.role_title == "Analyst"
    assert app.applied_on == dt.date(2026, 3, 10)
    [event] = app.events.all()
    assert (event.from_status, event.to_status, event.occurred_at) == ("", "applied", NOW)


def test_it_dates_a_late_evening_application_in_the_users_own_day(user):
    user.time_zone = "Pacific/Auckland"  # 01:00 on 11 March there
    app = services.application_create(user=user, company_name="Acme", role_title="Analyst")
    assert app.applied_on == dt.date(2026, 3, 11)


def test_it_reuses_a_company_whatever_its_case(user):
    first = services.application_create(user=user, company_name="Acme", role_title="A")
    second = services.application_create(user=user, company_name="ACME", role_title="B")
    assert first.company == second.company
    assert Company.objects.for_user(user).count() == 1


def test_it_never_reuses_another_users_company(user, other_user):
    theirs = f.CompanyFactory(user=other_user, name="Acme")
    mine = services.company_get_or_create(user=user, name="Acme")
    assert mine != theirs and mine.user == user


def test_it_keeps_every_status_change_as_an_event(user):
    app = f.ApplicationFactory(user=user)
    later = NOW + dt.timedelta(days=3)
    assert services.application_change_status(application=app, status=Status.SCREENING, at=later)
    app.refresh_from_db()
    assert app.status == "screening" and app.status_changed_at == later
    event = app.events.last()
    assert (event.from_status, event.to_status, event.occurred_at) == (
        "applied",
        "screening",
        later,
    )


def test_it_records_nothing_when_the_status_is_unchanged(user):
    app = f.ApplicationFactory(user=user)
    assert not services.application_change_status(application=app, status=Status.APPLIED)
    assert app.events.count() == 1


def test_it_saves_an_edit_and_records_its_status_change(user):
    app = f.ApplicationFactory(user=user, role_title="Old")
    services.application_update(
        application=app, company_name="Globex", role_title="New", status=Status.OFFER
    )
    app.refresh_from_db()
    assert (app.company.name, app.role_title, app.status) == ("Globex", "New", "offer")
    assert [e.to_status for e in app.events.all()] == ["applied", "offer"]


def test_it_saves_nothing_when_part_of_a_create_fails(user):
    with pytest.raises(DataError):
        services.application_create(user=user, company_name="New Co", role_title="x" * 300)
    assert not Company.objects.for_user(user).exists()
    assert not Application.objects.for_user(user).exists()


def test_it_withdraws_with_an_event(user):
    app = f.ApplicationFactory(user=user)
    assert services.application_withdraw(application=app)
    assert app.events.last().to_status == "withdrawn"


def test_it_moves_an_application_to_interviewing_when_an_interview_is_logged(user):
    app = f.ApplicationFactory(user=user)
    services.interview_create(
        application=app, round="technical", starts_at=NOW + dt.timedelta(days=1)
    )
    app.refresh_from_db()
    assert app.status == "interviewing"
    assert app.events.last().to_status == "interviewing"


def test_it_never_moves_an_offer_back_when_an_interview_is_logged(user):
    app = f.ApplicationFactory(user=user, status=Status.OFFER)
    services.interview_create(application=app, round="final", starts_at=NOW)
    app.refresh_from_db()
    assert app.status == "offer"


def test_it_notes_when_the_self_assessment_was_first_written(user):
    interview = f.InterviewFactory(user=user)
    services.interview_update(interview=interview, questions_asked="Tell me about you")
    assert interview.self_assessed_at is None
    services.interview_update(interview=interview, rating=4, went_well="Clear answers")
    assert interview.self_assessed_at == NOW


def test_it_marks_the_thank_you_sent_once(user):
    interview = f.InterviewFactory(user=user)
    assert services.interview_mark_thank_you_sent(interview=interview)
    assert interview.thank_you_sent_at == NOW
    assert not services.interview_mark_thank_you_sent(interview=interview, at=NOW + dt.timedelta(1))
    assert interview.thank_you_sent_at == NOW


def test_it_logs_a_rejection_at_the_furthest_stage_reached(user):
    app = f.ApplicationFactory(user=user)
    services.application_change_status(application=app, status=Status.INTERVIEWING)
    rejection = services.rejection_log(application=app, rejected_on=dt.date(2026, 3, 9))
    assert rejection.stage == "interviewing"
    app.refresh_from_db()
    assert app.status == "rejected"
    assert [e.to_status for e in app.events.all()] == ["applied", "interviewing", "rejected"]


def test_it_updates_a_rejection_instead_of_adding_a_second(user):
    app = f.ApplicationFactory(user=user)
    services.rejection_log(application=app, reason="No")
    services.rejection_log(application=app, reason="Not enough SQL")
    assert Rejection.objects.get(application=app).reason == "Not enough SQL"
    assert app.events.filter(to_status="rejected").count() == 1


def test_it_links_a_new_contact_to_the_application_and_its_company(user):
    app = f.ApplicationFactory(user=user)
    contact = services.contact_create(user=user, application=app, name="Ada", role="recruiter")
    assert contact.company == app.company
    assert list(contact.applications.all()) == [app]


def test_it_reuses_a_contact_on_another_application(user):
    contact = f.ContactFactory(user=user)
    first, second = f.ApplicationFactory(user=user), f.ApplicationFactory(user=user)
    services.contact_link(contact=contact, application=first)
    services.contact_link(contact=contact, application=second)
    assert set(contact.applications.all()) == {first, second}
    services.contact_unlink(contact=contact, application=first)
    assert list(contact.applications.all()) == [second]


def test_it_builds_a_dated_timeline_oldest_first(user):
    app = services.application_create(
        user=user,
        company_name="Acme",
        role_title="Analyst",
        at=NOW - dt.timedelta(days=20),
    )
    services.application_change_status(
        application=app, status=Status.SCREENING, at=NOW - dt.timedelta(days=15)
    )
    services.interview_create(
        application=app, round="technical", starts_at=NOW - dt.timedelta(days=10)
    )
    services.rejection_log(application=app, rejected_on=dt.date(2026, 3, 9), reason="Too junior")
    titles = [e.title for e in application_timeline(app)]
    assert titles == [
        "Added as Applied",
        "Applied → Screening",
        "Screening → Interviewing",
        "Interview: Technical",
        "Rejected at the interviewing stage",
    ]


def test_it_dates_the_status_changes_when_they_happened_not_when_logged(user):
    app = f.ApplicationFactory(
        user=user,
        applied_on=dt.date(2026, 2, 1),
        status_changed_at=dt.datetime(2026, 2, 1, 9, tzinfo=dt.UTC),
    )
    services.interview_create(
        application=app, round="technical", starts_at=NOW - dt.timedelta(days=10)
    )
    services.rejection_log(application=app, rejected_on=dt.date(2026, 3, 5))
    moves = {e.to_status: e.occurred_at for e in app.events.all()}
    assert moves["interviewing"] == NOW - dt.timedelta(days=10)
    assert moves["rejected"] == dt.datetime(2026, 3, 5, 12, tzinfo=ZoneInfo("Europe/London"))


def test_it_puts_a_same_day_rejection_after_that_days_events(user):
    app = services.application_create(user=user, company_name="Acme", role_title="Analyst")
    services.rejection_log(application=app, rejected_on=NOW.date())
    titles = [e.title for e in application_timeline(app)]
    assert titles == ["Added as Applied", "Rejected at the applied stage"]


def test_it_shows_a_backdated_application_date_on_the_timeline(user):
    app = services.application_create(
        user=user, company_name="Acme", role_title="Analyst", applied_on=dt.date(2026, 2, 1)
    )
    entries = application_timeline(app)
    assert entries[0].title == "Applied" and entries[0].date_only
    assert entries[0].at == dt.datetime(2026, 2, 1, tzinfo=ZoneInfo("Europe/London"))


def test_it_lets_other_areas_add_timeline_entries(user):
    app = f.ApplicationFactory(user=user)

    def feedback_entries(application):
        yield Entry(at=NOW, kind="feedback", title="Feedback received")

    register(feedback_entries)
    try:
        assert "Feedback received" in [e.title for e in application_timeline(app)]
    finally:
        from applications import timeline

        timeline._providers.remove(feedback_entries)


def test_it_keeps_events_when_the_status_changes_twice_in_a_row(user):
    app = f.ApplicationFactory(user=user)
    services.application_change_status(application=app, status=Status.SCREENING)
    services.application_change_status(application=app, status=Status.APPLIED)
    assert ApplicationEvent.objects.filter(application=app).count() == 3
