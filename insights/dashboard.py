"""Puts the dashboard together from the queries, in the order a job seeker reads it."""

from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html

from insights import charts, queries
from insights.models import ActionStatus, Polarity, theme_label

THEMES_CHARTED = 5

# One evidence quote with a link to its rejection. Built here rather than in the template:
# the top themes list dozens of them, and the template engine's cost per variable and per
# {% url %} made them a good part of the page's rendering time.
QUOTE = (
    '<li class="quote"><q>{}</q>\n  — <a href="{}#rejection">{}, {}</a>\n'
    '  <span class="text-body-secondary small text-nowrap">{}</span></li>'
)


def quote_html(quote: dict) -> str:
    rejected_on = quote["rejection__rejected_on"]
    return format_html(
        QUOTE,
        quote["evidence"] or "(added by you)",
        reverse("application_detail", args=[quote["application_id"]]),
        quote["company"],
        quote["role"],
        date_format(rejected_on, "j M") if rejected_on else "",
    )


def _attach(themes: dict, quotes: list[dict], actions: list) -> None:
    by_key = {(r["polarity"], r["theme"]): r for r in themes["weaknesses"] + themes["strengths"]}
    for quote in quotes:
        row = by_key.get((quote["polarity"], quote["theme"]))
        if row is not None:
            row["quotes"].append(quote)
    weaknesses = {r["theme"]: r for r in themes["weaknesses"]}
    for action in actions:
        if action.theme in weaknesses:
            weaknesses[action.theme]["actions"].append(action)


def _themes_chart(themes: dict, by_month: dict) -> dict:
    months = by_month["months"]
    charted = [r["theme"] for r in themes["weaknesses"][:THEMES_CHARTED]]
    rows = [
        {
            "theme": t,
            "label": theme_label(t),
            "counts": [by_month["grid"].get(t, {}).get(m, 0) for m in months],
        }
        for t in charted
    ]
    return {"rows": rows, "months": months, "svg": charts.themes_svg(rows, months) if rows else ""}


def momentum(user, today, weeks: list[dict] | None = None) -> dict:
    if weeks is None:
        weeks = queries.weekly_applications(user, today)
    this_week = weeks[-1]["n"]
    return {
        "weeks": weeks,
        "goal": user.weekly_goal,
        "this_week": this_week,
        "left": max(user.weekly_goal - this_week, 0),
        "weeks_met": sum(1 for w in weeks[:-1] if user.weekly_goal and w["n"] >= user.weekly_goal),
        "svg": charts.weekly_svg(weeks, user.weekly_goal),
    }


def build(user, now=None) -> dict:
    now = now or timezone.now()
    today = now.astimezone(user.tz).date()
    months = queries.month_starts(today)
    themes = queries.themes(user, today, months)
    actions = queries.actions(user)
    _attach(themes, queries.quotes(user), actions)
    recurring = [r for r in themes["weaknesses"] if r["recurring"]]
    for rank, row in enumerate(recurring):
        # The top themes carry their evidence in full; further down, one quote is enough.
        shown = 3 if rank < 3 else 1
        row["shown"], row["more"] = row["quotes"][:shown], row["quotes"][shown:]
        for quote in row["quotes"]:
            quote["html"] = quote_html(quote)
    outcomes = queries.outcomes(user)
    funnel = queries.funnel(outcomes)
    counts = queries.overview(user, today, now)
    loop = counts["loop"]
    wins = counts["wins"]
    wins["feedback_replies"] = loop["recent_replies"]
    wins["total"] = sum(
        wins[k] for k in ("heard_back", "next_rounds", "interviews", "feedback_replies")
    )
    return {
        "today": today,
        "themes": themes,
        "recurring": recurring,
        "one_offs": [r for r in themes["weaknesses"] if not r["recurring"]],
        "focus": recurring[:2],
        "actions": actions,
        "open_actions": [a for a in actions if a.status != ActionStatus.DONE],
        **counts["rejections"],
        "funnel": funnel,
        "funnel_svg": charts.funnel_svg(funnel),
        "what_works": queries.what_works(outcomes),
        "loop": loop,
        "strengths": themes["strengths"],
        "momentum": momentum(user, today, counts["weeks"]),
        "wins": wins,
        "themes_chart": _themes_chart(themes, queries.month_grid(themes["weaknesses"], months)),
        "trend_days": queries.TREND_DAYS,
        "polarity": Polarity,
    }
