"""Import workflows: upload -> mapping -> preview -> confirmed import, on the web and the CLI."""

import hashlib
import logging

from django.db import transaction
from django.utils import timezone

from applications.models import Application, Status
from applications.transfer import values
from applications.transfer.columns import FIELDS, SKIP, guess_mapping
from applications.transfer.importer import Analysis, analyse, default_date_order, write_rows
from applications.transfer.models import CalendarFeed, ImportJob, ImportState
from applications.transfer.sniff import Table, read_table

log = logging.getLogger(__name__)

# Up to this many rows the import runs in the request; more go to the worker.
SYNC_ROWS = 1000
# How many created applications the result page lists.
SHOWN_IDS = 50


def import_job_create(*, user, filename: str, data: bytes) -> ImportJob:
    """Read the upload (raising TableError with a plain reason) and keep it for the preview."""
    table = read_table(data, filename)
    job = ImportJob(
        user=user,
        filename=filename[:255] or "upload",
        file_sha256=hashlib.sha256(data).hexdigest(),
        description=table.description,
        headers=table.headers,
        rows=table.rows,
        row_numbers=table.row_numbers,
    )
    job.mapping = guess_mapping(table.headers)
    job.date_order = _settled_date_order(table, job.mapping, user)
    job.save()
    return job


def _settled_date_order(table: Table, mapping, user) -> str:
    if "applied_on" not in mapping:
        return default_date_order(user)
    column = mapping.index("applied_on")
    dates = [row[column] for row in table.rows]
    return values.settle_date_order(dates, default_date_order(user))[0]


def job_table(job: ImportJob) -> Table:
    return Table(headers=job.headers, rows=job.rows, row_numbers=job.row_numbers)


def import_preview(*, job: ImportJob, progress=None) -> Analysis:
    return analyse(
        job_table(job),
        user=job.user,
        mapping=job.mapping,
        date_order=job.date_order,
        status_map=job.status_map,
        progress=progress,
    )


def import_job_configure(
    *,
    job: ImportJob,
    mapping: list[str | None] | None = None,
    date_order: str | None = None,
    status_map: dict[str, str] | None = None,
) -> ImportJob:
    """Keep the user's choices from the mapping and preview steps."""
    if mapping is not None:
        allowed = set(FIELDS) | {SKIP, None}
        job.mapping = [m if m in allowed else None for m in mapping][: len(job.headers)]
    if date_order in values.DATE_ORDERS:
        job.date_order = date_order
    if status_map is not None:
        valid = {s.value for s in Status}
        job.status_map = {
            **job.status_map,
            **{k: v for k, v in status_map.items() if v in valid},
        }
    job.save(update_fields=["mapping", "date_order", "status_map"])
    return job


def import_commit(*, job: ImportJob) -> ImportJob:
    """The user confirmed: import now (small files) or hand the job to the worker.

    Only a job still in preview moves on, so a double click imports once.
    """
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job.pk)
        if job.state != ImportState.PREVIEW:
            return job
        job.state = ImportState.QUEUED
        job.total = len(job.rows)
        job.processed = 0
        job.save(update_fields=["state", "total", "processed"])
        if job.total > SYNC_ROWS:
            transaction.on_commit(lambda: _hand_to_worker(job.pk))
            return job
    return import_run(job_id=job.pk)


def _hand_to_worker(job_id: int) -> None:
    from applications.transfer.tasks import import_job_run

    try:
        import_job_run.delay(job_id)
    except Exception:
        # With the broker down the job would wait forever: import it here instead, slower
        # for the user but never lost.
        log.exception("Couldn't queue import %s; importing it in the request", job_id)
        import_run(job_id=job_id)


def import_run(*, job_id: int) -> ImportJob:
    """Check every row again and write the valid ones, all in one transaction.

    Safe to run twice (a worker redelivering the task): a finished job is left alone and the
    rows already written are skipped as duplicates.
    """
    job = ImportJob.objects.select_related("user").get(pk=job_id)
    if job.state not in {ImportState.QUEUED, ImportState.RUNNING}:
        return job
    ImportJob.objects.filter(pk=job.pk).update(state=ImportState.RUNNING, started_at=timezone.now())

    def progress(n):
        ImportJob.objects.filter(pk=job.pk).update(processed=n)

    try:
        analysis = import_preview(job=job, progress=progress)
        if analysis.problems:
            raise ValueError(" ".join(analysis.problems))
        ImportJob.objects.filter(pk=job.pk).update(processed=len(job.rows))
        with transaction.atomic():
            created = write_rows(analysis.rows, user=job.user)
            job.state = ImportState.DONE
            job.processed = job.total = len(job.rows)
            job.created_count = len(created)
            job.invalid_count = len(analysis.invalid)
            job.skipped_count = len(job.rows) - job.created_count - job.invalid_count
            job.created_ids = [a.pk for a in created[:SHOWN_IDS]]
            job.finished_at = timezone.now()
            job.error = ""
            # Not the stored rows again: rewriting them would double the write for a big file.
            job.save(
                update_fields=[
                    "state", "processed", "total", "created_count", "invalid_count",
                    "skipped_count", "created_ids", "finished_at", "error",
                ]
            )  # fmt: skip
    except Exception as e:
        log.exception("Import %s failed", job.pk)
        ImportJob.objects.filter(pk=job.pk).update(
            state=ImportState.FAILED,
            error=f"The import stopped and nothing was saved: {e}",
            finished_at=timezone.now(),
        )
    job.refresh_from_db()
    return job


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the account and every row it owns.

    Applications go first: a company is protected while an application points at it, so
    deleting the user alone would stop at the companies.
    """
    Application.objects.for_user(user).delete()
    user.delete()


@transaction.atomic
def calendar_feed_renew(*, user) -> CalendarFeed:
    """A new secret calendar address; the old one stops working at once."""
    CalendarFeed.objects.for_user(user).delete()
    return CalendarFeed.objects.create(user=user)


def calendar_feed_revoke(*, user) -> None:
    CalendarFeed.objects.for_user(user).delete()
