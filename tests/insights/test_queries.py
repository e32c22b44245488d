"""Dashboard aggregates on small hand-built histories, checked to the exact count."""

import datetime as dt

import pytest
from django.utils import timezone

from applications.models import ApplicationEvent, Status
from feedback.models import Feedback, FeedbackRequest, Reflection
from insights import queries
from insights.models import ImprovementAction, ThemeMention
from tests.factories import ApplicationFactory, InterviewFactory, RejectionFactory

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 3, 18)


@pytest.fixture(autouse=True)
def _frozen(time_machine):
    time_machine.move_to("2026-03-18 12:00Z", tick=False)


def days_ago(n):
    return TODAY - dt.timedelta(days=n)


def mention(rejection, theme, polarity="weakness", origin="auto", evidence="", **source):
    source = source or {"source_rejection": rejection, "source_kind": "rejection_reason"}
    return ThemeMention.objects.create(
        user=rejection.user,
        rejection=rejection,
        application=rejection.application,
        theme=theme,
        polarity=polarity,
        origin=origin,
        evidence=evidence or f"{theme} quote",
        **source,
    )


@pytest.fixture
def rejections(user):
    r = {
        name: RejectionFactory(user=user, stage=stage, rejected_on=days_ago(ago))
        for name, stage, ago in [
            ("r1", "applied", 5),
            ("r2", "interviewing", 10),
            ("r3", "interviewing", 60),
            ("r4", "screening", 20),
            ("r5", "applied", 3),
            ("r6", "applied", 50),
        ]
    }
    mention(r["r1"], "communication", evidence="hard to follow")
    mention(r["r1"], "competition", "external")
    mention(r["r2"], "communication", evidence="rambling answers")
    mention(r["r2"], "preparation")
    reflection = Reflection.objects.create(
        user=user, application=r["r2"].application, rejection=r["r2"], text="I rambled"
    )
    # The same theme from a second text of the same rejection still counts that rejection once.
    mention(
        r["r2"],
        "communication",
        evidence="I rambled",
        source_kind="reflection",
        reflection=reflection,
    )
    mention(r["r3"], "communication", origin="confirmed", evidence="unclear")
    mention(r["r3"], "technical_skills", "strength", evidence="strong SQL")
    mention(r["r4"], "position_change", "external")
    mention(r["r6"], "preparation", origin="removed")
    return r


def test_it_ranks_weaknesses_by_distinct_rejections(user, rejections):
    result = queries.themes(user, TODAY)

    ranked = [(w["theme"], w["rejections"], w["recurring"]) for w in result["weaknesses"]]
    assert ranked == [("communication", 3, True), ("preparation", 1, False)]


def test_it_tells_rising_from_fading_by_the_last_six_weeks(user, rejections):
    comms = queries.themes(user, TODAY)["weaknesses"][0]

    assert (comms["recent"], comms["previous"], comms["trend"]) == (2, 1, "rising")


@pytest.mark.parametrize(
    ("recent", "previous", "trend"),
    [(2, 1, "rising"), (1, 0, "steady"), (0, 2, "fading"), (1, 1, "steady"), (0, 0, "quiet")],
)
def test_it_only_calls_a_trend_with_at_least_two_rejections(recent, previous, trend):
    assert queries._trend(recent, previous) == trend


def test_it_counts_strengths_by_employer(user, rejections):
    strengths = queries.themes(user, TODAY)["strengths"]

    assert [(s["theme"], s["applications"]) for s in strengths] == [("technical_skills", 1)]


def test_it_quotes_the_evidence_newest_first_with_its_rejection(user, rejections):
    quotes = [q for q in queries.quotes(user) if q["theme"] == "communication"]

    assert [(q["evidence"], q["rejection_id"]) for q in quotes] == [
        ("hard to follow", rejections["r1"].pk),
        ("I rambled", rejections["r2"].pk),
        ("rambling answers", rejections["r2"].pk),
        ("unclear", rejections["r3"].pk),
    ]


def test_it_keeps_at_most_five_quotes_per_theme(user):
    for i in range(7):
        mention(RejectionFactory(user=user, rejected_on=days_ago(i)), "confidence")

    assert len(queries.quotes(user)) == 5


def test_it_counts_rejections_that_were_not_about_you(user, rejections):
    result = queries.rejections(user)["not_about_you"]

    assert {k: result[k] for k in ("total", "about_you", "external_only", "unnamed")} == {
        "total": 6,
        "about_you": 3,
        "external_only": 1,
        "unnamed": 2,
    }
    assert (result["not_about_you"], result["rate"].percent) == (3, 50)


def test_it_counts_rejections_by_stage_and_reads_them_as_early(user, rejections):
    result = queries.rejections(user)["stages"]

    assert [(r["stage"], r["n"]) for r in result["rows"]] == [
        ("applied", 3),
        ("screening", 1),
        ("interviewing", 2),
        ("offer", 0),
    ]
    assert (result["early"], result["late"], result["reading"]) == (4, 2, "early")


def test_it_reads_mostly_late_rejections_as_an_interviewing_matter(user):
    for stage in ["interviewing"] * 4 + ["offer", "applied"]:
        RejectionFactory(user=user, stage=stage)

    assert queries.rejections(user)["stages"]["reading"] == "late"


def test_it_says_too_few_below_five_rejections(user):
    RejectionFactory(user=user, stage="applied")

    assert queries.rejections(user)["stages"]["reading"] == "few"


def test_it_says_whether_a_weakness_came_back_after_an_action(user, rejections):
    done = ImprovementAction.objects.create(
        user=user,
        theme="communication",
        title="Toastmasters",
        status="done",
        completed_on=days_ago(30),
    )
    ImprovementAction.objects.create(
        user=user,
        theme="preparation",
        title="Research list",
        status="done",
        completed_on=days_ago(1),
    )

    result = {a.title: (a.came_back, a.rejections_since) for a in queries.actions(user)}

    assert done.title in result
    assert result == {"Toastmasters": (2, 4), "Research list": (0, 0)}


def _referral_and_job_board(user):
    def app(status, source="referral", **kw):
        return ApplicationFactory(user=user, status=status, source=source, **kw)

    app(Status.INTERVIEWING, resume_version="v2")
    moved = app(Status.REJECTED, resume_version="v2")
    ApplicationEvent.objects.create(
        user=user, application=moved, from_status="applied", to_status="interviewing"
    )
    RejectionFactory(user=user, application=moved, stage="interviewing", channel="email")
    app(Status.OFFER, resume_version="v2")
    early = app(Status.REJECTED, resume_version="v2")
    RejectionFactory(user=user, application=early, stage="applied", channel="email")
    app(Status.APPLIED, resume_version="v2")
    silent = app(Status.REJECTED, source="job_board", resume_version="v1")
    RejectionFactory(user=user, application=silent, stage="applied", channel="never_heard")
    app(Status.APPLIED, source="job_board", resume_version="v1")
    app(Status.APPLIED, source="job_board", resume_version="v1")
    app(Status.WISHLIST, source="job_board", applied_on=None)


def test_it_counts_outcomes_per_source(user):
    _referral_and_job_board(user)

    tables = {t["name"]: t for t in queries.what_works(queries.outcomes(user))}
    groups = {g["label"]: g for g in tables["source"]["groups"]}

    referral, board = groups["Referral"], groups["Job board"]
    assert (referral["n"], referral["too_few"]) == (5, False)
    assert (referral["response"].successes, referral["interview"].successes) == (4, 3)
    assert referral["offer"].successes == 1
    assert referral["response"].interval == pytest.approx((0.3755, 0.9638), abs=5e-5)
    assert (board["n"], board["too_few"], board["response"].successes) == (3, True, 0)


def test_it_groups_the_same_applications_by_every_dimension(user):
    _referral_and_job_board(user)

    tables = {t["name"]: t for t in queries.what_works(queries.outcomes(user))}

    assert {g["label"]: g["n"] for g in tables["resume_version"]["groups"]} == {"v2": 5, "v1": 3}
    assert {g["label"]: g["n"] for g in tables["industry"]["groups"]} == {"Software": 8}
    assert {g["label"]: g["n"] for g in tables["work_mode"]["groups"]} == {"Not set": 8}


def test_it_builds_the_funnel_with_conversion_at_each_step(user):
    _referral_and_job_board(user)

    steps = queries.funnel(queries.outcomes(user))

    assert [(s["label"], s["n"]) for s in steps] == [
        ("Applied", 8),
        ("Screening", 3),
        ("Interviewing", 3),
        ("Offer", 1),
    ]
    assert [(c.successes, c.n) for c in (s["conversion"] for s in steps[1:])] == [
        (3, 8),
        (3, 3),
        (1, 3),
    ]


def test_it_measures_the_feedback_loop(user):
    rejection = RejectionFactory(user=user)
    sent = timezone.now() - dt.timedelta(days=30)
    for status, reply_days in [
        ("replied", 2),
        ("declined", 4),
        ("replied", 9),
        ("sent", None),
        ("to_send", None),
    ]:
        FeedbackRequest.objects.create(
            user=user,
            rejection=rejection,
            recipient_name="Sam",
            subject="Feedback",
            body="Could you share feedback?",
            situation="application",
            status=status,
            sent_at=None if status == "to_send" else sent,
            replied_at=sent + dt.timedelta(days=reply_days) if reply_days else None,
        )

    loop = queries.feedback_loop(user, TODAY)

    assert {k: loop[k] for k in ("sent", "replied", "declined", "answered", "waiting")} == {
        "sent": 4,
        "replied": 2,
        "declined": 1,
        "answered": 3,
        "waiting": 1,
    }
    assert loop["median_days"] == 4.0
    assert (loop["rate"].successes, loop["rate"].n) == (3, 4)
    assert loop["recent_replies"] == 1


def test_it_counts_applications_per_week(user):
    # 2026-03-18 is a Wednesday: this week started on Monday the 16th.
    for applied_on in [TODAY, days_ago(2), days_ago(3), days_ago(9), days_ago(90)]:
        ApplicationFactory(user=user, applied_on=applied_on)

    weeks = queries.weekly_applications(user, TODAY)

    assert len(weeks) == 12
    assert (weeks[-1]["week"], weeks[-1]["n"]) == (dt.date(2026, 3, 16), 2)
    assert (weeks[-2]["week"], weeks[-2]["n"]) == (dt.date(2026, 3, 9), 2)
    assert sum(w["n"] for w in weeks) == 4


def test_it_counts_the_small_wins_of_the_last_four_weeks(user):
    now = timezone.now()
    a = ApplicationFactory(user=user)
    b = ApplicationFactory(user=user)
    for app, frm, to, ago in [
        (a, "applied", "screening", 3),
        (a, "screening", "interviewing", 2),
        (b, "applied", "interviewing", 40),
        (b, "interviewing", "offer", 1),
    ]:
        ApplicationEvent.objects.create(
            user=user,
            application=app,
            from_status=frm,
            to_status=to,
            occurred_at=now - dt.timedelta(days=ago),
        )
    InterviewFactory(user=user, application=a, starts_at=now - dt.timedelta(days=2))
    InterviewFactory(user=user, application=a, starts_at=now + dt.timedelta(days=2))

    wins = queries.small_wins(user, TODAY, now)

    assert wins == {"heard_back": 1, "next_rounds": 2, "offers": 1, "interviews": 1}


def test_it_counts_weakness_themes_by_month(user, rejections):
    result = queries.themes_by_month(user, TODAY)

    assert result["months"][0] == dt.date(2025, 10, 1)
    assert result["grid"]["communication"] == {
        dt.date(2026, 3, 1): 2,
        dt.date(2026, 1, 1): 1,
    }


def test_it_never_counts_another_users_rows(user, other_user, rejections):
    assert queries.rejections(other_user)["not_about_you"]["total"] == 0
    assert queries.themes(other_user, TODAY)["weaknesses"] == []
    assert queries.quotes(other_user) == []
    assert queries.funnel(queries.outcomes(other_user))[0]["n"] == 0


def test_it_reads_feedback_text_mentions_for_the_rejection(user, rejections):
    feedback = Feedback.objects.create(
        user=user, rejection=rejections["r5"], text="x", received_on=TODAY
    )
    mention(rejections["r5"], "leadership", source_kind="feedback", feedback=feedback)

    assert queries.rejections(user)["not_about_you"]["about_you"] == 4
