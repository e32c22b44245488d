"""The interview calendar: a private feed calendar programs subscribe to, and single downloads."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from applications.transfer.models import CalendarFeed
from tests.factories import CalendarFeedFactory, ContactFactory, InterviewFactory, UserFactory

pytestmark = pytest.mark.django_db


def _events(body: bytes):
    calendar = icalendar.Calendar.from_ical(body)
    return calendar, [c for c in calendar.walk("VEVENT")]


def test_it_serves_the_users_interviews_in_their_time_zone(client):
    owner = UserFactory(time_zone="America/New_York")
    start = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)  # 10:30 in New York (EDT)
    interview = InterviewFactory(
        user=owner,
        starts_at=start,
        duration_minutes=45,
        application__company__name="Acme",
        application__role_title="Data Analyst",
        application__location="Remote",
    )
    interview.interviewers.add(ContactFactory(user=owner, name="Dana Lee"))
    InterviewFactory()  # someone else's
    feed = CalendarFeedFactory(user=owner)

    response = client.get(f"/data/calendar/{feed.token}.ics")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar, events = _events(response.content)
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Phone screen: Data Analyst at Acme"
    assert "Dana Lee" in str(event["description"])
    assert str(event["location"]) == "Remote"
    dtstart = event.decoded("dtstart")
    assert dtstart == start
    assert (dtstart.hour, dtstart.minute) == (10, 30)
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert event.decoded("dtend") - dtstart == timedelta(minutes=45)
    timezones = [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")]
    assert timezones == ["America/New_York"]
    assert str(event["uid"]).startswith(f"interview-{interview.pk}@")


def test_it_keeps_the_wall_clock_time_across_daylight_saving(client):
    owner = UserFactory(time_zone="Europe/Berlin")
    winter = datetime(2026, 3, 20, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    summer = datetime(2026, 4, 2, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    InterviewFactory(user=owner, starts_at=winter)
    InterviewFactory(user=owner, starts_at=summer)
    feed = CalendarFeedFactory(user=owner)

    _, events = _events(client.get(f"/data/calendar/{feed.token}.ics").content)

    starts = [e.decoded("dtstart") for e in events]
    assert starts == [winter, summer]
    assert [s.hour for s in starts] == [9, 9]
    assert [s.utcoffset() for s in starts] == [timedelta(hours=1), timedelta(hours=2)]


def test_it_answers_a_revoked_or_unknown_token_with_not_found(client, user, client_for):
    feed = CalendarFeedFactory(user=user)
    url = f"/data/calendar/{feed.token}.ics"
    assert client.get(url).status_code == 200

    client_for(user).post("/data/calendar/revoke/")
    client.logout()

    assert client.get(url).status_code == 404
    assert client.get("/data/calendar/made-up.ics").status_code == 404


def test_it_makes_a_new_address_and_retires_the_old_one(user, client_for):
    old = CalendarFeedFactory(user=user)
    client = client_for(user)
    response = client.post("/data/calendar/new/")
    assert response.status_code == 302
    new = CalendarFeed.objects.get(user=user)
    assert new.token != old.token and len(new.token) >= 40
    page = client.get("/data/").content.decode()
    assert f"/data/calendar/{new.token}.ics" in page
    assert client.get(f"/data/calendar/{old.token}.ics").status_code == 404


def test_it_downloads_one_interview_as_an_ics_file(user, client_for):
    interview = InterviewFactory(user=user)
    InterviewFactory(user=user)
    response = client_for(user).get(f"/data/interviews/{interview.pk}.ics")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    _, events = _events(response.content)
    assert len(events) == 1
    assert events[0].decoded("dtstart") == interview.starts_at.replace(microsecond=0)


def test_it_hides_another_users_interview(user, other_user, client_for):
    interview = InterviewFactory(user=other_user)
    assert client_for(user).get(f"/data/interviews/{interview.pk}.ics").status_code == 404


def test_it_serves_an_empty_but_valid_calendar(client, user):
    feed = CalendarFeedFactory(user=user)
    calendar, events = _events(client.get(f"/data/calendar/{feed.token}.ics").content)
    assert events == []
    assert str(calendar["version"]) == "2.0"
