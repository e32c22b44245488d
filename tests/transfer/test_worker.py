"""The real background path: a Celery worker process picks up a large import from Redis."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from applications.models import Application
from applications.transfer import services
from applications.transfer.models import ImportState
from tests.conftest import need

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TRANSFER_REDIS_URL", "redis://127.0.0.1:6379/7")
pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("transactional_db")]


def _redis_up() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except Exception:
        return False


@pytest.fixture
def worker():
    need(_redis_up(), f"Redis at {REDIS_URL}")
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        ),
        "CELERY_BROKER_URL": REDIS_URL,
        "CELERY_TASK_ALWAYS_EAGER": "false",
    }
    need(db["ENGINE"].endswith("postgresql"), "PostgreSQL (the worker needs a shared database)")
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo",
         "--loglevel", "WARNING", "-Q", "transfer-test", "--without-heartbeat",
         "--without-mingle", "--without-gossip"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    yield process
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def test_it_imports_a_large_file_in_a_worker_process(user, worker):
    from kombu import Connection

    from applications.transfer.tasks import import_job_run

    rows = "".join(f"Company {i % 50},Role {i},2026-02-{i % 28 + 1:02d}\n" for i in range(1200))
    job = services.import_job_create(
        user=user, filename="big.csv", data=("Company,Role,Applied\n" + rows).encode()
    )
    job.state, job.total = ImportState.QUEUED, 1200
    job.save()
    with Connection(REDIS_URL) as broker:
        import_job_run.apply_async(args=[job.pk], connection=broker, queue="transfer-test")

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.is_finished:
            break
        time.sleep(0.5)
    assert job.state == ImportState.DONE, job.error or job.state
    assert Application.objects.filter(user=user).count() == 1200
