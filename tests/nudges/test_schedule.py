"""The timing rules: local hours, daylight-saving changes, never at night."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from feedback.nudges import schedule

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def test_it_sends_the_next_morning_at_the_users_hour():
    logged = utc(2026, 3, 10, 15, 30)  # 15:30 in London
    assert schedule.next_morning(logged, LONDON, 8) == utc(2026, 3, 11, 8)


def test_it_counts_the_small_hours_as_the_night_before():
    logged = datetime(2026, 3, 11, 1, 30, tzinfo=LONDON)
    assert schedule.next_morning(logged, LONDON, 8) == datetime(2026, 3, 11, 8, tzinfo=LONDON)


def test_it_keeps_the_local_hour_across_the_spring_change():
    # Clocks go forward in London on 29 March 2026: 8:00 local is 07:00 UTC from then on.
    logged = utc(2026, 3, 28, 12)
    assert schedule.next_morning(logged, LONDON, 8) == utc(2026, 3, 29, 7)


def test_it_keeps_the_local_hour_across_the_autumn_change():
    # New York falls back on 1 November 2026: 8:00 local becomes 13:00 UTC.
    logged = utc(2026, 10, 31, 18)
    assert schedule.next_morning(logged, NEW_YORK, 8) == utc(2026, 11, 1, 13)


def test_it_uses_the_local_date_not_the_utc_one():
    # 23:30 UTC on the 10th is already 08:30 on the 11th in Tokyo: the next morning is the 12th.
    logged = utc(2026, 3, 10, 23, 30)
    assert schedule.next_morning(logged, TOKYO, 8) == datetime(2026, 3, 12, 8, tzinfo=TOKYO)


@pytest.mark.parametrize("hour, expected", [(3, 7), (0, 7), (23, 21), (12, 12)])
def test_it_never_sends_at_night(hour, expected):
    due = schedule.at_local(date(2026, 6, 1), hour, LONDON)
    assert due.astimezone(LONDON).hour == expected


def test_it_sends_the_reflection_the_evening_of_the_interview():
    starts = datetime(2026, 5, 4, 14, tzinfo=LONDON)
    due = schedule.evening_of(starts, timedelta(hours=1), LONDON, 19, 8)
    assert due == datetime(2026, 5, 4, 19, tzinfo=LONDON)


def test_it_waits_an_hour_after_a_late_interview():
    starts = datetime(2026, 5, 4, 18, 30, tzinfo=LONDON)
    due = schedule.evening_of(starts, timedelta(hours=1), LONDON, 19, 8)
    assert due == datetime(2026, 5, 4, 20, 30, tzinfo=LONDON)


def test_it_moves_a_very_late_interview_to_the_next_morning():
    starts = datetime(2026, 5, 4, 20, tzinfo=LONDON)
    due = schedule.evening_of(starts, timedelta(hours=1), LONDON, 19, 8)
    assert due == datetime(2026, 5, 5, 8, tzinfo=LONDON)


def test_it_counts_days_in_local_calendar_days():
    sent = utc(2026, 3, 25, 10)
    due = schedule.days_later(sent, timedelta(days=7), LONDON, 8)
    assert due == datetime(2026, 4, 1, 8, tzinfo=LONDON)  # after the change to summer time


def test_it_picks_the_next_chosen_weekday():
    wednesday = datetime(2026, 5, 6, 12, tzinfo=LONDON)
    assert schedule.next_weekday(wednesday, 0, LONDON, 8) == datetime(2026, 5, 11, 8, tzinfo=LONDON)
    monday_early = datetime(2026, 5, 11, 7, tzinfo=LONDON)
    assert schedule.next_weekday(monday_early, 0, LONDON, 8) == datetime(
        2026, 5, 11, 8, tzinfo=LONDON
    )
    monday_late = datetime(2026, 5, 11, 9, tzinfo=LONDON)
    assert schedule.next_weekday(monday_late, 0, LONDON, 8) == datetime(
        2026, 5, 18, 8, tzinfo=LONDON
    )


def test_it_moves_a_nudge_out_of_a_pause():
    due = datetime(2026, 5, 6, 8, tzinfo=LONDON)
    moved = schedule.not_before_pause(due, date(2026, 5, 10), LONDON, 8)
    assert moved == datetime(2026, 5, 10, 8, tzinfo=LONDON)
    assert schedule.not_before_pause(due, None, LONDON, 8) == due
