"""Everything that happened to one application, oldest first.

Other areas (feedback requests, feedback, reflections) add their own entries by
registering a provider: `timeline.register(fn)` where fn(application) returns Entries.
Providers should read prefetched relations where they can, so the page stays one query
per relation however long the history is.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.utils import timezone

from applications.models import Application, Status


@dataclass(frozen=True)
class Entry:
    at: datetime  # aware; entries are sorted on it
    kind: str  # "status", "interview", "rejection", or an area's own word
    title: str
    detail: str = ""
    url: str = ""
    date_only: bool = False  # the source only knows the day, so show no time
    extra: dict = field(default_factory=dict, compare=False)


Provider = Callable[[Application], Iterable[Entry]]
_providers: list[Provider] = []


def register(provider: Provider) -> Provider:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def day_start(day: date, tz) -> datetime:
    """A date-only record sorts at the start of its day in the user's time zone."""
    return datetime.combine(day, time.min, tzinfo=tz)


def _status_entries(application: Application) -> Iterable[Entry]:
    rejected = getattr(application, "rejection", None) is not None
    for event in application.events.all():
        if rejected and event.to_status == Status.REJECTED:
            continue  # the rejection's own entry says it, with the stage and the reason
        if not event.from_status:
            title = f"Added as {Status(event.to_status).label}"
        else:
            title = f"{Status(event.from_status).label} → {Status(event.to_status).label}"
        yield Entry(at=event.occurred_at, kind="status", title=title)


def _interview_entries(application: Application) -> Iterable[Entry]:
    now = timezone.now()
    for interview in application.interviews.all():
        upcoming = interview.starts_at > now and application.is_open
        when = "Upcoming" if upcoming else "Interview"
        bits = []
        if interview.rating:
            bits.append(f"rated {interview.rating}/5")
        if interview.thank_you_sent_at:
            bits.append("thank-you sent")
        yield Entry(
            at=interview.starts_at,
            kind="interview",
            title=f"{when}: {interview.get_round_display()}",
            detail=", ".join(bits),
            url=interview.get_absolute_url(),
        )


def rejection_at(rejection) -> datetime:
    """A rejection is known only by its day, and it ends the story: after anything else that day.

    Entries about the rejection use this same instant; the sort is stable, so they follow it.
    """
    return datetime.combine(rejection.rejected_on, time.max, tzinfo=rejection.user.tz)


def _rejection_entries(application: Application) -> Iterable[Entry]:
    rejection = getattr(application, "rejection", None)
    if rejection is None:
        return
    yield Entry(
        at=rejection_at(rejection),
        kind="rejection",
        title=f"Rejected at the {rejection.get_stage_display().lower()} stage",
        detail=rejection.reason,
        date_only=True,
    )


register(_status_entries)
register(_interview_entries)
register(_rejection_entries)


def application_timeline(application: Application) -> list[Entry]:
    entries = [entry for provider in _providers for entry in provider(application)]
    tz = application.user.tz
    applied_days = {
        e.occurred_at.astimezone(tz).date()
        for e in application.events.all()
        if e.to_status == Status.APPLIED
    }
    # A backdated application date (typed in, or imported) still gets its own line.
    if application.applied_on and application.applied_on not in applied_days:
        entries.append(
            Entry(
                at=day_start(application.applied_on, tz),
                kind="applied",
                title="Applied",
                date_only=True,
            )
        )
    return sorted(entries, key=lambda e: e.at)
