"""The dashboard keeps its rendered content only while nothing it shows can have changed."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from applications.models import ApplicationEvent, Company
from insights import page
from tests import factories as f

pytestmark = pytest.mark.django_db
DASHBOARD = reverse("insights_dashboard")
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
HX_TOKEN = re.compile(r'"X-CSRFToken": "[^"]+"')


def _recurring(user):
    for company in ("Acme", "Globex", "Initech"):
        rejection = f.RejectionFactory(user=user, application__company__name=company)
        f.ThemeMentionFactory(
            user=user, source_rejection=rejection, evidence=f"{company} said: rambling answers"
        )


def _body(client) -> str:
    # Each response masks the CSRF token afresh, in the form and in the layout's htmx headers.
    return HX_TOKEN.sub("", TOKEN.sub("", client.get(DASHBOARD).content.decode()))


def test_it_serves_the_kept_page_in_one_query_of_its_own(user, client_for):
    _recurring(user)
    client = client_for(user)
    with CaptureQueriesContext(connection) as first:
        cold = _body(client)
    with CaptureQueriesContext(connection) as second:
        warm = _body(client)

    assert warm == cold and "Acme said: rambling answers" in warm
    # The session, the user and the fingerprint; the first view also ran the page's own.
    assert len(second) == 3 and "hashtext" in second[-1]["sql"]
    assert len(first) >= len(second) + 5


def test_it_leaves_text_that_looks_like_the_token_slot_alone(user, client_for):
    rejection = f.RejectionFactory(user=user, application__company__name="Acme")
    f.ThemeMentionFactory(
        user=user, source_rejection=rejection, evidence=f"they said {page.CSRF_SLOT}"
    )
    f.ThemeMentionFactory(
        user=user,
        source_rejection=f.RejectionFactory(user=user),
        evidence=f"they said {page.CSRF_SLOT}",
    )

    body = _body(client_for(user))

    assert f"they said {page.CSRF_SLOT}" in body


def test_it_gives_each_response_a_working_csrf_token(user, client_for):
    _recurring(user)
    client_for(user).get(DASHBOARD)  # the page is kept from here on
    other_browser = Client(enforce_csrf_checks=True)
    other_browser.force_login(user)

    body = other_browser.get(DASHBOARD).content.decode()
    token = TOKEN.search(body).group(1)
    assert token != page.CSRF_SLOT
    response = other_browser.post(
        reverse("insights_goal_update"), {"weekly_goal": 7, "csrfmiddlewaretoken": token}
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.weekly_goal == 7
    assert 'value="7"' in _body(other_browser)


@pytest.mark.django_db(transaction=True)
def test_it_shows_a_bulk_rename_and_a_delete_at_once(user, client_for):
    _recurring(user)
    client = client_for(user)
    assert "Acme said" in _body(client) and "From 3 rejections" in _body(client)

    # Neither goes through a model's save(), a service or a signal.
    Company.objects.filter(user=user, name="Acme").update(name="Acme Widgets")
    f.RejectionFactory._meta.model.objects.filter(
        user=user, application__company__name="Globex"
    ).delete()

    body = _body(client)
    assert "Acme Widgets" in body and "From 2 rejections" in body


def _make(model, user):
    if model is ApplicationEvent:
        application = f.ApplicationFactory(user=user)
        return ApplicationEvent.objects.create(
            user=user, application=application, to_status="applied"
        )
    factory = {
        "Company": f.CompanyFactory,
        "Application": f.ApplicationFactory,
        "Interview": f.InterviewFactory,
        "Rejection": f.RejectionFactory,
        "FeedbackRequest": f.FeedbackRequestFactory,
        "Feedback": f.FeedbackFactory,
        "Reflection": f.ReflectionFactory,
        "ThemeMention": f.ThemeMentionFactory,
        "ImprovementAction": f.ImprovementActionFactory,
    }[model.__name__]
    return factory(user=user)


@pytest.mark.parametrize("model", page.TABLES, ids=lambda m: m.__name__)
def test_it_notices_any_write_to_a_table_the_page_reads(model, user):
    obj = _make(model, user)
    now = timezone.now()
    before = page.fingerprint(user, now)

    # An update that changes no value still writes a new row version.
    model.objects.filter(pk=obj.pk).update(user=user)
    updated = page.fingerprint(user, now)
    model.objects.filter(pk=obj.pk).delete()
    deleted = page.fingerprint(user, now)

    assert len({before, updated, deleted}) == 3
    assert page.fingerprint(user, now) == deleted  # and nothing else moves it


def test_it_counts_an_interview_as_held_once_it_has_started(user, client_for):
    client = client_for(user)
    starts = timezone.now() + timedelta(hours=1)
    f.InterviewFactory(user=user, starts_at=starts)
    held = re.compile(r"<strong>(\d+)</strong> interviews? done")

    assert held.search(_body(client)).group(1) == "0"
    with time_machine.travel(starts + timedelta(minutes=1)):
        assert held.search(_body(client)).group(1) == "1"


def test_it_builds_the_page_afresh_on_a_new_day(user, client_for):
    client = client_for(user)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        now = timezone.now()
        first = page.fingerprint(user, now)
        clock.shift(timedelta(days=1))
        assert page.fingerprint(user, timezone.now()) != first
        assert "Insights" in _body(client)


def test_it_builds_the_page_each_time_without_postgresql(user, monkeypatch):
    monkeypatch.setattr(page.connection, "vendor", "sqlite")
    calls = []
    monkeypatch.setattr(page, "render_content", lambda u, now: calls.append(u) or "<p>page</p>")

    assert page.content(user) == page.content(user) == "<p>page</p>"
    assert len(calls) == 2
