import datetime as dt

import pytest

from applications.forms import (
    ApplicationFilterForm,
    ApplicationForm,
    CompanyForm,
    ContactPickForm,
    InterviewForm,
    QuickAddForm,
    RejectionForm,
)
from tests import factories as f

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)


def application_data(**overrides):
    data = {"company": "Acme", "role_title": "Analyst", "status": "applied"}
    data.update(overrides)
    return data


def errors(form):
    form.is_valid()
    return {name: " ".join(messages) for name, messages in form.errors.items()}


def test_it_asks_for_the_company_and_role_in_quick_add():
    assert errors(QuickAddForm({"company": " ", "role_title": ""})) == {
        "company": "Which company is it? Type its name.",
        "role_title": "What role is it? A rough title is fine.",
    }


def test_it_needs_only_company_and_role_in_quick_add():
    assert QuickAddForm(
        {"company": "Acme", "role_title": "Analyst", "status": "applied"}
    ).is_valid()


def test_it_explains_a_salary_minimum_above_the_maximum(user):
    form = ApplicationForm(application_data(salary_min="60000", salary_max="50000"), user=user)
    assert errors(form) == {
        "salary_min": "The minimum salary is higher than the maximum. Swap them?"
    }


def test_it_explains_an_invalid_job_url(user):
    form = ApplicationForm(application_data(job_url="not a url"), user=user)
    assert errors(form) == {"job_url": "That doesn't look like a web address. Start with https://"}


@pytest.mark.parametrize("value", ["0", "6"])
def test_it_explains_excitement_out_of_range(user, value):
    form = ApplicationForm(application_data(excitement=value), user=user)
    assert errors(form) == {"excitement": "Excitement goes from 1 to 5."}


def test_it_explains_an_empty_company_and_role(user):
    form = ApplicationForm(application_data(company="", role_title=""), user=user)
    assert errors(form) == {
        "company": "Which company is it? Type its name.",
        "role_title": "What role is it? A rough title is fine.",
    }


def test_it_refuses_an_application_date_in_the_future(user):
    form = ApplicationForm(application_data(applied_on="2026-03-20"), user=user)
    assert errors(form) == {"applied_on": "That date is in the future. When did you apply?"}


def test_it_refuses_an_application_date_after_its_interviews(user):
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 1))
    f.InterviewFactory(user=user, application=app, starts_at=NOW - dt.timedelta(days=6))
    form = ApplicationForm(application_data(applied_on="2026-03-08"), instance=app, user=user)
    assert "You had an interview on 4 Mar 2026" in errors(form)["applied_on"]


def test_it_refuses_a_currency_that_is_not_three_letters(user):
    form = ApplicationForm(application_data(currency="euros"), user=user)
    assert errors(form) == {"currency": "Use the three-letter code, like EUR, USD or GBP."}


def test_it_offers_only_the_users_own_contacts_as_referrer(user, other_user):
    theirs = f.ContactFactory(user=other_user)
    form = ApplicationForm(application_data(referral_contact=str(theirs.pk)), user=user)
    assert "referral_contact" in errors(form)


def test_it_refuses_an_interview_before_the_application_date(user):
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 5))
    form = InterviewForm(
        {"round": "technical", "starts_at": "2026-03-04T10:00", "duration_minutes": "60"},
        application=app,
    )
    assert errors(form) == {
        "starts_at": "That's before you applied (5 Mar 2026). Check the date, or correct the "
        "application date first."
    }


def test_it_reads_the_interview_time_in_the_users_time_zone(user, settings):
    from django.utils import timezone

    user.time_zone = "America/New_York"
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 1))
    with timezone.override(user.tz):
        form = InterviewForm(
            {"round": "technical", "starts_at": "2026-03-12T09:30", "duration_minutes": "45"},
            application=app,
        )
        assert form.is_valid(), form.errors
    assert form.cleaned_data["starts_at"] == dt.datetime(2026, 3, 12, 13, 30, tzinfo=dt.UTC)


def test_it_explains_an_interview_length_out_of_range(user):
    app = f.ApplicationFactory(user=user)
    form = InterviewForm(
        {"round": "technical", "starts_at": "2026-03-12T09:30", "duration_minutes": "2"},
        application=app,
    )
    assert errors(form) == {"duration_minutes": "An interview lasts at least 5 minutes."}


def test_it_gives_prompts_for_the_self_assessment(user):
    form = InterviewForm(application=f.ApplicationFactory(user=user))
    assert "soft skills" in form.fields["went_well"].help_text
    assert "prepared for every question" in form.fields["to_improve"].help_text


def test_it_leaves_the_self_assessment_out_when_logging_an_interview(user):
    form = InterviewForm(application=f.ApplicationFactory(user=user), assessment=False)
    assert "rating" not in form.fields and "went_well" not in form.fields


def test_it_refuses_a_rejection_dated_before_the_application(user):
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 5))
    form = RejectionForm(
        {"rejected_on": "2026-03-01", "stage": "applied", "channel": "email"}, application=app
    )
    assert errors(form) == {
        "rejected_on": "That's before you applied (5 Mar 2026). Check the date."
    }


def test_it_refuses_a_rejection_in_the_future(user):
    app = f.ApplicationFactory(user=user)
    form = RejectionForm(
        {"rejected_on": "2026-04-01", "stage": "applied", "channel": "email"}, application=app
    )
    assert errors(form) == {"rejected_on": "That date is in the future."}


def test_it_prefills_the_rejection_stage_from_the_timeline(user):
    from applications import services

    app = f.ApplicationFactory(user=user)
    services.application_change_status(application=app, status="interviewing")
    services.application_change_status(application=app, status="applied")
    form = RejectionForm(application=app)
    assert form.initial["stage"] == "interviewing"
    assert form.initial["rejected_on"] == dt.date(2026, 3, 10)


def test_it_explains_a_feeling_out_of_range(user):
    app = f.ApplicationFactory(user=user)
    form = RejectionForm(
        {"rejected_on": "2026-03-09", "stage": "applied", "channel": "email", "feeling": "9"},
        application=app,
    )
    assert "feeling" in errors(form)


def test_it_refuses_a_second_company_with_the_same_name(user):
    f.CompanyFactory(user=user, name="Acme")
    assert errors(CompanyForm({"name": "acme"}, user=user)) == {
        "name": "You already have a company with that name."
    }


def test_it_offers_only_the_users_unlinked_contacts(user, other_user):
    app = f.ApplicationFactory(user=user)
    linked, free = f.ContactFactory(user=user), f.ContactFactory(user=user)
    linked.applications.add(app)
    f.ContactFactory(user=other_user)
    form = ContactPickForm(application=app)
    assert list(form.fields["contact"].queryset) == [free]


def test_it_explains_a_filter_date_range_the_wrong_way_round():
    form = ApplicationFilterForm({"applied_from": "2026-03-10", "applied_to": "2026-03-01"})
    assert errors(form) == {"applied_to": "The end date is before the start date."}


def test_it_names_the_empty_choices_in_words(user):
    form = ApplicationForm(user=user)
    assert form.fields["seniority"].choices[0] == ("", "Not set")
    assert form.fields["referral_contact"].empty_label == "Nobody"
