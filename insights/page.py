"""The dashboard's content, rendered once and kept while nothing it shows can have changed.

Every number on the page comes from the user's rows, the day and the hour of the user's
interviews. A fingerprint of the rows is read in one statement on each view: per table the
dashboard reads, the user's row count and a sum of hashes of each row's physical version
(PostgreSQL's `ctid` and `xmin`: any insert or update writes a new row version at a new
place, whether it came through a service, a bulk update, an import or the admin; a delete
changes the count). With the user's day, weekly goal and time zone and the number of
interviews already held, that is the cache key: any change gives a new key, so a stale page
is never served and nothing has to remember to invalidate it. SQLite has no row versions to
read; there the page is built each time.
"""

import hashlib

from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.utils import timezone

from applications.models import Application, ApplicationEvent, Company, Interview, Rejection
from feedback.models import Feedback, FeedbackRequest, Reflection
from insights import dashboard
from insights.forms import WeeklyGoalForm
from insights.models import ImprovementAction, ThemeMention

# Stands in for the CSRF token in the kept HTML; each response puts its own in its place.
# Only the form field's own markup is replaced: quotes in anything the user typed are
# escaped, so their text can never match it.
CSRF_SLOT = "csrf-token-of-this-response"
CSRF_FIELD = 'name="csrfmiddlewaretoken" value="{}"'
KEEP_SECONDS = 24 * 3600
VERSION = 1  # bump when the page's template or numbers change meaning

TABLES = [
    Company,
    Application,
    ApplicationEvent,
    Interview,
    Rejection,
    FeedbackRequest,
    Feedback,
    Reflection,
    ThemeMention,
    ImprovementAction,
]


def _fingerprint_sql() -> str:
    parts = [
        "(SELECT count(*) || ':' || "
        "coalesce(sum(hashtext(ctid::text || xmin::text)::bigint), 0) "
        f'FROM "{model._meta.db_table}" WHERE user_id = %(user)s)'
        for model in TABLES
    ]
    # Interviews already held count as small wins: the page changes when one starts.
    parts.append(
        f'(SELECT count(*) FROM "{Interview._meta.db_table}" '
        "WHERE user_id = %(user)s AND starts_at <= %(now)s)::text"
    )
    return f"SELECT concat_ws('|', {', '.join(parts)})"


FINGERPRINT_SQL = _fingerprint_sql()


def fingerprint(user, now) -> str | None:
    """What the page depends on, in one statement; None where it can't be read (SQLite)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(FINGERPRINT_SQL, {"user": user.pk, "now": now})
        rows = cursor.fetchone()[0]
    today = now.astimezone(user.tz).date()
    state = f"{VERSION}|{today}|{user.time_zone}|{user.weekly_goal}|{rows}"
    return hashlib.sha256(state.encode()).hexdigest()


def render_content(user, now) -> str:
    context = dashboard.build(user, now)
    context["goal_form"] = WeeklyGoalForm(instance=user)
    context["csrf_token"] = CSRF_SLOT
    return render_to_string("insights/dashboard.html#content", context)


def content(user, now=None) -> str:
    """The dashboard's content for this user now, with CSRF_SLOT where the token goes."""
    now = now or timezone.now()
    key = fingerprint(user, now)
    if key is None:
        return render_content(user, now)
    cache_key = f"insights:dashboard:{user.pk}:{key}"
    html = cache.get(cache_key)
    if html is None:
        html = render_content(user, now)
        cache.set(cache_key, html, KEEP_SECONDS)
    return html


def with_token(html: str, token: str) -> str:
    """The kept content with this response's CSRF token in its form."""
    return html.replace(CSRF_FIELD.format(CSRF_SLOT), CSRF_FIELD.format(token))
