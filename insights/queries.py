"""The dashboard's numbers, each one database aggregate over one user's rows.

Every function runs a fixed number of queries whatever the size of the history, so the
dashboard costs the same handful of queries for 10 applications as for 10,000.
"""

from datetime import date, datetime, time, timedelta

from django.db import connection
from django.db.models import (
    Aggregate,
    Count,
    DurationField,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber

from applications.models import (
    PIPELINE,
    Application,
    ApplicationEvent,
    Interview,
    Rejection,
    RejectionChannel,
    Status,
)
from feedback.models import FeedbackRequest, RequestStatus
from insights.models import (
    COUNTED,
    EMPLOYER_KINDS,
    ImprovementAction,
    Polarity,
    ThemeMention,
    theme_label,
)
from insights.stats import MIN_SAMPLE, Rate, median

# Rising or fading compares the last six weeks of rejections with the six weeks before.
TREND_DAYS = 42
QUOTES_PER_THEME = 5
WEEKS_SHOWN = 12
MONTHS_SHOWN = 6
WINS_DAYS = 28
RECURRING = 2


class Median(Aggregate):
    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


def _local_midnight(user, day: date) -> datetime:
    # A bound on the raw timestamp keeps the index usable, unlike a filter on its local date.
    return datetime.combine(day, time.min, tzinfo=user.tz)


def _mentions(user):
    return ThemeMention.objects.for_user(user).filter(COUNTED)


def _one_row(queryset, **aggregates):
    """The aggregates as a queryset of exactly one row, so several can share one statement.

    Grouping by a constant leaves no GROUP BY at all, so an empty table still gives one row
    of zeros, like ``aggregate()``.
    """
    return (
        queryset.order_by()
        .annotate(_one=Value(1))
        .values("_one")
        .annotate(**aggregates)
        .values(*aggregates)
    )


def fetch_together(*parts) -> dict:
    """Run several one-row aggregates as one statement, side by side: one round trip for all.

    Each part is a queryset from ``_one_row`` or an ``(sql, params)`` pair, and keeps its own
    FROM and WHERE. Their column names must differ.
    """
    selects, params = [], []
    for i, part in enumerate(parts):
        sql, part_params = part if isinstance(part, tuple) else part.query.sql_with_params()
        selects.append(f"({sql}) part_{i}")
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM " + " CROSS JOIN ".join(selects), params)
        names = [column[0] for column in cursor.description]
        return dict(zip(names, cursor.fetchone(), strict=True))


# --- 1 and 6: recurring weaknesses and the strengths employers name ---------------------


def _trend(recent: int, previous: int) -> str:
    if recent > previous and recent >= RECURRING:
        return "rising"
    if recent < previous and previous >= RECURRING:
        return "fading"
    if recent == previous == 0:
        return "quiet"
    return "steady"


def _monthly(months: list[date], today: date) -> dict:
    """Distinct rejections naming a weakness in each month (up to today), one column each."""
    ends = [*months[1:], None]
    columns = {}
    for i, (start, end) in enumerate(zip(months, ends, strict=True)):
        within = Q(rejection__rejected_on__lt=end) if end else Q(rejection__rejected_on__lte=today)
        columns[f"month_{i}"] = Count(
            "rejection",
            distinct=True,
            filter=Q(polarity=Polarity.WEAKNESS, rejection__rejected_on__gte=start) & within,
        )
    return columns


def themes(user, today: date, months: list[date] | None = None) -> dict:
    """Weakness themes by distinct rejections, strengths by distinct applications (1 query).

    Given month starts, each weakness also carries its count per month (``by_month``), so
    the chart of themes over time needs no query of its own.
    """
    recent_from = today - timedelta(days=TREND_DAYS - 1)
    previous_from = recent_from - timedelta(days=TREND_DAYS)
    in_rejections = Q(polarity=Polarity.WEAKNESS, rejection__isnull=False)
    from_employers = Q(polarity=Polarity.STRENGTH, source_kind__in=EMPLOYER_KINDS)
    monthly = _monthly(months, today) if months else {}
    rows = (
        _mentions(user)
        .filter(in_rejections | from_employers)
        .values("polarity", "theme")
        .annotate(
            **monthly,
            rejections=Count("rejection", distinct=True),
            applications=Count("application", distinct=True),
            recent=Count(
                "rejection", distinct=True, filter=Q(rejection__rejected_on__gte=recent_from)
            ),
            previous=Count(
                "rejection",
                distinct=True,
                filter=Q(
                    rejection__rejected_on__gte=previous_from,
                    rejection__rejected_on__lt=recent_from,
                ),
            ),
            last_seen=Max("rejection__rejected_on"),
        )
    )
    weaknesses, strengths = [], []
    for row in rows:
        if monthly:
            row["by_month"] = [row.pop(column) for column in monthly]
        row["label"] = theme_label(row["theme"])
        row["quotes"] = []
        if row["polarity"] == Polarity.WEAKNESS:
            row["trend"] = _trend(row["recent"], row["previous"])
            row["recurring"] = row["rejections"] >= RECURRING
            row["actions"] = []
            weaknesses.append(row)
        else:
            strengths.append(row)
    weaknesses.sort(key=lambda r: (-r["rejections"], -r["recent"], r["label"]))
    strengths.sort(key=lambda r: (-r["applications"], r["label"]))
    return {
        "weaknesses": weaknesses,
        "strengths": strengths,
        "recent_from": recent_from,
        "previous_from": previous_from,
    }


def quotes(user) -> list[dict]:
    """The latest few evidence phrases per theme and polarity, with their rejection (1 query).

    The ranking runs over the mentions and their rejection dates only; the application and
    company are joined afterwards for the few rows kept.
    """
    ranked = (
        _mentions(user)
        .filter(
            Q(polarity=Polarity.WEAKNESS, rejection__isnull=False)
            | Q(polarity=Polarity.STRENGTH, source_kind__in=EMPLOYER_KINDS)
        )
        .annotate(
            position=Window(
                RowNumber(),
                partition_by=[F("polarity"), F("theme")],
                order_by=[F("rejection__rejected_on").desc(nulls_last=True), F("id").desc()],
            )
        )
        .filter(position__lte=QUOTES_PER_THEME)
        .values("pk")
    )
    return list(
        # The user filter again: it lets the join start from this user's mentions only.
        ThemeMention.objects.for_user(user)
        .filter(pk__in=ranked)
        .values(
            "polarity",
            "theme",
            "evidence",
            "source_kind",
            "origin",
            "application_id",
            "rejection_id",
            "rejection__rejected_on",
            company=F("application__company__name"),
            role=F("application__role_title"),
        )
        .order_by("polarity", "theme", F("rejection__rejected_on").desc(nulls_last=True), "-id")
    )


def actions(user) -> list[ImprovementAction]:
    """Improvement actions, each with how often its theme came back after it was done (1 query)."""
    weak_after = (
        _mentions(user)
        .filter(
            polarity=Polarity.WEAKNESS,
            theme=OuterRef("theme"),
            rejection__rejected_on__gt=OuterRef("completed_on"),
        )
        .order_by()
        .values("theme")
        .annotate(n=Count("rejection", distinct=True))
        .values("n")
    )
    rejections_after = (
        Rejection.objects.for_user(user)
        .filter(rejected_on__gt=OuterRef("completed_on"))
        .order_by()
        .values("user")
        .annotate(n=Count("id"))
        .values("n")
    )
    return list(
        ImprovementAction.objects.for_user(user).annotate(
            came_back=Coalesce(Subquery(weak_after, output_field=IntegerField()), 0),
            rejections_since=Coalesce(Subquery(rejections_after, output_field=IntegerField()), 0),
        )
    )


# --- 2 and 3: not about you, and where rejections happen ----------------------------------


STAGES = [Status.APPLIED, Status.SCREENING, Status.INTERVIEWING, Status.OFFER]
EARLY = {Status.APPLIED, Status.SCREENING}


def rejection_counts(user) -> tuple[str, list]:
    """Rejections that named no weakness, and where rejections came, in one pass.

    Whether a rejection named a weakness or an outside reason is looked up once per
    rejection in an inner select; the outer one only counts, so neither lookup is repeated
    for each of the counts that need it.
    """

    def named(polarity):
        # The rejection's mentions are the user's own; saying so lets PostgreSQL look them
        # up once through the (user, polarity, theme) index rather than scan every user's.
        return Exists(_mentions(user).filter(rejection=OuterRef("pk"), polarity=polarity))

    inner = (
        Rejection.objects.for_user(user)
        .annotate(weak=named(Polarity.WEAKNESS), outside=named(Polarity.EXTERNAL))
        .order_by()
        .values("stage", "weak", "outside")
    )
    sql, params = inner.query.sql_with_params()
    # OFFSET 0 keeps the inner select whole: PostgreSQL would otherwise fold it into the outer
    # one and run both lookups again inside every count. SQLite needs a LIMIT with an OFFSET.
    sql += " OFFSET 0" if connection.vendor == "postgresql" else " LIMIT -1 OFFSET 0"
    stages = ", ".join(f"COUNT(*) FILTER (WHERE stage = %s) AS stage_{s}" for s in STAGES)
    outer = (
        "SELECT COUNT(*) AS total, COUNT(*) FILTER (WHERE weak) AS about_you, "
        "COUNT(*) FILTER (WHERE outside AND NOT weak) AS external_only, "
        "COUNT(*) FILTER (WHERE NOT weak AND NOT outside) AS unnamed, "
        f"{stages} FROM ({sql}) counted"
    )
    # The stage placeholders come first in the statement, the inner select's after them.
    return outer, [*(str(s) for s in STAGES), *params]


def rejections(user, counts: dict | None = None) -> dict:
    """Rejections that named no weakness, and where rejections came (1 query, or none given
    the counts of ``rejection_counts`` fetched along with others)."""
    if counts is None:
        counts = fetch_together(rejection_counts(user))
    return {"not_about_you": _not_about_you(counts), "stages": _stages(counts)}


def _not_about_you(counts: dict) -> dict:
    """Only outside reasons, or no reason at all: rejections that said nothing about you."""
    result = {k: counts[k] for k in ("total", "about_you", "external_only", "unnamed")}
    result["not_about_you"] = result["external_only"] + result["unnamed"]
    result["rate"] = Rate(result["not_about_you"], result["total"])
    return result


def _stages(counts: dict) -> dict:
    """Rejections by the stage they came at, and what that points to."""
    total = counts["total"]
    rows = [
        {
            "stage": s,
            "label": s.label,
            "n": counts[f"stage_{s}"],
            "rate": Rate(counts[f"stage_{s}"], total),
        }
        for s in STAGES
    ]
    early = sum(r["n"] for r in rows if r["stage"] in EARLY)
    if total < MIN_SAMPLE:
        reading = "few"
    elif early / total >= 0.6:
        reading = "early"
    elif (total - early) / total >= 0.6:
        reading = "late"
    else:
        reading = "mixed"
    return {"rows": rows, "total": total, "early": early, "late": total - early, "reading": reading}


# --- 3 and 4: the funnel and what works ---------------------------------------------------

# (column in the query, heading, Application field whose choices label the groups)
DIMENSIONS = [
    ("source", "Source", "source"),
    ("resume_version", "Résumé version", None),
    ("seniority", "Seniority", "seniority"),
    ("work_mode", "Work mode", "work_mode"),
    ("industry", "Industry", None),
]


RANKS = {step: i + 1 for i, step in enumerate(PIPELINE)}
_REPLIED = [RejectionChannel.EMAIL, RejectionChannel.CALL, RejectionChannel.PORTAL]


def _rank_case(column: str) -> str:
    whens = " ".join(f"WHEN '{step}' THEN {rank}" for step, rank in RANKS.items())
    return f"CASE {column} {whens} ELSE 0 END"


def _outcomes_sql() -> str:
    """One statement: each application's furthest step once, then grouped by every dimension.

    An application reached a step if its timeline, its current status or its rejection's
    stage says so. The per-application reach is computed once in a CTE and grouped five
    ways with UNION ALL, which the ORM can't express without repeating the work five times.
    """
    greatest = "GREATEST" if connection.vendor == "postgresql" else "MAX"
    tables = {
        "application": Application._meta.db_table,
        "company": Application._meta.get_field("company").related_model._meta.db_table,
        "event": ApplicationEvent._meta.db_table,
        "rejection": Rejection._meta.db_table,
    }
    replied = ", ".join(f"'{c}'" for c in _REPLIED)
    # Only steps past "applied" can raise the reach: the applied count is every row anyway.
    beyond_applied = ", ".join(f"'{s}'" for s in PIPELINE[1:])
    counts = (
        "COUNT(*), "
        f"SUM(CASE WHEN reach >= {RANKS[Status.SCREENING]} OR replied = 1 THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN reach >= {RANKS[Status.SCREENING]} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN reach >= {RANKS[Status.INTERVIEWING]} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN reach >= {RANKS[Status.OFFER]} THEN 1 ELSE 0 END)"
    )
    names = [name for name, _label, _field in DIMENSIONS]
    if connection.vendor == "postgresql":
        # One pass over the applications, grouped five ways at once; GROUPING() tells which
        # dimension a row belongs to.
        which = " ".join(f"WHEN GROUPING({n}) = 0 THEN '{n}'" for n in names)
        key = " ".join(f"WHEN GROUPING({n}) = 0 THEN {n}" for n in names)
        sets = ", ".join(f"({n})" for n in names)
        groups = (
            f"SELECT CASE {which} END, CASE {key} END, {counts} "
            f"FROM applied GROUP BY GROUPING SETS ({sets})"
        )
    else:
        groups = " UNION ALL ".join(
            f"SELECT '{n}', {n}, {counts} FROM applied GROUP BY {n}" for n in names
        )
    return f"""
        WITH steps AS (
            SELECT application_id, MAX({_rank_case("to_status")}) AS reach
            FROM {tables["event"]}
            WHERE user_id = %s AND to_status IN ({beyond_applied})
            GROUP BY application_id
        ), applied AS (
            SELECT a.source, a.resume_version, a.seniority, a.work_mode, c.industry,
                   {greatest}(COALESCE(s.reach, 0), {_rank_case("a.status")},
                              COALESCE({_rank_case("r.stage")}, 0)) AS reach,
                   CASE WHEN r.channel IN ({replied}) THEN 1 ELSE 0 END AS replied
            FROM {tables["application"]} a
            JOIN {tables["company"]} c ON c.id = a.company_id
            LEFT JOIN steps s ON s.application_id = a.id
            LEFT JOIN {tables["rejection"]} r ON r.application_id = a.id
            WHERE a.user_id = %s AND a.status <> '{Status.WISHLIST}'
        )
        {groups}
    """


def outcomes(user) -> dict:
    """Response, interview and offer counts per group of each dimension (1 query)."""
    with connection.cursor() as cursor:
        cursor.execute(_outcomes_sql(), [user.pk, user.pk])
        rows = cursor.fetchall()
    by_dimension = {name: [] for name, _label, _field in DIMENSIONS}
    keys = ("dimension", "key", "applied", "responded", "screened", "interviewed", "offered")
    for row in rows:
        row = dict(zip(keys, row, strict=True))
        row["key"] = row["key"] or ""
        for k in keys[2:]:
            row[k] = int(row[k] or 0)
        by_dimension[row["dimension"]].append(row)
    return by_dimension


def _display(name: str, key: str) -> str:
    if not key:
        return "Not set"
    field = next(f for n, _label, f in DIMENSIONS if n == name)
    if field:
        return dict(Application._meta.get_field(field).choices).get(key, key)
    return key


def what_works(by_dimension: dict) -> list[dict]:
    tables = []
    for name, label, _field in DIMENSIONS:
        groups = []
        for row in by_dimension[name]:
            n = row["applied"]
            groups.append(
                {
                    "label": _display(name, row["key"]),
                    "n": n,
                    "too_few": n < MIN_SAMPLE,
                    "response": Rate(row["responded"], n),
                    "interview": Rate(row["interviewed"], n),
                    "offer": Rate(row["offered"], n),
                }
            )
        groups.sort(key=lambda g: (-g["n"], g["label"]))
        tables.append(
            {
                "name": name,
                "label": label,
                "groups": groups,
                "compared": [g for g in groups if not g["too_few"]],
                "few": [g for g in groups if g["too_few"]],
            }
        )
    return tables


def funnel(by_dimension: dict) -> list[dict]:
    """Applied → screening → interviewing → offer, from the totals of any one dimension."""
    totals = {k: 0 for k in ("applied", "screened", "interviewed", "offered")}
    for row in by_dimension["source"]:
        for k in totals:
            totals[k] += row[k]
    steps = [
        ("Applied", totals["applied"]),
        ("Screening", totals["screened"]),
        ("Interviewing", totals["interviewed"]),
        ("Offer", totals["offered"]),
    ]
    result = []
    for i, (label, n) in enumerate(steps):
        previous = steps[i - 1][1] if i else None
        result.append({"label": label, "n": n, "conversion": None if i == 0 else Rate(n, previous)})
    return result


# --- 5: the feedback loop -----------------------------------------------------------------


def _answered():
    return Q(status__in=[RequestStatus.REPLIED, RequestStatus.DECLINED], sent_at__isnull=False)


def loop_counts(user, today: date):
    """Requests sent, replies and, on PostgreSQL, the median wait, as one row."""
    since = today - timedelta(days=WINS_DAYS - 1)
    counts = {
        "sent": Count("id", filter=Q(sent_at__isnull=False)),
        "replied": Count("id", filter=Q(status=RequestStatus.REPLIED)),
        "declined": Count("id", filter=Q(status=RequestStatus.DECLINED)),
        "waiting": Count("id", filter=Q(status=RequestStatus.SENT)),
        "recent_replies": Count(
            "id",
            filter=Q(status=RequestStatus.REPLIED, replied_at__gte=_local_midnight(user, since)),
        ),
    }
    if connection.vendor == "postgresql":
        counts["median_wait"] = Median(F("replied_at") - F("sent_at"), filter=_answered())
    return _one_row(FeedbackRequest.objects.for_user(user), **counts)


def feedback_loop(user, today: date, counts: dict | None = None) -> dict:
    """Requests sent, reply rate and median days to reply (1 query on PostgreSQL, 2 elsewhere;
    one fewer given the row of ``loop_counts`` fetched along with others)."""
    keys = ("sent", "replied", "declined", "waiting", "recent_replies", "median_wait")
    if counts is None:
        counts = fetch_together(loop_counts(user, today))
    loop = {k: counts[k] for k in keys if k in counts}
    if "median_wait" in loop:
        wait = loop.pop("median_wait")
        loop["median_days"] = None if wait is None else round(wait.total_seconds() / 86400, 1)
    else:
        waits = [
            (r - s).total_seconds() / 86400
            for s, r in FeedbackRequest.objects.for_user(user)
            .filter(_answered())
            .values_list("sent_at", "replied_at")
        ]
        days = median(waits)
        loop["median_days"] = None if days is None else round(days, 1)
    loop["answered"] = loop["replied"] + loop["declined"]
    loop["rate"] = Rate(loop["answered"], loop["sent"])
    return loop


# --- 7: momentum --------------------------------------------------------------------------


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _first_week(today: date) -> date:
    return week_start(today) - timedelta(weeks=WEEKS_SHOWN - 1)


def _in(values) -> tuple[str, list]:
    return "(" + ", ".join(["%s"] * len(values)) + ")", [str(v) for v in values]


def weekly_counts(user, today: date) -> tuple[str, list]:
    """Applications sent in each of the last twelve weeks (Monday to Sunday), as one row.

    Written out rather than built with the ORM: twelve filtered counts cost more to compile
    than to run.
    """
    first = _first_week(today)
    day = connection.ops.adapt_datefield_value
    columns, params = [], []
    for i in range(WEEKS_SHOWN):
        start = first + timedelta(weeks=i)
        # The current week is counted up to today only.
        end = min(start + timedelta(days=6), today)
        columns.append(f"COUNT(*) FILTER (WHERE applied_on >= %s AND applied_on <= %s) AS week_{i}")
        params += [day(start), day(end)]
    sql = (
        f"SELECT {', '.join(columns)} FROM {Application._meta.db_table} "
        "WHERE user_id = %s AND applied_on >= %s AND applied_on <= %s"
    )
    return sql, [*params, user.pk, day(first), day(today)]


def weekly_applications(user, today: date, counts: dict | None = None) -> list[dict]:
    """Applications sent per week (Monday to Sunday) for the last twelve weeks (1 query, or
    none given the row of ``weekly_counts`` fetched along with others)."""
    if counts is None:
        counts = fetch_together(weekly_counts(user, today))
    first = _first_week(today)
    return [
        {"week": first + timedelta(weeks=i), "n": counts[f"week_{i}"]} for i in range(WEEKS_SHOWN)
    ]


def _wins_since(user, today: date) -> datetime:
    return _local_midnight(user, today - timedelta(days=WINS_DAYS - 1))


def wins_counts(user, today: date, now) -> tuple:
    """Status changes and interviews in the last four weeks, as two one-row parts."""
    at = connection.ops.adapt_datetimefield_value
    since = at(_wins_since(user, today))
    first_step, first_params = _in(["", Status.APPLIED])
    advanced, advanced_params = _in(
        [Status.SCREENING, Status.INTERVIEWING, Status.OFFER, Status.ACCEPTED]
    )
    later_from, later_from_params = _in([Status.SCREENING, Status.INTERVIEWING])
    later_to, later_to_params = _in([Status.INTERVIEWING, Status.OFFER, Status.ACCEPTED])
    events = (
        "SELECT COUNT(DISTINCT application_id) FILTER "
        f"(WHERE from_status IN {first_step} AND to_status IN {advanced}) AS heard_back, "
        f"COUNT(*) FILTER (WHERE from_status IN {later_from} AND to_status IN {later_to}) "
        "AS next_rounds, "
        "COUNT(DISTINCT application_id) FILTER (WHERE to_status = %s) AS offers "
        f"FROM {ApplicationEvent._meta.db_table} WHERE user_id = %s AND occurred_at >= %s",
        [
            *first_params,
            *advanced_params,
            *later_from_params,
            *later_to_params,
            str(Status.OFFER),
            user.pk,
            since,
        ],
    )
    interviews = (
        f"SELECT COUNT(*) AS interviews FROM {Interview._meta.db_table} "
        "WHERE user_id = %s AND starts_at >= %s AND starts_at <= %s",
        [user.pk, since, at(now)],
    )
    return events, interviews


def small_wins(user, today: date, now, counts: dict | None = None) -> dict:
    """Employers heard back, interviews held and next rounds in the last four weeks (1 query,
    or none given the rows of ``wins_counts`` fetched along with others)."""
    if counts is None:
        counts = fetch_together(*wins_counts(user, today, now))
    return {k: counts[k] for k in ("heard_back", "next_rounds", "offers", "interviews")}


def overview(user, today: date, now) -> dict:
    """The page's one-row counts (rejections, feedback loop, weeks, small wins): 1 query."""
    counts = fetch_together(
        rejection_counts(user),
        loop_counts(user, today),
        weekly_counts(user, today),
        *wins_counts(user, today, now),
    )
    return {
        "rejections": rejections(user, counts),
        "loop": feedback_loop(user, today, counts),
        "weeks": weekly_applications(user, today, counts),
        "wins": small_wins(user, today, now, counts),
    }


# --- themes over time ---------------------------------------------------------------------


def month_starts(today: date, months: int = MONTHS_SHOWN) -> list[date]:
    starts = []
    year, month = today.year, today.month
    for _ in range(months):
        starts.append(date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return starts[::-1]


def month_grid(weaknesses: list[dict], months: list[date]) -> dict:
    """Weakness theme -> month -> distinct rejections, from rows of ``themes(..., months)``;
    months without any are left out."""
    grid: dict[str, dict[date, int]] = {}
    for row in weaknesses:
        counts = {m: n for m, n in zip(months, row["by_month"], strict=True) if n}
        if counts:
            grid[row["theme"]] = counts
    return {"months": months, "grid": grid}


def themes_by_month(user, today: date) -> dict:
    """Distinct rejections per weakness theme per month, last six months (1 query)."""
    months = month_starts(today)
    return month_grid(themes(user, today, months)["weaknesses"], months)
