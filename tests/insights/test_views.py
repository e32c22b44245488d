import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from applications.services import interview_update
from bench.dashboard_speed import seed_history
from insights.models import ImprovementAction, ThemeMention
from tests.factories import (
    ImprovementActionFactory,
    InterviewFactory,
    RejectionFactory,
    ThemeMentionFactory,
)

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}
DASHBOARD = reverse("insights_dashboard")


def _recurring(user):
    for company in ("Acme", "Globex", "Initech"):
        rejection = RejectionFactory(user=user, application__company__name=company)
        ThemeMentionFactory(
            user=user, source_rejection=rejection, evidence=f"{company} said: rambling answers"
        )


def test_it_shows_a_new_user_what_will_appear_and_why(user, client_for):
    response = client_for(user).get(DASHBOARD)

    assert response.status_code == 200
    body = response.content.decode()
    assert "Your insights will build up here" in body
    assert "Recurring weaknesses" in body and "Not about you" in body
    assert "Once you log applications" in body and "chart-funnel" not in body


def test_it_ranks_a_shared_weakness_with_its_quotes(user, client_for):
    _recurring(user)
    RejectionFactory(user=user, reason="Internal hire.")

    body = client_for(user).get(DASHBOARD).content.decode()

    assert "Most worth working on" in body
    assert 'id="theme-communication"' in body
    for company in ("Acme", "Globex", "Initech"):
        assert f"{company} said: rambling answers" in body
    assert "1 of 4</strong> rejections named nothing about you" in body


def test_it_renders_only_the_content_for_htmx(user, client_for):
    _recurring(user)

    response = client_for(user).get(DASHBOARD, **HX)

    body = response.content.decode()
    assert "<html" not in body and 'id="recurring"' in body


def test_it_keeps_the_query_count_flat_from_10_to_1000_applications(user, other_user, client_for):
    client = client_for(user)
    seed_history(user, applications=10, rejections=4, texts=6, seed=1)
    ImprovementActionFactory(user=user, status="done", completed_on=user.local_today())
    with CaptureQueriesContext(connection) as small:
        assert client.get(DASHBOARD).status_code == 200

    client.force_login(other_user)
    seed_history(other_user, applications=1000, rejections=300, texts=700, seed=2)
    ImprovementActionFactory(user=other_user, status="done", completed_on=user.local_today())
    with CaptureQueriesContext(connection) as large:
        assert client.get(DASHBOARD).status_code == 200

    assert len(small) == len(large)
    # Ten of its own, plus the session and user lookups every logged-in page makes.
    assert len(large) <= 14


def test_it_sets_the_weekly_goal_with_and_without_htmx(user, client_for):
    client = client_for(user)
    url = reverse("insights_goal_update")

    response = client.post(url, {"weekly_goal": 7}, **HX)
    assert response.status_code == 200 and "of 7" in response.content.decode()
    assert "<html" not in response.content.decode()

    response = client.post(url, {"weekly_goal": 12})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.weekly_goal == 12


def test_it_explains_an_impossible_goal(user, client_for):
    response = client_for(user).post(reverse("insights_goal_update"), {"weekly_goal": 500}, **HX)

    assert "Up to 200 a week" in response.content.decode()
    user.refresh_from_db()
    assert user.weekly_goal == 10


def test_it_refuses_to_change_anything_on_get(user, client_for):
    mention = ThemeMentionFactory(user=user)
    client = client_for(user)

    assert client.get(reverse("insights_mention_remove", args=[mention.pk])).status_code == 405
    assert client.get(reverse("insights_goal_update")).status_code == 405


@pytest.mark.parametrize("htmx", [True, False])
def test_it_confirms_and_removes_a_mention(user, client_for, htmx):
    mention = ThemeMentionFactory(user=user)
    client = client_for(user)
    headers = HX if htmx else {}

    response = client.post(reverse("insights_mention_confirm", args=[mention.pk]), **headers)
    mention.refresh_from_db()
    assert mention.origin == "confirmed"
    if htmx:
        assert 'class="themes-widget"' in response.content.decode()
    else:
        assert response.status_code == 302
        assert response.url == mention.application.get_absolute_url()

    client.post(reverse("insights_mention_remove", args=[mention.pk]), **headers)
    mention.refresh_from_db()
    assert mention.origin == "removed"


@pytest.mark.parametrize("htmx", [True, False])
def test_it_adds_a_theme_the_classifier_missed(user, client_for, htmx):
    rejection = RejectionFactory(user=user, reason="")
    url = reverse("insights_rejection_mention_add", args=[rejection.pk])

    response = client_for(user).post(
        url, {"reading": "weakness:preparation", "evidence": "no questions"}, **(HX if htmx else {})
    )

    assert response.status_code == (200 if htmx else 302)
    mention = ThemeMention.objects.get()
    assert (mention.theme, mention.polarity, mention.origin) == ("preparation", "weakness", "added")
    assert mention.rejection == rejection


def test_it_explains_a_missing_theme_when_adding(user, client_for):
    rejection = RejectionFactory(user=user)

    response = client_for(user).post(
        reverse("insights_rejection_mention_add", args=[rejection.pk]), {"reading": ""}, **HX
    )

    assert "Pick the theme you see in this text." in response.content.decode()
    assert not ThemeMention.objects.exists()


def test_it_plans_an_action_from_a_recurring_weakness(user, client_for):
    client = client_for(user)
    url = reverse("insights_action_create")

    form = client.get(url + "?theme=communication").content.decode()
    assert 'value="communication" selected' in form

    response = client.post(
        url,
        {
            "theme": "communication",
            "title": "Mock interviews",
            "kind": "practice",
            "status": "done",
        },
    )

    assert response.status_code == 302
    action = ImprovementAction.objects.get()
    assert action.completed_on == user.local_today()


def test_it_clears_the_completion_date_of_an_action_not_done(user, client_for):
    action = ImprovementActionFactory(user=user, status="done", completed_on="2026-01-05")

    client_for(user).post(
        reverse("insights_action_edit", args=[action.pk]),
        {
            "theme": "communication",
            "title": "Mock interviews",
            "kind": "practice",
            "status": "in_progress",
            "completed_on": "2026-01-05",
        },
    )

    action.refresh_from_db()
    assert (action.status, action.completed_on) == ("in_progress", None)


def test_it_explains_a_missing_title(user, client_for):
    response = client_for(user).post(
        reverse("insights_action_create"),
        {"theme": "communication", "kind": "other", "status": "planned"},
    )

    assert "Give the action a short name" in response.content.decode()


def test_it_deletes_an_action(user, client_for):
    action = ImprovementActionFactory(user=user)

    client_for(user).post(reverse("insights_action_delete", args=[action.pk]))

    assert not ImprovementAction.objects.exists()


def test_it_shows_whether_a_weakness_came_back_after_the_action(user, client_for):
    _recurring(user)
    ImprovementActionFactory(
        user=user, title="Toastmasters", status="done", completed_on="2020-01-01"
    )

    body = client_for(user).get(DASHBOARD).content.decode()

    assert "Toastmasters" in body and "came back in 3 rejections" in body


def test_it_shows_the_themes_widget_on_the_application_page(user, client_for):
    mention = ThemeMentionFactory(user=user, theme="preparation")

    body = client_for(user).get(mention.application.get_absolute_url()).content.decode()

    assert "Interview preparation" in body
    assert reverse("insights_mention_confirm", args=[mention.pk]) in body


def test_it_reads_an_interview_self_assessment_and_shows_it_under_the_interview(user, client_for):
    interview = InterviewFactory(user=user)
    interview_update(interview=interview, to_improve="I rambled and my answers were unclear.")

    body = client_for(user).get(interview.application.get_absolute_url()).content.decode()

    mention = ThemeMention.objects.get(interview=interview)
    assert (mention.theme, mention.source_kind) == ("communication", "interview_assessment")
    assert reverse("insights_interview_mention_add", args=[interview.pk]) in body
