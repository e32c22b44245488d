"""When each nudge falls due: pure functions of an instant, a time zone and an hour.

Everything is computed as a local date plus a local hour, then turned into an aware
instant with zoneinfo, so "8 in the morning" stays 8 in the morning across a change to or
from daylight-saving time (a fixed 24-hour step would land at 7 or 9). Hours are clamped
to EARLIEST_HOUR–LATEST_HOUR so no nudge ever arrives at night.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from feedback.nudges.models import EARLIEST_HOUR, LATEST_HOUR

# Something logged before this local hour belongs to the night before: "the next morning"
# is then this same morning, not a day later.
NIGHT_ENDS = 5
FOLLOW_UP_FEEDBACK_AFTER = timedelta(days=7)
FOLLOW_UP_SILENCE_AFTER = timedelta(days=14)
REMIND_AFTER = timedelta(days=3)


def clamp_hour(hour: int) -> int:
    return min(max(hour, EARLIEST_HOUR), LATEST_HOUR)


def at_local(day: date, hour: int, tz: ZoneInfo) -> datetime:
    """The instant (in UTC) when the wall clock in tz reads `hour`:00 on `day`.

    A wall time skipped by a daylight-saving jump resolves forward to a real instant
    (zoneinfo's fold=0 uses the offset before the jump), and a repeated one to its first
    occurrence; with hours kept in daytime neither happens in practice.
    """
    local = datetime.combine(day, time(clamp_hour(hour)), tzinfo=tz)
    return local.astimezone(UTC)


def local_day(instant: datetime, tz: ZoneInfo) -> date:
    return instant.astimezone(tz).date()


def next_morning(after: datetime, tz: ZoneInfo, hour: int) -> datetime:
    """The morning after an event, at the user's hour."""
    local = after.astimezone(tz)
    day = local.date()
    if local.hour >= NIGHT_ENDS:
        day += timedelta(days=1)
    due = at_local(day, hour, tz)
    # Logged in the small hours after the chosen hour has passed (possible only with a
    # late hour and an early event): the next day's slot, never one in the past.
    return due if due > after else at_local(day + timedelta(days=1), hour, tz)


def evening_of(
    starts_at: datetime, duration: timedelta, tz: ZoneInfo, hour: int, morning_hour: int
) -> datetime:
    """The evening of an interview, once it is over; the next morning if it ends late."""
    ends = starts_at + duration
    due = at_local(local_day(starts_at, tz), hour, tz)
    if due >= ends:
        return due
    # A late interview: an hour after it ends, unless that is already night.
    an_hour_later = ends + timedelta(hours=1)
    local = an_hour_later.astimezone(tz)
    if local.date() == local_day(starts_at, tz) and local.hour < LATEST_HOUR:
        return an_hour_later
    return next_morning(ends, tz, morning_hour)


def days_later(after: datetime, days: timedelta, tz: ZoneInfo, hour: int) -> datetime:
    """`days` calendar days after an event, in the morning at the user's hour."""
    return at_local(local_day(after, tz) + days, hour, tz)


def days_after_date(day: date, days: timedelta, tz: ZoneInfo, hour: int) -> datetime:
    return at_local(day + days, hour, tz)


def next_weekday(after: datetime, weekday: int, tz: ZoneInfo, hour: int) -> datetime:
    """The first `weekday` (0 = Monday) at the user's hour that is still ahead of `after`."""
    day = local_day(after, tz)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    due = at_local(day, hour, tz)
    return due if due > after else at_local(day + timedelta(days=7), hour, tz)


def iso_week(instant: datetime, tz: ZoneInfo) -> str:
    year, week, _ = local_day(instant, tz).isocalendar()
    return f"{year}-W{week:02d}"


def not_before_pause(due: datetime, paused_until: date | None, tz: ZoneInfo, hour: int):
    """Move a due time out of a pause: to the morning the pause ends."""
    if paused_until is None or local_day(due, tz) >= paused_until:
        return due
    return at_local(paused_until, hour, tz)
