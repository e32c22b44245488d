import datetime as dt

import pytest
from django.urls import reverse

from applications import services
from applications.models import Application, ApplicationEvent, Company, Interview, Rejection
from tests import factories as f

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)  # a Tuesday
HX = {"HTTP_HX_REQUEST": "true"}
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def client(client, user):
    client.force_login(user)
    return client


def text(response) -> str:
    return response.content.decode()


def is_full_page(response) -> bool:
    return "<html" in text(response)


# --- quick add ---------------------------------------------------------------------------


def test_it_quick_adds_with_htmx_and_shows_the_result_in_place(client, user):
    response = client.post(
        reverse("application_quick_add"), {"company": "Acme", "role_title": "Analyst"}, **HX
    )
    assert response.status_code == 200 and not is_full_page(response)
    assert "Logged <strong>Analyst</strong> at Acme" in text(response)
    assert response["HX-Trigger"] == "applicationAdded"
    app = Application.objects.for_user(user).get()
    assert (app.company.name, app.status, app.applied_on) == ("Acme", "applied", NOW.date())


def test_it_quick_adds_with_a_plain_post_and_opens_the_application(client, user):
    response = client.post(
        reverse("application_quick_add"), {"company": "Acme", "role_title": "Analyst"}
    )
    app = Application.objects.for_user(user).get()
    assert response.status_code == 302 and response["Location"] == app.get_absolute_url()


@pytest.mark.parametrize("headers", [HX, {}])
def test_it_explains_a_quick_add_without_company_and_writes_nothing(client, user, headers):
    response = client.post(
        reverse("application_quick_add"), {"company": "", "role_title": ""}, **headers
    )
    assert response.status_code == 200
    assert "Which company is it?" in text(response)
    assert "What role is it?" in text(response)
    assert is_full_page(response) == (headers == {})
    assert not Application.objects.exists() and not Company.objects.exists()


def test_it_shows_the_quick_add_form_in_the_navbar_modal(client):
    page = text(client.get(reverse("application_list")))
    assert 'id="quick-add"' in page and 'data-bs-target="#quick-add"' in page


@pytest.mark.parametrize("headers", [HX, {}])
def test_it_suggests_only_the_users_own_companies(client, user, other_user, headers):
    f.CompanyFactory(user=user, name="Acme Analytics")
    f.CompanyFactory(user=user, name="Globex")
    f.CompanyFactory(user=other_user, name="Acme Secret")
    response = client.get(reverse("company_suggestions"), {"company": "acme"}, **headers)
    assert text(response).strip() == '<option value="Acme Analytics"></option>'


@pytest.mark.parametrize("headers", [HX, {}])
def test_it_shows_the_quick_add_form_on_its_own(client, headers):
    response = client.get(reverse("application_quick_add"), **headers)
    assert 'name="company"' in text(response)
    assert is_full_page(response) == (headers == {})
    # Its own page carries no second copy of the form in a modal.
    assert 'id="quick-add"' not in text(response)


# --- list --------------------------------------------------------------------------------


@pytest.fixture
def listed(user, other_user):
    make = f.ApplicationFactory
    return {
        "acme": make(
            user=user,
            company=f.CompanyFactory(user=user, name="Acme"),
            role_title="Data Analyst",
            location="Leeds",
            work_mode="remote",
            source="referral",
            applied_on=dt.date(2026, 3, 1),
            excitement=2,
        ),
        "globex": make(
            user=user,
            company=f.CompanyFactory(user=user, name="Globex"),
            role_title="Engineer",
            notes="Met them at a meetup",
            status="interviewing",
            applied_on=dt.date(2026, 2, 1),
            excitement=5,
        ),
        "initech": make(
            user=user,
            company=f.CompanyFactory(user=user, name="initech"),
            role_title="Analyst",
            status="rejected",
            applied_on=dt.date(2026, 1, 15),
            excitement=None,
        ),
        "theirs": make(user=other_user, role_title="Secret Analyst"),
    }


def listed_names(response):
    return [a.company.name for a in response.context["page"].object_list]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["Acme", "Globex", "initech"]),
        ({"q": "analyst"}, ["Acme", "initech"]),
        ({"q": "leeds"}, ["Acme"]),
        ({"q": "meetup"}, ["Globex"]),
        ({"q": "glob"}, ["Globex"]),
        ({"status": "interviewing"}, ["Globex"]),
        ({"source": "referral"}, ["Acme"]),
        ({"work_mode": "remote"}, ["Acme"]),
        ({"applied_from": "2026-01-20", "applied_to": "2026-02-15"}, ["Globex"]),
        ({"sort": "applied"}, ["initech", "Globex", "Acme"]),
        ({"sort": "company"}, ["Acme", "Globex", "initech"]),
        ({"sort": "status"}, ["Acme", "Globex", "initech"]),
        ({"sort": "-excitement"}, ["Globex", "Acme", "initech"]),
    ],
)
def test_it_searches_filters_and_sorts_the_list(client, listed, query, expected):
    assert listed_names(client.get(reverse("application_list"), query)) == expected


def test_it_returns_only_the_results_partial_to_htmx(client, listed):
    response = client.get(reverse("application_list"), {"q": "Engineer"}, **HX)
    assert not is_full_page(response)
    assert "Globex" in text(response) and "Acme" not in text(response)


def test_it_returns_the_whole_list_page_without_htmx(client, listed):
    response = client.get(reverse("application_list"), {"q": "Engineer"})
    assert is_full_page(response) and 'name="q"' in text(response)
    assert "HX-Request" in response["Vary"]


def test_it_says_so_when_no_application_matches(client, listed):
    response = client.get(reverse("application_list"), {"q": "nothing like this"}, **HX)
    assert "No applications match these filters" in text(response)


def test_it_paginates_and_keeps_the_filters_in_the_page_links(client, user):
    f.ApplicationFactory.create_batch(30, user=user, source="referral")
    response = client.get(reverse("application_list"), {"source": "referral", "page": "2"})
    assert len(response.context["page"].object_list) == 5
    assert "?source=referral&amp;page=1" in text(response)


# --- board -------------------------------------------------------------------------------


def test_it_shows_a_column_per_status(client, user):
    f.ApplicationFactory(user=user, status="screening", role_title="Screened role")
    response = client.get(reverse("board"))
    page = text(response)
    for status in ["wishlist", "applied", "screening", "interviewing", "offer", "rejected"]:
        assert f'id="column-{status}"' in page
    assert "Screened role" in page


def test_it_shows_the_newest_cards_of_a_long_column_and_links_to_the_rest(client, user):
    from datetime import timedelta

    from django.utils import timezone

    from applications.views.board import CARDS_PER_COLUMN

    now = timezone.now()
    for i in range(CARDS_PER_COLUMN + 5):
        f.ApplicationFactory(
            user=user, role_title=f"Role {i:03d}", status_changed_at=now - timedelta(hours=i)
        )
    f.ApplicationFactory(user=user, status="offer", role_title="The offer")

    page = text(client.get(reverse("board")))

    column = page.split('id="heading-applied"')[1].split("</section>")[0]
    assert column.count('<article class="card board-card') == CARDS_PER_COLUMN
    assert "Role 000" in column and f"Role {CARDS_PER_COLUMN - 1:03d}" in column
    assert f"Role {CARDS_PER_COLUMN:03d}" not in page  # the oldest five are in the list
    assert "Showing the most recent." in column
    assert f'{reverse("application_list")}?status=applied">5 more in the list</a>' in column
    assert 'data-hidden="5"' in page
    assert f'board-count">{CARDS_PER_COLUMN + 5}</span>' in page
    assert 'board-count">1</span>' in page and "The offer" in page


def test_it_refreshes_the_board_columns_for_htmx(client, user):
    f.ApplicationFactory(user=user, role_title="On the board")
    response = client.get(reverse("board"), **HX)
    assert not is_full_page(response) and "On the board" in text(response)


def test_it_moves_a_card_with_htmx_and_returns_it_for_its_new_column(client, user):
    app = f.ApplicationFactory(user=user)
    response = client.post(
        reverse("application_move", args=[app.pk]), {"status": "interviewing"}, **HX
    )
    assert response.status_code == 200 and not is_full_page(response)
    assert 'hx-swap-oob="afterbegin:#column-interviewing"' in text(response)
    assert f'id="card-{app.pk}"' in text(response)
    event = app.events.last()
    assert (event.from_status, event.to_status, event.occurred_at) == (
        "applied",
        "interviewing",
        NOW,
    )


def test_it_moves_a_card_with_a_plain_post_and_goes_back(client, user):
    app = f.ApplicationFactory(user=user)
    response = client.post(
        reverse("application_move", args=[app.pk]),
        {"status": "offer", "next": app.get_absolute_url()},
    )
    assert response.status_code == 302 and response["Location"] == app.get_absolute_url()
    app.refresh_from_db()
    assert app.status == "offer"


def test_it_never_follows_a_next_link_to_another_site(client, user):
    app = f.ApplicationFactory(user=user)
    response = client.post(
        reverse("application_move", args=[app.pk]),
        {"status": "offer", "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("board")


@pytest.mark.parametrize("headers", [HX, {}])
def test_it_sends_a_move_to_rejected_to_the_rejection_form(client, user, headers):
    app = f.ApplicationFactory(user=user)
    response = client.post(
        reverse("application_move", args=[app.pk]), {"status": "rejected"}, **headers
    )
    url = reverse("rejection_log", args=[app.pk])
    if headers:
        assert response["HX-Redirect"] == url
    else:
        assert response["Location"] == url
    app.refresh_from_db()
    assert app.status == "applied"  # the form records the rejection and the status together


def test_it_refuses_an_unknown_status(client, user):
    app = f.ApplicationFactory(user=user)
    response = client.post(reverse("application_move", args=[app.pk]), {"status": "hired"}, **HX)
    assert response.status_code == 400
    assert app.events.count() == 1


def test_it_changes_nothing_on_get(client, user):
    app = f.ApplicationFactory(user=user)
    for name in ["application_move", "application_withdraw"]:
        assert client.get(reverse(name, args=[app.pk]), {"status": "offer"}).status_code == 405
    app.refresh_from_db()
    assert app.status == "applied"


# --- application page --------------------------------------------------------------------


def test_it_shows_every_field_the_timeline_and_the_people(client, user):
    app = f.ApplicationFactory(
        user=user,
        role_title="Data Analyst",
        location="Leeds",
        salary_min=40000,
        salary_max=50000,
        currency="GBP",
        resume_version="v3",
        notes="Friendly team",
    )
    services.interview_create(application=app, round="technical", starts_at=NOW)
    contact = f.ContactFactory(user=user, name="Ada Lovelace")
    contact.applications.add(app)
    page = text(client.get(app.get_absolute_url()))
    for shown in ["Data Analyst", "Leeds", "40,000–50,000 GBP", "v3", "Friendly team"]:
        assert shown in page
    assert "Applied → Interviewing" in page and "Interview: Technical" in page
    assert "Ada Lovelace" in page


def test_it_shows_the_rejection_on_the_application_page(client, user):
    app = f.ApplicationFactory(user=user)
    services.rejection_log(application=app, rejected_on=NOW.date(), reason="Not enough SQL")
    page = text(client.get(app.get_absolute_url()))
    assert "Rejected at the applied stage" in page and "Not enough SQL" in page


def test_it_edits_every_field_and_records_a_status_change(client, user):
    app = f.ApplicationFactory(user=user)
    response = client.post(
        reverse("application_edit", args=[app.pk]),
        {
            "company": "Globex",
            "role_title": "Senior Analyst",
            "status": "screening",
            "applied_on": "2026-03-01",
            "job_url": "https://globex.example/jobs/1",
            "location": "Remote",
            "work_mode": "remote",
            "seniority": "senior",
            "salary_min": "50000",
            "salary_max": "60000",
            "currency": "eur",
            "source": "recruiter",
            "resume_version": "v4",
            "cover_letter_sent": "on",
            "excitement": "4",
            "job_description": "SQL and Python",
            "notes": "Call back Friday",
        },
    )
    assert response.status_code == 302
    app.refresh_from_db()
    assert (app.company.name, app.role_title, app.status, app.currency) == (
        "Globex",
        "Senior Analyst",
        "screening",
        "EUR",
    )
    assert app.cover_letter_sent and app.excitement == 4
    assert app.events.last().to_status == "screening"


def test_it_explains_bad_edits_and_saves_nothing(client, user):
    app = f.ApplicationFactory(user=user, role_title="Analyst")
    response = client.post(
        reverse("application_edit", args=[app.pk]),
        {
            "company": "",
            "role_title": "",
            "status": "offer",
            "salary_min": "9",
            "salary_max": "1",
            "job_url": "nope",
            "excitement": "7",
        },
    )
    page = text(response)
    for message in [
        "Which company is it?",
        "What role is it?",
        "The minimum salary is higher than the maximum",
        "look like a web address",
        "Excitement goes from 1 to 5.",
    ]:
        assert message in page
    app.refresh_from_db()
    assert (app.role_title, app.status, app.events.count()) == ("Analyst", "applied", 1)


def test_it_creates_a_full_application(client, user):
    response = client.post(
        reverse("application_create"),
        {"company": "Acme", "role_title": "Analyst", "status": "wishlist", "excitement": "5"},
    )
    app = Application.objects.for_user(user).get()
    assert response["Location"] == app.get_absolute_url()
    assert (app.status, app.excitement) == ("wishlist", 5)


def test_it_withdraws_an_application(client, user):
    app = f.ApplicationFactory(user=user)
    client.post(reverse("application_withdraw", args=[app.pk]))
    app.refresh_from_db()
    assert app.status == "withdrawn" and app.events.last().to_status == "withdrawn"


def test_it_asks_before_deleting_and_deletes_on_post(client, user):
    app = f.ApplicationFactory(user=user)
    confirm = client.get(reverse("application_delete", args=[app.pk]))
    assert "Delete this application?" in text(confirm)
    assert Application.objects.filter(pk=app.pk).exists()
    response = client.post(reverse("application_delete", args=[app.pk]))
    assert response["Location"] == reverse("application_list")
    assert not Application.objects.filter(pk=app.pk).exists()
    assert not ApplicationEvent.objects.filter(application_id=app.pk).exists()


# --- rejection ---------------------------------------------------------------------------


def test_it_prefills_the_rejection_stage_from_the_timeline(client, user):
    app = f.ApplicationFactory(user=user)
    services.application_change_status(application=app, status="interviewing")
    response = client.get(reverse("rejection_log", args=[app.pk]))
    assert response.context["form"].initial["stage"] == "interviewing"
    assert '<option value="interviewing" selected>' in text(response)


def test_it_logs_a_rejection_and_moves_the_application(client, user):
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 1))
    response = client.post(
        reverse("rejection_log", args=[app.pk]),
        {
            "rejected_on": "2026-03-09",
            "stage": "applied",
            "channel": "portal",
            "reason": "We went with someone with more SQL.",
            "feeling": "2",
            "feeling_note": "Stings",
        },
    )
    assert response["Location"] == app.get_absolute_url()
    rejection = Rejection.objects.get(application=app)
    assert (rejection.channel, rejection.feeling, rejection.rejected_on) == (
        "portal",
        2,
        dt.date(2026, 3, 9),
    )
    app.refresh_from_db()
    assert app.status == "rejected"


def test_it_explains_a_rejection_before_the_application_and_saves_nothing(client, user):
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 5))
    response = client.post(
        reverse("rejection_log", args=[app.pk]),
        {"rejected_on": "2026-03-01", "stage": "applied", "channel": "email"},
    )
    assert "That&#x27;s before you applied (5 Mar 2026)" in text(response)
    assert not Rejection.objects.exists()
    app.refresh_from_db()
    assert app.status == "applied"


# --- interviews --------------------------------------------------------------------------


def test_it_logs_an_interview_in_the_users_time_zone(client, user):
    user.time_zone = "America/New_York"
    user.save()
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 1))
    response = client.post(
        reverse("interview_create", args=[app.pk]),
        {"round": "technical", "starts_at": "2026-03-12T09:30", "duration_minutes": "45"},
    )
    assert response["Location"] == app.get_absolute_url()
    interview = Interview.objects.get(application=app)
    assert interview.starts_at == dt.datetime(2026, 3, 12, 13, 30, tzinfo=dt.UTC)
    page = text(client.get(app.get_absolute_url()))
    assert "Thu 12 Mar 2026, 09:30" in page


def test_it_explains_an_interview_before_the_application_and_saves_nothing(client, user):
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 5))
    response = client.post(
        reverse("interview_create", args=[app.pk]),
        {"round": "technical", "starts_at": "2026-03-01T10:00", "duration_minutes": "60"},
    )
    assert "before you applied (5 Mar 2026)" in text(response)
    assert not Interview.objects.exists()


def test_it_saves_the_self_assessment(client, user):
    interview = f.InterviewFactory(user=user, starts_at=NOW - dt.timedelta(hours=3))
    response = client.get(reverse("interview_edit", args=[interview.pk]))
    assert "soft skills" in text(response)
    client.post(
        reverse("interview_edit", args=[interview.pk]),
        {
            "round": "phone_screen",
            "starts_at": "2026-03-10T09:00",
            "duration_minutes": "30",
            "rating": "4",
            "went_well": "Clear story",
            "to_improve": "Numbers",
            "caught_off_guard": "A live SQL question",
            "answer_differently": "Ask about the data first",
            "questions_asked": "Why us?",
        },
    )
    interview.refresh_from_db()
    assert (interview.rating, interview.caught_off_guard) == (4, "A live SQL question")
    assert interview.self_assessed_at == NOW


def test_it_marks_the_thank_you_sent_with_htmx(client, user):
    interview = f.InterviewFactory(user=user)
    response = client.post(reverse("interview_thank_you", args=[interview.pk]), **HX)
    assert not is_full_page(response) and "Thank-you sent 10 Mar" in text(response)
    interview.refresh_from_db()
    assert interview.thank_you_sent_at == NOW


def test_it_marks_the_thank_you_sent_with_a_plain_post(client, user):
    interview = f.InterviewFactory(user=user)
    response = client.post(reverse("interview_thank_you", args=[interview.pk]))
    assert response["Location"] == interview.application.get_absolute_url()
    interview.refresh_from_db()
    assert interview.thank_you_sent_at == NOW


def test_it_deletes_an_interview_after_asking(client, user):
    interview = f.InterviewFactory(user=user)
    assert client.get(reverse("interview_delete", args=[interview.pk])).status_code == 200
    client.post(reverse("interview_delete", args=[interview.pk]))
    assert not Interview.objects.exists()


# --- contacts and companies --------------------------------------------------------------


def test_it_adds_a_contact_from_an_application(client, user):
    app = f.ApplicationFactory(user=user)
    client.post(
        reverse("application_contact_create", args=[app.pk]),
        {"name": "Ada", "role": "recruiter", "company": str(app.company.pk)},
    )
    [contact] = app.contacts.all()
    assert (contact.name, contact.company) == ("Ada", app.company)


def test_it_adds_a_contact_from_a_company_page(client, user):
    company = f.CompanyFactory(user=user)
    response = client.get(reverse("company_contact_create", args=[company.pk]))
    assert response.context["form"].initial["company"] == company
    client.post(
        reverse("company_contact_create", args=[company.pk]),
        {"name": "Grace", "role": "hiring_manager", "company": str(company.pk)},
    )
    assert company.contacts.get().name == "Grace"


def test_it_reuses_an_existing_contact_on_another_application(client, user):
    contact = f.ContactFactory(user=user, name="Ada")
    app = f.ApplicationFactory(user=user)
    client.post(reverse("contact_link", args=[app.pk]), {"contact": str(contact.pk)})
    assert list(app.contacts.all()) == [contact]
    client.post(reverse("contact_unlink", args=[app.pk, contact.pk]))
    assert not app.contacts.exists()


def test_it_never_links_another_users_contact(client, user, other_user):
    theirs = f.ContactFactory(user=other_user)
    app = f.ApplicationFactory(user=user)
    client.post(reverse("contact_link", args=[app.pk]), {"contact": str(theirs.pk)})
    assert not app.contacts.exists()


def test_it_edits_a_contact_and_explains_a_bad_email(client, user):
    contact = f.ContactFactory(user=user)
    url = reverse("contact_edit", args=[contact.pk])
    response = client.post(url, {"name": "Ada", "role": "recruiter", "email": "nope"})
    assert "look like an email address" in text(response)
    client.post(url, {"name": "Ada B", "role": "recruiter", "email": "ada@example.com"})
    contact.refresh_from_db()
    assert (contact.name, contact.email) == ("Ada B", "ada@example.com")


def test_it_lists_only_the_users_contacts(client, user, other_user):
    f.ContactFactory(user=user, name="Mine")
    f.ContactFactory(user=other_user, name="Theirs")
    page = text(client.get(reverse("contact_list")))
    assert "Mine" in page and "Theirs" not in page


def test_it_shows_a_company_with_its_applications_and_people(client, user):
    company = f.CompanyFactory(user=user, name="Acme")
    f.ApplicationFactory(user=user, company=company, role_title="Analyst")
    f.ContactFactory(user=user, company=company, name="Ada")
    page = text(client.get(company.get_absolute_url()))
    assert "Analyst" in page and "Ada" in page


# --- home --------------------------------------------------------------------------------


def test_it_welcomes_a_new_user_with_what_to_do_first(client):
    page = text(client.get(reverse("home")))
    assert "Log your first application" in page


def test_it_shows_this_weeks_counts_and_what_needs_attention(client, user):
    user.weekly_goal = 5
    user.save()
    f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 9))  # Monday: this week
    f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 6))  # last week
    f.ApplicationFactory(
        user=user,
        role_title="Silent role",
        applied_on=dt.date(2026, 2, 1),
        status_changed_at=NOW - dt.timedelta(days=30),
    )
    f.InterviewFactory(user=user, starts_at=NOW + dt.timedelta(days=1), round="final")
    f.InterviewFactory(user=user, starts_at=NOW - dt.timedelta(days=1), round="technical")
    f.RejectionFactory(user=user, rejected_on=dt.date(2026, 3, 10))
    response = client.get(reverse("home"))
    context, page = response.context, text(response)
    assert (context["sent_this_week"], context["goal"]) == (1, 5)
    assert context["interviews_this_week"] == 2
    assert context["rejections_this_week"] == 1
    assert "Final" in page  # upcoming
    assert "Silent role" in page and "polite follow-up" in page
    assert "write down how it went" in page and "send a thank-you note" in page


# --- ownership ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "method"),
    [
        ("application_detail", "application", "get"),
        ("application_edit", "application", "post"),
        ("application_move", "application", "post"),
        ("application_withdraw", "application", "post"),
        ("application_delete", "application", "post"),
        ("rejection_log", "application", "post"),
        ("interview_create", "application", "post"),
        ("interview_edit", "interview", "post"),
        ("interview_thank_you", "interview", "post"),
        ("interview_delete", "interview", "post"),
        ("contact_edit", "contact", "post"),
        ("contact_link", "application", "post"),
        ("company_detail", "company", "get"),
        ("company_edit", "company", "post"),
    ],
)
def test_it_answers_404_for_another_users_objects(client, other_user, name, kind, method):
    makers = {
        "application": f.ApplicationFactory,
        "interview": f.InterviewFactory,
        "contact": f.ContactFactory,
        "company": f.CompanyFactory,
    }
    theirs = makers[kind](user=other_user)
    response = getattr(client, method)(
        reverse(name, args=[theirs.pk]), {"status": "offer", "name": "x"}
    )
    assert response.status_code == 404
    assert ApplicationEvent.objects.filter(to_status="offer").count() == 0


def test_it_answers_404_for_a_missing_application(client):
    assert client.get(reverse("application_detail", args=[999999])).status_code == 404


def test_it_never_unlinks_with_another_users_contact(client, user, other_user):
    app = f.ApplicationFactory(user=user)
    theirs = f.ContactFactory(user=other_user)
    response = client.post(reverse("contact_unlink", args=[app.pk, theirs.pk]))
    assert response.status_code == 404


# --- query counts ------------------------------------------------------------------------


def fill(user, n):
    """n applications in every state, each with an interview, a contact and a few events."""
    statuses = ["applied", "screening", "interviewing", "offer", "rejected", "withdrawn"]
    apps = []
    for i in range(n):
        app = f.ApplicationFactory(user=user, status=statuses[i % len(statuses)])
        f.InterviewFactory(user=user, application=app, starts_at=NOW + dt.timedelta(hours=i - n))
        f.ContactFactory(user=user, company=app.company).applications.add(app)
        ApplicationEvent.objects.create(user=user, application=app, to_status="screening")
        if app.status == "rejected":
            f.RejectionFactory(user=user, application=app)
        apps.append(app)
    return apps


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["home", "application_list", "board", "application_detail"])
def test_it_makes_the_same_number_of_queries_for_5_and_100_applications(
    client, user, other_user, page
):
    def url(apps):
        if page == "application_detail":
            return reverse(page, args=[apps[0].pk])
        return reverse(page)

    few = fill(user, 5)
    few_count = count_queries(client, url(few))
    many = fill(other_user, 100)
    client.force_login(other_user)
    # The detail page of the busiest application: many events, interviews and people.
    for _ in range(20):
        services.application_change_status(application=many[0], status="screening")
        services.application_change_status(application=many[0], status="applied")
        f.InterviewFactory(user=other_user, application=many[0])
        f.ContactFactory(user=other_user).applications.add(many[0])
    assert count_queries(client, url(many)) == few_count


def test_it_never_links_a_stored_script_url(client, user):
    # Forms refuse it, but an import or the admin could still store one.
    app = f.ApplicationFactory(user=user, job_url="javascript:alert(1)")
    Company.objects.filter(pk=app.company_id).update(website="javascript:alert(2)")
    for url in [app.get_absolute_url(), app.company.get_absolute_url()]:
        page = text(client.get(url))
        assert 'href="javascript:' not in page and "javascript:alert" in page


def test_it_offers_to_mark_the_thank_you_from_the_home_page(client, user):
    interview = f.InterviewFactory(user=user, starts_at=NOW - dt.timedelta(days=1))
    page = text(client.get(reverse("home")))
    assert reverse("interview_thank_you", args=[interview.pk]) in page


def test_it_returns_the_whole_list_when_htmx_restores_history(client, listed):
    response = client.get(
        reverse("application_list"), {"q": "Engineer"}, HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HX
    )
    assert is_full_page(response)


def test_it_asks_how_a_past_interview_went_right_after_logging_it(client, user):
    app = f.ApplicationFactory(user=user, applied_on=dt.date(2026, 3, 1))
    response = client.post(
        reverse("interview_create", args=[app.pk]),
        {"round": "phone_screen", "starts_at": "2026-03-09T10:00", "duration_minutes": "30"},
    )
    interview = Interview.objects.get(application=app)
    assert response["Location"] == reverse("interview_edit", args=[interview.pk]) + "#assessment"
