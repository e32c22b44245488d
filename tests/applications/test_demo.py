import importlib.machinery
import io
import sys
import types
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from applications.models import Application, ApplicationEvent, Contact, Interview, Rejection
from tests.factories import ApplicationFactory, UserFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
User = get_user_model()


@pytest.fixture
def demo():
    with time_machine.travel(NOW, tick=False):
        call_command("seed_demo", stdout=io.StringIO())
        yield User.objects.get(username="demo")


def _owned_counts(user) -> dict[str, int]:
    counts = {}
    for model in apps.get_models():
        links = [f.name for f in model._meta.concrete_fields if f.many_to_one]
        links = [name for name in links if model._meta.get_field(name).related_model is User]
        if links and model is not User:
            counts[model._meta.label] = model._default_manager.filter(**{links[0]: user}).count()
    return counts


def _plans(user):
    return (
        Application.objects.for_user(user)
        .order_by("company__name", "role_title")
        .values_list("company__name", "role_title", "status", "applied_on", "salary_min")
    )


def test_it_creates_the_demo_login(demo, client):
    assert demo.email == "demo@example.com"
    assert demo.time_zone == "Europe/London"
    assert demo.check_password("rebound-demo")

    response = client.post(reverse("login"), {"username": "demo", "password": "rebound-demo"})

    assert response.url == reverse("home")


def test_it_builds_four_months_of_a_varied_job_search(demo):
    applications = Application.objects.for_user(demo)
    assert 40 <= applications.count() <= 50
    statuses = set(applications.values_list("status", flat=True))
    assert statuses >= {
        "wishlist",
        "applied",
        "screening",
        "interviewing",
        "offer",
        "rejected",
        "withdrawn",
        "ghosted",
    }
    for name in ("source", "work_mode", "seniority", "resume_version", "company__industry"):
        distinct = set(applications.exclude(**{name: ""}).values_list(name, flat=True))
        assert len(distinct) >= 3, name
    assert applications.filter(salary_min__isnull=False).count() >= 30
    assert applications.values("company").distinct().count() < applications.count()  # re-applied

    events = ApplicationEvent.objects.for_user(demo)
    first, last = events.first().occurred_at, events.last().occurred_at
    assert NOW - first > timedelta(days=110)
    assert last <= NOW
    assert events.count() > applications.count() * 2


def test_it_keeps_interviews_past_and_upcoming_and_contacts(demo):
    interviews = Interview.objects.for_user(demo)
    past = interviews.filter(starts_at__lt=NOW)
    assert past.count() >= 15
    assert past.filter(rating__isnull=False, self_assessed_at__isnull=False).count() >= 15
    assert past.exclude(to_improve="").count() >= 5
    assert interviews.filter(starts_at__gt=NOW).count() >= 3
    assert Contact.objects.for_user(demo).count() >= 10
    assert Application.objects.for_user(demo).filter(referral_contact__isnull=False).exists()


def test_it_logs_rejections_with_recurring_and_external_reasons(demo):
    rejections = Rejection.objects.for_user(demo)
    assert rejections.count() == 14
    assert set(rejections.values_list("stage", flat=True)) == {
        "applied",
        "screening",
        "interviewing",
    }
    reasons = [r.lower() for r in rejections.values_list("reason", flat=True)]

    def mentioning(*words):
        return sum(any(word in reason for word in words) for reason in reasons)

    assert mentioning("system design") >= 3
    assert mentioning("concrete examples", "specific examples") >= 3
    assert mentioning("salary") >= 2
    assert mentioning("internally", "on hold") >= 2
    assert mentioning("not be moving forward", "not successful", "high number") >= 3
    assert rejections.filter(feeling__isnull=False).count() >= 10
    for rejection in rejections:
        assert rejection.application.status == "rejected"
        assert rejection.rejected_on == rejection.application.status_changed_at.date()


def test_it_refreshes_the_demo_instead_of_duplicating_it(demo):
    counts = _owned_counts(demo)
    roles = list(_plans(demo))

    with time_machine.travel(NOW, tick=False):
        call_command("seed_demo", stdout=io.StringIO())

    again = User.objects.get(username="demo")
    assert User.objects.filter(username="demo").count() == 1
    assert _owned_counts(again) == counts
    assert list(_plans(again)) == roles


def test_it_hands_the_demo_user_to_every_apps_demo_module(monkeypatch):
    seen = []
    module = types.ModuleType("applications.demo")
    module.__spec__ = importlib.machinery.ModuleSpec("applications.demo", None)
    module.seed = seen.append
    monkeypatch.setitem(sys.modules, "applications.demo", module)

    call_command("seed_demo", stdout=io.StringIO())

    assert [user.username for user in seen] == ["demo"]


def test_it_leaves_a_real_account_named_demo_alone():
    real = UserFactory(username="demo", email="someone@example.com")
    ApplicationFactory(user=real)

    with pytest.raises(CommandError, match="belongs to a real account"):
        call_command("seed_demo", stdout=io.StringIO())

    assert Application.objects.for_user(real).count() == 1
