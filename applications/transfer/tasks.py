"""The worker's side of a large import: a thin wrapper around the service."""

from celery import shared_task

from applications.transfer import services


@shared_task(ignore_result=True)
def import_job_run(job_id: int) -> None:
    services.import_run(job_id=job_id)
