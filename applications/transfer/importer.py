"""From a table and the user's choices to checked rows, and from checked rows to applications.

`analyse` reads every row and says what is wrong with it in plain words, writing nothing.
`write_rows` writes the valid ones in one transaction, skipping what the user already has.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone

from applications.models import (
    Application,
    ApplicationEvent,
    Company,
    Contact,
    ContactRole,
    Source,
    Status,
    WorkMode,
)
from applications.transfer import values
from applications.transfer.columns import FIELDS, SKIP, guess_mapping, mapping_problems
from applications.transfer.sniff import Table

MAX_LENGTHS = {"company": 200, "role": 200, "location": 200, "url": 500, "contact": 200}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_url_ok = URLValidator(schemes=["http", "https"])


@dataclass
class Row:
    number: int
    company: str = ""
    role: str = ""
    status: str | None = Status.APPLIED.value
    applied_on: date | None = None
    location: str = ""
    work_mode: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    currency: str = ""
    salary_text: str = ""
    source: str = ""
    url: str = ""
    notes: str = ""
    contact: str = ""
    errors: list[str] = field(default_factory=list)
    # Set when the row is already in Rebound or repeats an earlier row of the file.
    duplicate: str = ""

    @property
    def importable(self) -> bool:
        return not self.errors and not self.duplicate

    @property
    def status_label(self) -> str:
        return Status(self.status).label if self.status else ""

    @property
    def source_label(self) -> str:
        return Source(self.source).label if self.source else ""

    def key(self) -> tuple:
        return natural_key(self.company, self.role, self.applied_on)

    def as_json(self) -> dict:
        return {
            "row": self.number,
            "company": self.company,
            "role": self.role,
            "status": self.status,
            "applied_on": self.applied_on.isoformat() if self.applied_on else None,
            "location": self.location,
            "salary_min": self.salary_min,
            "salary_max": self.salary_max,
            "currency": self.currency,
            "source": self.source,
            "url": self.url,
            "notes": self.notes,
            "contact": self.contact,
            "duplicate": self.duplicate or None,
            "errors": list(self.errors),
        }


@dataclass
class StatusWord:
    text: str
    key: str
    count: int
    guess: str | None
    chosen: str | None


@dataclass
class Analysis:
    headers: list[str]
    mapping: list[str | None]
    problems: list[str]
    date_order: str
    date_ambiguous: bool
    date_reason: str
    # Whether any date is written d/m/y or m/d/y, so the order is worth showing at all.
    numeric_dates: bool
    status_words: list[StatusWord]
    rows: list[Row]

    @property
    def importable(self) -> list[Row]:
        return [r for r in self.rows if r.importable]

    @property
    def invalid(self) -> list[Row]:
        return [r for r in self.rows if r.errors]

    @property
    def duplicates(self) -> list[Row]:
        return [r for r in self.rows if r.duplicate and not r.errors]

    @property
    def unknown_status_words(self) -> list[StatusWord]:
        return [w for w in self.status_words if w.chosen is None]

    def mapping_by_header(self) -> dict[str, str | None]:
        return dict(zip(self.headers, self.mapping, strict=True))

    def as_json(self) -> dict:
        return {
            "mapping": self.mapping_by_header(),
            "date_order": self.date_order,
            "rows": [r.as_json() for r in self.rows],
            "errors": list(self.problems),
        }


def natural_key(company: str, role: str, applied_on: date | None) -> tuple:
    """What makes two rows the same application: company and role ignoring case, and the date."""
    return (" ".join(company.lower().split()), " ".join(role.lower().split()), applied_on)


def default_date_order(user) -> str:
    # Month-first is an American habit; everyone else writes the day first.
    return values.MDY if user.time_zone.startswith("America/") else values.DMY


def analyse(
    table: Table,
    *,
    user,
    mapping: list[str | None] | None = None,
    date_order: str = "",
    status_map: dict[str, str] | None = None,
    progress=None,
) -> Analysis:
    mapping = list(mapping) if mapping else guess_mapping(table.headers)
    problems = mapping_problems(mapping)
    columns = {name: i for i, name in enumerate(mapping) if name and name != SKIP}
    extra = [i for i, name in enumerate(mapping) if name is None]

    def cells(name):
        i = columns.get(name)
        return [] if i is None else [row[i] for row in table.rows]

    dates = [t for t in cells("applied_on") if not values.is_missing(t)]
    order, ambiguous, reason = values.settle_date_order(dates, default_date_order(user))
    if date_order in values.DATE_ORDERS:
        order = date_order
    # An ambiguous order only matters when some date could be read both ways.
    ambiguous = ambiguous and any(_reads_both_ways(t) for t in dates)
    status_words = _status_words(cells("status"), status_map or {})
    chosen = {w.key: w.chosen for w in status_words}
    rows = []
    for n, (number, raw) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        rows.append(_row(number, raw, columns, extra, table.headers, order, chosen))
        if progress and n % 500 == 499:
            progress(n + 1)
    if not problems:
        _mark_duplicates(rows, user)
    return Analysis(
        headers=list(table.headers),
        mapping=mapping,
        problems=problems,
        date_order=order,
        date_ambiguous=ambiguous,
        date_reason=reason,
        numeric_dates=any(
            (p := values.numeric_parts(t)) is not None and p[2] != "." for t in dates
        ),
        status_words=status_words,
        rows=rows,
    )


def _reads_both_ways(text: str) -> bool:
    parts = values.numeric_parts(text)
    return (
        bool(parts)
        and parts[2] != "."
        and parts[0] <= 12
        and parts[1] <= 12
        and (parts[0] != parts[1])
    )


def _status_words(texts: list[str], status_map: dict[str, str]) -> list[StatusWord]:
    counts = Counter()
    first_spelling = {}
    for text in texts:
        if values.is_missing(text):
            continue
        key = values.status_key(text)
        counts[key] += 1
        first_spelling.setdefault(key, text.strip())
    valid = {s.value for s in Status}
    words = []
    for key, count in counts.most_common():
        guess = values.guess_status(first_spelling[key])
        chosen = status_map.get(key) if status_map.get(key) in valid else guess
        words.append(StatusWord(first_spelling[key], key, count, guess, chosen))
    return words


def _row(number, raw, columns, extra, headers, order, status_for) -> Row:
    row = Row(number=number)

    def cell(name) -> str:
        i = columns.get(name)
        if i is None or values.is_missing(raw[i]):
            return ""
        return values.unescape_formula(raw[i].strip())

    row.company = " ".join(cell("company").split())
    row.role = " ".join(cell("role").split())
    if not row.company:
        row.errors.append("no company")
    if not row.role:
        row.errors.append("no role")
    for name in ("company", "role"):
        if len(getattr(row, name)) > MAX_LENGTHS[name]:
            row.errors.append(
                f"the {FIELDS[name].lower()} is longer than {MAX_LENGTHS[name]} characters"
            )

    notes_extra = []
    if status_text := cell("status"):
        row.status = status_for.get(values.status_key(status_text))
        if row.status is None:
            row.errors.append(f"“{status_text}” is not a status we know; choose what it means")
    if date_text := cell("applied_on"):
        row.applied_on = values.parse_date(date_text, order)
        if row.applied_on is None:
            row.errors.append(f"“{date_text}” is not a date")
    row.location = cell("location")
    if len(row.location) > MAX_LENGTHS["location"]:
        row.errors.append(f"the location is longer than {MAX_LENGTHS['location']} characters")
    lowered = row.location.lower()
    if "remote" in lowered or "home office" in lowered:
        row.work_mode = WorkMode.REMOTE.value
    elif "hybrid" in lowered:
        row.work_mode = WorkMode.HYBRID.value
    if salary_text := cell("salary"):
        row.salary_text = salary_text[:200]
        if len(salary_text) > 200:
            notes_extra.append(f"Salary: {salary_text}")
        if parsed := values.parse_salary(salary_text):
            row.salary_min, row.salary_max = parsed.minimum, parsed.maximum
            row.currency = parsed.currency
    if source_text := cell("source"):
        row.source = values.guess_source(source_text)
        if not values.source_is_exact(source_text, row.source):
            notes_extra.append(f"Source: {source_text}")
    if url_text := cell("url"):
        row.url, url_error = _url(url_text)
        if url_error:
            row.errors.append(url_error)
    row.contact = cell("contact")
    if len(row.contact) > MAX_LENGTHS["contact"]:
        row.errors.append(f"the contact is longer than {MAX_LENGTHS['contact']} characters")
    for i in extra:
        if raw[i].strip() and not values.is_missing(raw[i]):
            notes_extra.append(f"{headers[i]}: {values.unescape_formula(raw[i].strip())}")
    row.notes = "\n\n".join(p for p in [cell("notes"), "\n".join(notes_extra)] if p)
    return row


def _url(text: str) -> tuple[str, str]:
    url = text.strip()
    if " " not in url and "." in url and "://" not in url:
        # "acme.com/jobs/1": spreadsheets often drop the scheme.
        url = "https://" + url
    try:
        _url_ok(url)
    except ValidationError:
        return "", f"“{text}” is not a web address"
    if len(url) > MAX_LENGTHS["url"]:
        return "", f"the link is longer than {MAX_LENGTHS['url']} characters"
    return url, ""


def _mark_duplicates(rows: list[Row], user) -> None:
    existing = set(
        natural_key(c, r, d)
        for c, r, d in Application.objects.for_user(user).values_list(
            "company__name", "role_title", "applied_on"
        )
    )
    seen: dict[tuple, int] = {}
    for row in rows:
        if row.errors:
            continue
        key = row.key()
        if key in existing:
            row.duplicate = "already in Rebound"
        elif key in seen:
            row.duplicate = f"same as row {seen[key]}"
        else:
            seen[key] = row.number


def _contact_parts(text: str) -> tuple[str, str]:
    match = _EMAIL.search(text)
    email = match.group(0) if match else ""
    name = text.replace(email, "") if email else text
    name = " ".join(re.sub(r"[<>()\[\],;]", " ", name).split())
    return (name or email)[:200], email


@transaction.atomic
def write_rows(rows: list[Row], *, user, now: datetime | None = None) -> list[Application]:
    """Create the importable rows' applications (with companies, contacts and first events).

    Rows that became duplicates since the preview (a second import of the same file running
    at the same time) are checked again here, under the transaction.
    """
    now = now or timezone.now()
    rows = [r for r in rows if r.importable]
    # Lock the user's row so two imports for one user write one after the other.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    _mark_duplicates(rows, user)
    rows = [r for r in rows if r.importable]
    if not rows:
        return []

    companies = {
        name.lower(): company
        for name, company in (
            (c.name, c) for c in Company.objects.for_user(user).annotate(lname=Lower("name"))
        )
    }
    new_companies = {}
    for row in rows:
        lname = row.company.lower()
        if lname not in companies and lname not in new_companies:
            new_companies[lname] = Company(user=user, name=row.company, created_at=now)
    Company.objects.bulk_create(new_companies.values())
    companies.update(new_companies)

    applications = []
    for row in rows:
        applications.append(
            Application(
                user=user,
                company=companies[row.company.lower()],
                role_title=row.role,
                status=row.status,
                applied_on=row.applied_on,
                location=row.location,
                work_mode=row.work_mode,
                salary_min=row.salary_min,
                salary_max=row.salary_max,
                currency=row.currency,
                salary_text=row.salary_text,
                source=row.source,
                job_url=row.url,
                notes=row.notes,
                status_changed_at=_status_time(row, user, now),
                created_at=now,
            )
        )
    Application.objects.bulk_create(applications)
    ApplicationEvent.objects.bulk_create(
        event
        for row, application in zip(rows, applications, strict=True)
        for event in _events(row, application, user, now)
    )
    _write_contacts(rows, applications, user)
    return applications


def _status_time(row: Row, user, now: datetime) -> datetime:
    if row.applied_on is None:
        return now
    return timezone.make_aware(datetime.combine(row.applied_on, time(9)), user.tz)


def _events(row: Row, application: Application, user, now: datetime):
    """The timeline as far as a spreadsheet tells it: applied on the date, then where it stands.

    Both are dated on the applied date (the file doesn't say when the later step happened), so
    an old rejection doesn't show up as this week's news.
    """
    at = application.status_changed_at
    if row.status in {Status.WISHLIST, Status.APPLIED}:
        yield ApplicationEvent(
            user=user,
            application=application,
            from_status="",
            to_status=row.status,
            occurred_at=at,
        )
        return
    yield ApplicationEvent(
        user=user,
        application=application,
        from_status="",
        to_status=Status.APPLIED,
        occurred_at=at,
    )
    yield ApplicationEvent(
        user=user,
        application=application,
        from_status=Status.APPLIED,
        to_status=row.status,
        occurred_at=at + timedelta(seconds=1),
    )


def _write_contacts(rows: list[Row], applications: list[Application], user) -> None:
    wanted = [(r, a) for r, a in zip(rows, applications, strict=True) if r.contact]
    if not wanted:
        return
    existing = {
        (c.company_id, c.name.lower()): c
        for c in Contact.objects.for_user(user).filter(company__isnull=False)
    }
    new = {}
    for row, application in wanted:
        name, email = _contact_parts(row.contact)
        key = (application.company_id, name.lower())
        if key not in existing and key not in new:
            role = ContactRole.RECRUITER if row.source == "recruiter" else ContactRole.OTHER
            new[key] = Contact(
                user=user, company=application.company, name=name, email=email, role=role
            )
    Contact.objects.bulk_create(new.values())
    existing.update(new)
    links = {}
    for row, application in wanted:
        name, _ = _contact_parts(row.contact)
        contact = existing[(application.company_id, name.lower())]
        links[(contact.pk, application.pk)] = Contact.applications.through(
            contact_id=contact.pk, application_id=application.pk
        )
    Contact.applications.through.objects.bulk_create(links.values(), ignore_conflicts=True)
