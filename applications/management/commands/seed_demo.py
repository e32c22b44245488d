"""manage.py seed_demo: the demo account, with four months of a realistic job search.

Re-running it refreshes the account (everything the demo user owns is deleted and rebuilt)
and never duplicates it. After the applications, every installed app's `demo` module gets
its turn: `seed(user)` adds that area's rows (feedback, nudges, insights, ...).
"""

import importlib
import importlib.util
import random
from datetime import datetime, time, timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.management.demo_data import COMPANIES, CONTACTS, PLANS, Plan
from applications.models import Application, Status

USERNAME = "demo"
PASSWORD = "rebound-demo"
EMAIL = "demo@example.com"
TIME_ZONE = "Europe/London"
SEED = 20260101


class Command(BaseCommand):
    help = "Create (or refresh) the demo account demo / rebound-demo with realistic data."

    def handle(self, *args, **options):
        with transaction.atomic():
            user = demo_user_reset()
            seed_applications(user, random.Random(SEED))
            for module in _demo_modules():
                module.seed(user)
        login = settings.SITE_URL + reverse("login")
        self.stdout.write(
            self.style.SUCCESS(f"Demo account ready at {login} — log in as {USERNAME} / {PASSWORD}")
        )


def _demo_modules():
    """Each installed app's `demo` module that has a seed(user), in INSTALLED_APPS order."""
    for config in apps.get_app_configs():
        name = f"{config.name}.demo"
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        if callable(getattr(module, "seed", None)):
            yield module


def demo_user_reset():
    """A fresh demo user: the old one, if any, goes with everything it owns."""
    User = get_user_model()
    old = User.objects.filter(username=USERNAME).first()
    if old is not None and old.email.lower() != EMAIL:
        # Someone signed up as "demo" for real: their data is not ours to wipe.
        raise CommandError(
            f"The username {USERNAME!r} belongs to a real account ({old.email}); "
            "seed_demo leaves it alone."
        )
    if old is not None:
        # Applications protect their companies from deletion; removing them first lets the
        # user's deletion cascade through every other table, whichever app owns it.
        Application.objects.for_user(old).delete()
        old.delete()
    user = User(
        username=USERNAME,
        email=EMAIL,
        first_name="Alex",
        last_name="Morgan",
        time_zone=TIME_ZONE,
        weekly_goal=5,
        date_joined=timezone.now() - timedelta(days=125),
    )
    user.set_password(PASSWORD)
    user.save()
    return user


def seed_applications(user, rng: random.Random) -> None:
    today = user.local_today()
    now = timezone.now()

    def moment(ago: int, hour: int, minute: int | None = None) -> datetime:
        """A time `ago` days before today in the user's zone; past moments stay past."""
        minute = rng.randrange(0, 60, 5) if minute is None else minute
        at = datetime.combine(today - timedelta(days=ago), time(hour, minute), tzinfo=user.tz)
        return min(at, now - timedelta(minutes=5)) if ago > 0 else at

    first_seen = {}
    for plan in PLANS:
        first = plan.applied if plan.applied is not None else plan.saved
        first_seen[plan.company] = max(first_seen.get(plan.company, 0), first)
    companies = {}
    for name, (industry, slug) in COMPANIES.items():
        company = services.company_get_or_create(user=user, name=name)
        company.industry = industry
        company.website = f"https://{slug}.example"
        company.created_at = moment(first_seen.get(name, 20), 8, 30)
        company.save()
        companies[name] = company
    contacts = {
        name: services.contact_create(
            user=user,
            company=companies[company],
            name=name,
            role=role,
            email=f"{name.split()[0].lower()}@{COMPANIES[company][1]}.example",
            notes=notes,
        )
        for name, (company, role, notes) in CONTACTS.items()
    }
    for plan in PLANS:
        _plan_build(user, plan, contacts, moment, rng)


def _plan_build(user, plan: Plan, contacts, moment, rng) -> None:
    fields = _application_fields(plan, contacts, rng)
    if plan.applied is None:
        application = services.application_create(
            user=user,
            company_name=plan.company,
            role_title=plan.role,
            status=Status.WISHLIST,
            at=moment(plan.saved, rng.choice([8, 12, 21])),
            **fields,
        )
    else:
        applied_at = moment(plan.applied, rng.randint(8, 21))
        application = services.application_create(
            user=user,
            company_name=plan.company,
            role_title=plan.role,
            applied_on=applied_at.date(),
            at=applied_at,
            **fields,
        )
    for status, ago in plan.steps:
        services.application_change_status(
            application=application, status=status, at=moment(ago, rng.randint(9, 17))
        )
    for name in plan.contacts:
        services.contact_link(contact=contacts[name], application=application)
    if plan.rejection:
        rejected_at = moment(plan.rejection.ago, rng.randint(9, 18))
        services.rejection_log(
            application=application,
            at=rejected_at,
            rejected_on=rejected_at.date(),
            channel=plan.rejection.channel,
            reason=plan.rejection.reason,
            feeling=plan.rejection.feeling,
            feeling_note=plan.rejection.feeling_note,
            takeaway=plan.rejection.takeaway,
            created_at=rejected_at,
        )
    # Interviews come last: logging one on an early-stage application would move it forward
    # today, and the demo's statuses already carry their real dates.
    for iv in plan.interviews:
        starts_at = moment(iv.ago, iv.hour, 0 if iv.ago <= 0 else rng.choice([0, 30]))
        past = iv.ago > 0
        services.interview_create(
            application=application,
            interviewers=[contacts[name] for name in iv.interviewers],
            round=iv.round,
            starts_at=starts_at,
            duration_minutes=iv.minutes,
            format=iv.format,
            questions_asked=iv.questions,
            rating=iv.rating if past else None,
            went_well=iv.went_well,
            to_improve=iv.to_improve,
            caught_off_guard=iv.caught_off_guard,
            self_assessed_at=starts_at + timedelta(hours=3) if past and iv.rating else None,
            thank_you_sent_at=starts_at + timedelta(hours=2) if past and iv.thanks else None,
        )


def _application_fields(plan: Plan, contacts, rng) -> dict:
    slug = COMPANIES[plan.company][1]
    fields = {
        "job_url": f"https://{slug}.example/careers/{rng.randint(1000, 9999)}",
        "job_description": (
            f"{plan.role} at {plan.company}. You'll build and run the Python services behind "
            "our product: APIs, data pipelines and the tooling around them. We use Django, "
            "PostgreSQL, Redis and a cloud provider; you'll review code, mentor, and be on call "
            "one week in six."
        ),
        "location": plan.location,
        "work_mode": plan.work_mode,
        "seniority": plan.seniority,
        "source": plan.source,
        "resume_version": plan.resume,
        "cover_letter_sent": plan.excitement >= 4 or rng.random() < 0.3,
        "excitement": plan.excitement,
        "notes": plan.notes,
    }
    if isinstance(plan.salary, tuple):
        fields["salary_min"], fields["salary_max"], fields["currency"] = plan.salary
    elif isinstance(plan.salary, str):
        fields["salary_text"] = plan.salary
    if plan.referral:
        fields["referral_contact"] = contacts[plan.referral]
    return fields
