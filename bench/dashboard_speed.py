"""Server time of the insights dashboard for a heavy user, against a one-query floor page.

    DATABASE_URL=postgres://... python bench/dashboard_speed.py [--runs 40]

Seeds a throwaway user with 2,000 applications, 600 rejections and 1,500 feedback and
reflection texts (read by the real classifier), then times, in the same run and process,
the median of GET /insights/ and of a floor view: a logged-in page in the site's layout
that runs one query of its own. The dashboard keeps its rendered content while nothing it
shows has changed (insights/page.py); the first view after a change, with every number
computed again, is timed too, against the floor in the same way.
Also reports the classifier's texts per second on the seeded texts. The user and all its
rows are deleted at the end.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from datetime import time as dtime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REASONS = [
    "Thank you for your interest. We will not be moving forward with your application.",
    "We've decided to fill the role internally.",
    "The team felt your answers lacked specific examples of impact.",
    "You clearly know Python well, but the system design round didn't go deep enough on scaling.",
    "We were impressed by your communication; ultimately another candidate's background aligned "
    "more closely.",
    "Your salary expectations are above what we budgeted, and we need someone on site in Berlin.",
    "The panel wasn't sure you'd be excited by this kind of work long term.",
    "We went with someone with more years of experience in a similar role.",
    "Your answers were hard to follow and tended to ramble.",
    "The position has been put on hold due to a budget freeze.",
    "Your résumé didn't show the results of your work clearly.",
    "We need someone with deeper SQL and data modelling skills.",
    "The hiring manager felt you had little experience leading projects.",
    "",
]
FEEDBACK = [
    "Your answers were hard to follow and you didn't get to the point.",
    "The team felt your answers lacked specific examples of impact.",
    "You didn't seem to know much about our product or our customers.",
    "Strong technical skills, but we need more evidence of leadership.",
    "Your communication was excellent, but another candidate was a closer match.",
    "The case study was unstructured and the analysis didn't land.",
    "We felt you weren't familiar with the job description.",
    "Your CV wasn't tailored to the role and missed key skills we asked for.",
    "The panel liked your energy but wanted more senior experience.",
    "You came across as nervous and hesitant in the final round.",
]
REFLECTIONS = [
    "I rambled on the first question and never recovered.",
    "I blanked on the SQL question.",
    "I didn't have any questions prepared at the end and I hadn't read their latest news.",
    "I couldn't give a concrete example of handling conflict.",
    "I think the design exercise went badly; I jumped to a solution.",
    "Felt good about it, they liked my portfolio.",
    "I was nervous and spoke too fast.",
    "Honestly I wasn't that excited about the role and it probably showed.",
]
SOURCES = ["referral", "job_board", "company_site", "recruiter", "network", "other"]
INDUSTRIES = ["Software", "Finance", "Health", "Retail", "Education", "Logistics"]


def seed_history(user, *, applications=2000, rejections=600, texts=1500, seed=7, today=None):
    """Bulk-create a realistic history for one user; mentions come from the real classifier."""
    from django.utils import timezone

    from applications.models import (
        Application,
        ApplicationEvent,
        Company,
        Interview,
        Rejection,
        Status,
    )
    from feedback.models import Feedback, FeedbackRequest, Reflection
    from insights.models import SOURCE_FIELDS, SourceKind, ThemeMention
    from insights.services import classifier_version, read_text

    rng = random.Random(seed)
    today = today or user.local_today()
    tz = user.tz
    companies = Company.objects.bulk_create(
        Company(user=user, name=f"Company {i}", industry=rng.choice(INDUSTRIES))
        for i in range(max(applications // 6, 1))
    )
    rejected = set(rng.sample(range(applications), min(rejections, applications)))
    apps, plans = [], []
    for i in range(applications):
        applied_on = today - timedelta(days=rng.randrange(0, 180))
        if i in rejected:
            stage = rng.choices(["applied", "screening", "interviewing", "offer"], [5, 3, 3, 1])[0]
            status = Status.REJECTED
        else:
            stage = None
            status = rng.choices(
                ["applied", "ghosted", "screening", "interviewing", "offer", "withdrawn"],
                [6, 4, 2, 2, 1, 1],
            )[0]
        at = datetime.combine(applied_on, dtime(9), tzinfo=tz)
        apps.append(
            Application(
                user=user,
                company=rng.choice(companies),
                role_title=rng.choice(["Data Analyst", "Product Analyst", "BI Developer"]),
                source=rng.choice(SOURCES),
                resume_version=rng.choice(["v1", "v2", "v3"]),
                seniority=rng.choice(["junior", "mid", "senior"]),
                work_mode=rng.choice(["onsite", "hybrid", "remote"]),
                applied_on=applied_on,
                status=status,
                status_changed_at=at,
                created_at=at,
            )
        )
        plans.append((stage, status, at))
    apps = Application.objects.bulk_create(apps)
    events, rejection_rows, interviews = [], [], []
    ladder = ["applied", "screening", "interviewing", "offer"]
    for app, (stage, status, at) in zip(apps, plans, strict=True):
        reached = stage or (status if status in ladder else "applied")
        previous = ""
        for step, name in enumerate(ladder[: ladder.index(reached) + 1]):
            events.append(
                ApplicationEvent(
                    user=user,
                    application=app,
                    from_status=previous,
                    to_status=name,
                    occurred_at=at + timedelta(days=step * 6),
                )
            )
            previous = name
        if reached in ("interviewing", "offer"):
            interviews.append(
                Interview(
                    user=user,
                    application=app,
                    round="technical",
                    starts_at=at + timedelta(days=12),
                    to_improve=rng.choice(REFLECTIONS),
                    self_assessed_at=at + timedelta(days=12),
                )
            )
        if status != reached and status not in ladder:
            events.append(
                ApplicationEvent(
                    user=user,
                    application=app,
                    from_status=previous,
                    to_status=status,
                    occurred_at=at + timedelta(days=20),
                )
            )
        if stage:
            rejection_rows.append(
                Rejection(
                    user=user,
                    application=app,
                    stage=stage,
                    rejected_on=min(at.date() + timedelta(days=20), today),
                    channel=rng.choice(["email", "email", "portal", "never_heard"]),
                    reason=rng.choice(REASONS),
                )
            )
    ApplicationEvent.objects.bulk_create(events, batch_size=2000)
    Interview.objects.bulk_create(interviews, batch_size=2000)
    rejection_rows = Rejection.objects.bulk_create(rejection_rows, batch_size=2000)
    now = timezone.now()
    requests = []
    for rejection in rejection_rows[: len(rejection_rows) * 2 // 3]:
        sent = datetime.combine(rejection.rejected_on, dtime(10), tzinfo=tz)
        status = rng.choice(["replied", "replied", "declined", "sent", "no_reply"])
        requests.append(
            FeedbackRequest(
                user=user,
                rejection=rejection,
                recipient_name="Recruiter",
                subject="Feedback",
                body="Could you share feedback?",
                situation="application",
                status=status,
                sent_at=sent,
                replied_at=min(sent + timedelta(days=rng.randrange(1, 12)), now)
                if status != "sent"
                else None,
            )
        )
    FeedbackRequest.objects.bulk_create(requests, batch_size=2000)
    feedback_count = texts * 3 // 5
    feedback = Feedback.objects.bulk_create(
        (
            Feedback(
                user=user,
                rejection=(r := rng.choice(rejection_rows)),
                text=rng.choice(FEEDBACK),
                received_on=r.rejected_on,
            )
            for _ in range(feedback_count)
        ),
        batch_size=2000,
    )
    reflections = Reflection.objects.bulk_create(
        (
            Reflection(
                user=user,
                application=(r := rng.choice(rejection_rows)).application,
                rejection=r,
                text=rng.choice(REFLECTIONS),
            )
            for _ in range(texts - feedback_count)
        ),
        batch_size=2000,
    )
    version = classifier_version()
    cache: dict[str, list] = {}
    mentions = []
    sources = (
        [(SourceKind.REJECTION_REASON, r, r.reason, r.application_id, r.pk) for r in rejection_rows]
        + [
            (SourceKind.FEEDBACK, f, f.text, f.rejection.application_id, f.rejection_id)
            for f in feedback
        ]
        + [
            (SourceKind.REFLECTION, r, r.text, r.application_id, r.rejection_id)
            for r in reflections
        ]
    )
    for kind, source, text, application_id, rejection_id in sources:
        if text not in cache:
            cache[text] = read_text(text)
        seen = set()
        for theme, polarity, evidence in cache[text]:
            if (theme, polarity) in seen:
                continue
            seen.add((theme, polarity))
            mentions.append(
                ThemeMention(
                    user=user,
                    theme=theme,
                    polarity=polarity,
                    evidence=evidence[:500],
                    source_kind=kind,
                    application_id=application_id,
                    rejection_id=rejection_id,
                    classifier_version=version,
                    **{SOURCE_FIELDS[kind]: source},
                )
            )
    ThemeMention.objects.bulk_create(mentions, batch_size=2000)
    return {
        "applications": len(apps),
        "rejections": len(rejection_rows),
        "texts": len(feedback) + len(reflections),
        "mentions": len(mentions),
    }


def bench_tables() -> list[str]:
    from django.apps import apps

    labels = ["applications", "feedback", "insights"]
    return [m._meta.db_table for label in labels for m in apps.get_app_config(label).get_models()]


def classifier_rate(texts: list[str], minimum: int = 5000) -> float:
    from insights.classifier import classify

    sample = (texts * (minimum // max(len(texts), 1) + 1))[:minimum]
    start = time.perf_counter()
    for text in sample:
        classify(text)
    return len(sample) / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache

    # Requests handled as in production: no query log, no template debug information (both
    # are chosen when first used, so switching here is enough). Static files stay served
    # the development way, which needs no collectstatic and costs both pages the same.
    settings.DEBUG = False
    from django.db import connection
    from django.http import HttpResponse
    from django.template import engines
    from django.test import Client
    from django.urls import clear_url_caches, path

    from applications.models import Application, User
    from feedback.models import Feedback, Reflection

    settings.ALLOWED_HOSTS = ["testserver"]

    floor_page = engines["django"].from_string(
        '{% extends "base.html" %}{% block content %}<h1>{{ n }} applications</h1>{% endblock %}'
    )

    def floor(request):
        # The cheapest real page: the site's layout, the session and user lookups, and one
        # query of our own.
        n = Application.objects.for_user(request.user).count()
        return HttpResponse(floor_page.render({"n": n}, request))

    import config.urls

    config.urls.urlpatterns.insert(0, path("bench-floor/", floor))
    clear_url_caches()

    user = User.objects.create_user(
        username=f"bench-{int(time.time())}", email=f"bench{time.time()}@example.com"
    )
    try:
        started = time.perf_counter()
        made = seed_history(user)
        seeded_in = time.perf_counter() - started
        if connection.vendor == "postgresql":
            # Fresh bulk inserts have no planner statistics yet, and earlier runs leave dead
            # rows behind; autovacuum would deal with both on a server that runs for a while.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE " + ", ".join(bench_tables()))
        client = Client()
        client.force_login(user)

        def timed_get(url):
            t0 = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - t0) * 1000
            assert response.status_code == 200, (url, response.status_code)
            return elapsed

        for _ in range(5):
            timed_get("/insights/")
            timed_get("/bench-floor/")
        # One after the other, so both see the same load on a shared machine.
        dash, floor_ms = [], []
        for _ in range(args.runs):
            dash.append(timed_get("/insights/"))
            floor_ms.append(timed_get("/bench-floor/"))
        dashboard_ms, floor_med = statistics.median(dash), statistics.median(floor_ms)
        # The first view after a change: the kept page dropped before each request (not
        # timed), so every number is computed from the rows again.
        cold, cold_floor = [], []
        for _ in range(max(args.runs // 4, 10)):
            cache.clear()
            cold.append(timed_get("/insights/"))
            cold_floor.append(timed_get("/bench-floor/"))
        cold_ms, cold_floor_med = statistics.median(cold), statistics.median(cold_floor)

        # How much of the dashboard's time is spent waiting on the database.
        spent = []

        def clock(execute, sql, params, many, context):
            t0 = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                spent[-1].append((time.perf_counter() - t0) * 1000)

        with connection.execute_wrapper(clock):
            for _ in range(20):
                cache.clear()
                spent.append([])
                timed_get("/insights/")
        db_ms = statistics.median(sum(q) for q in spent)
        queries = len(spent[-1])
        texts = list(Feedback.objects.filter(user=user).values_list("text", flat=True)) + list(
            Reflection.objects.filter(user=user).values_list("text", flat=True)
        )
        rate = classifier_rate(texts)
        print(f"seeded: {made} in {seeded_in:.1f}s")
        print(f"dashboard median: {dashboard_ms:.1f} ms (page kept: nothing changed since)")
        print(f"floor median:     {floor_med:.1f} ms")
        print(f"ratio:            {dashboard_ms / floor_med:.2f}x")
        print(f"first view after a change: {cold_ms:.1f} ms, floor {cold_floor_med:.1f} ms")
        print(f"  ratio:          {cold_ms / cold_floor_med:.2f}x")
        print(f"  of which SQL:   {db_ms:.1f} ms in {queries} queries")
        print(f"classifier:       {rate:,.0f} texts/s")
    finally:
        # Applications protect their companies, so they go first.
        Application.objects.filter(user=user).delete()
        user.delete()


if __name__ == "__main__":
    main()
