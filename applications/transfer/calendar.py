"""Interviews as iCalendar: a subscribable feed and single-event downloads.

Times are written in the user's own time zone with a TZID and a matching VTIMEZONE, so a
calendar program shows the interview at the right hour wherever the user's computer is.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import timezone
from icalendar import Calendar, Event

from applications.models import Interview

PRODID = "-//Rebound//Interviews//EN"


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    # Calendar programs poll subscriptions; hourly is plenty for interviews.
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    return cal


def _event(interview: Interview, tz) -> Event:
    application = interview.application
    start = timezone.localtime(interview.starts_at, tz)
    event = Event()
    host = urlsplit(settings.SITE_URL).hostname or "rebound"
    event.add("uid", f"interview-{interview.pk}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=interview.duration_minutes))
    event.add(
        "summary",
        f"{interview.get_round_display()}: {application.role_title} at {application.company.name}",
    )
    lines = [f"{application.role_title} at {application.company.name}"]
    if interview.format:
        lines.append(f"Format: {interview.get_format_display()}")
    names = [c.name for c in interview.interviewers.all()]
    if names:
        lines.append("Interviewers: " + ", ".join(names))
    try:
        url = settings.SITE_URL + interview.get_absolute_url()
    except NoReverseMatch:
        url = ""
    if url:
        lines.append(url)
        event.add("url", url)
    event.add("description", "\n".join(lines))
    if application.location:
        event.add("location", application.location)
    return event


def interviews_calendar(user, interviews) -> bytes:
    cal = _calendar("Rebound interviews")
    cal.add("x-wr-timezone", user.time_zone)
    for interview in interviews:
        cal.add_component(_event(interview, user.tz))
    cal.add_missing_timezones()
    return cal.to_ical()


def feed_interviews(user):
    return (
        Interview.objects.for_user(user)
        .select_related("application__company")
        .prefetch_related("interviewers")
        .order_by("starts_at", "pk")
    )
