"""Time of a 10,000-row spreadsheet import, against a floor of bulk-creating the same rows.

    DATABASE_URL=postgres://... python bench/import_speed.py [--rows 10000] [--runs 3]

Writes a realistic CSV (500 companies, mixed date forms, status words from other trackers,
salary text, multi-line notes, an unmapped column), then times, in the same run and process:

- the import: reading the file, checking every row, storing the job, and writing the valid
  rows in one transaction (`import_job_create` + `import_run`, what the worker does);
- the floor: `bulk_create` of the same companies, applications and first events, built from
  already-parsed values, with no reading, checking or duplicate detection.

Each run starts from an empty throwaway user; the median of the runs is reported. The users
and all their rows are deleted at the end.
"""

import argparse
import csv
import io
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STATUSES = ["Applied", "Rejected", "No response", "Interview", "Absage", "beworben", "Offer",
            "ghosted", "Screening", "withdrawn", "Saved"]  # fmt: skip
SALARIES = ["$70,000 + commission", "€65k–€75k", "80.000 EUR", "", "competitive", "90k-110k USD"]
SOURCES = ["LinkedIn", "Referral", "Company website", "Indeed", "Recruiter", ""]


def make_csv(rows: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Company", "Job Title", "Status", "Date applied", "Location", "Salary",
                     "Source", "Link", "Notes", "Excitement"])  # fmt: skip
    start = date(2024, 1, 1)
    for i in range(rows):
        applied = start + timedelta(days=rng.randrange(800))
        form = i % 3
        written = (
            applied.isoformat()
            if form == 0
            else applied.strftime("%d.%m.%Y")
            if form == 1
            else f"{applied.month}/{applied.day}/{applied.year}"
        )
        writer.writerow(
            [
                f"Company {rng.randrange(500)}",
                f"Data Analyst {i}",
                rng.choice(STATUSES),
                written,
                rng.choice(["Berlin", "Remote", "London, UK", "N/A"]),
                rng.choice(SALARIES),
                rng.choice(SOURCES),
                f"https://jobs.example/{i}",
                "Call went well,\nfollow up Friday" if i % 10 == 0 else "",
                str(rng.randrange(1, 6)),
            ]
        )
    return out.getvalue().encode("utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.db import connection, transaction
    from django.utils import timezone

    from applications.models import Application, ApplicationEvent, Company, User
    from applications.transfer import services
    from applications.transfer.importer import analyse
    from applications.transfer.models import ImportState
    from applications.transfer.services import account_delete
    from applications.transfer.sniff import read_table

    data = make_csv(args.rows)
    # The floor gets the rows already parsed: only the writing is timed.
    probe = User.objects.create(username=f"bench-probe-{os.getpid()}", email=f"p{os.getpid()}@x.io")
    parsed = [r for r in analyse(read_table(data), user=probe).rows if not r.errors]
    # The import skips repeated rows of the file; the floor writes the same unique rows.
    seen, unique = set(), []
    for row in parsed:
        if row.key() not in seen:
            seen.add(row.key())
            unique.append(row)
    account_delete(user=probe)

    def fresh_user(n):
        return User.objects.create(
            username=f"bench-import-{os.getpid()}-{n}", email=f"b{os.getpid()}-{n}@example.com"
        )

    def run_import(user):
        job = services.import_job_create(user=user, filename="bench.csv", data=data)
        job.state, job.total = ImportState.QUEUED, len(job.rows)
        job.save(update_fields=["state", "total"])
        job = services.import_run(job_id=job.pk)
        assert job.state == ImportState.DONE, job.error
        return job.created_count

    def run_floor(user):
        now = timezone.now()
        with transaction.atomic():
            companies = {}
            for row in unique:
                companies.setdefault(row.company.lower(), Company(user=user, name=row.company))
            Company.objects.bulk_create(companies.values())
            applications = [
                Application(
                    user=user, company=companies[row.company.lower()], role_title=row.role,
                    status=row.status, applied_on=row.applied_on, location=row.location,
                    salary_min=row.salary_min, salary_max=row.salary_max, currency=row.currency,
                    salary_text=row.salary_text, source=row.source, job_url=row.url,
                    notes=row.notes, status_changed_at=now, created_at=now,
                )
                for row in unique
            ]  # fmt: skip
            Application.objects.bulk_create(applications)
            ApplicationEvent.objects.bulk_create(
                ApplicationEvent(user=user, application=a, to_status=a.status, occurred_at=now)
                for a in applications
            )
        return len(applications)

    timings = {"import": [], "floor": []}
    counts = {}
    users = []
    for n in range(args.runs):
        for name, fn in (("floor", run_floor), ("import", run_import)):
            user = fresh_user(f"{name}-{n}")
            users.append(user)
            started = time.perf_counter()
            counts[name] = fn(user)
            timings[name].append(time.perf_counter() - started)
    for user in users:
        account_delete(user=user)

    imp, floor = statistics.median(timings["import"]), statistics.median(timings["floor"])
    print(f"database: {connection.vendor}, rows in file: {args.rows:,}, runs: {args.runs}")
    print(f"applications created: import {counts['import']:,}, floor {counts['floor']:,}")
    for name, label, median, rows in (
        ("import", "import (read + check + one-transaction write)", imp, args.rows),
        ("floor", "floor (bulk_create only)", floor, counts["floor"]),
    ):
        runs = [round(t, 2) for t in timings[name]]
        print(f"{label:46} median {median:.2f} s ({rows / median:,.0f} rows/s)  all: {runs}")
    print(f"import / floor: {imp / floor:.1f}x")


if __name__ == "__main__":
    main()
