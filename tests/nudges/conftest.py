"""Real parts for the nudge tests: a Redis broker, an SMTP server and Celery workers, each a
process of its own on a free port, always stopped when the test ends."""

import email
import email.policy
import os
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import need
from tests.nudges.ports import free_port, port_open, wait_until

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
CELERY = str(Path(PYTHON).with_name("celery"))


def _stop(process: subprocess.Popen | None, sig=signal.SIGTERM, timeout: float = 10) -> None:
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


class Redis:
    def __init__(self, tmp: Path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.tmp = tmp
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.tmp),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_until(lambda: port_open(self.port), 10, "redis-server to listen")

    def stop(self):
        _stop(self.process)
        self.process = None


class SMTPServer:
    """aiosmtpd in its own process, so it can be stopped and started like a real server."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.folder = folder
        self.process = None

    def start(self, refuse: bool = False):
        args = [
            PYTHON,
            str(Path(__file__).with_name("smtp_sink.py")),
            str(self.port),
            str(self.folder),
        ] + (["--refuse"] if refuse else [])
        self.process = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        wait_until(lambda: port_open(self.port), 10, "the SMTP server to listen")

    def stop(self):
        _stop(self.process)
        self.process = None

    def messages(self) -> list[email.message.EmailMessage]:
        return [
            email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for path in sorted(self.folder.glob("*.eml"))
        ]

    def count(self) -> int:
        return len(list(self.folder.glob("*.eml")))


class Workers:
    """`celery -A config worker --beat` processes pointed at the test database."""

    def __init__(self, tmp: Path, redis: Redis, smtp: SMTPServer):
        self.tmp, self.redis, self.smtp = tmp, redis, smtp
        self.processes: list[subprocess.Popen] = []
        self.started = 0

    def env(self, **extra) -> dict:
        db = connection.settings_dict
        url = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DB_CONN_MAX_AGE": "0",
            "CELERY_BROKER_URL": self.redis.url,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.smtp.port),
            "EMAIL_TIMEOUT": "3",
            "SITE_URL": settings.SITE_URL,
            "NUDGE_DISPATCH_EVERY": "1",
            "NUDGE_LEASE_SECONDS": "5",
            "NUDGE_RETRY_BACKOFF": "1",
            "NUDGE_RETRY_BACKOFF_MAX": "2",
            "NUDGE_MAX_ATTEMPTS": "4",
            "LOG_LEVEL": "INFO",
        }
        env.update(extra)
        return env

    def start(self, *, beat: bool = True, concurrency: int = 2, **extra):
        self.started += 1
        args = [
            CELERY,
            "-A",
            "config",
            "worker",
            "--loglevel",
            "INFO",
            "--concurrency",
            str(concurrency),
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--hostname",
            f"nudges{self.started}@%h",
        ]
        if beat:
            args += ["--beat", "--schedule", str(self.tmp / f"beat{self.started}")]
        # The child keeps its own copy of the log's descriptor.
        with open(self.tmp / f"worker{self.started}.log", "wb") as log:
            process = subprocess.Popen(
                args,
                cwd=ROOT,
                env=self.env(**extra),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(process)
        return process

    def kill(self, process):
        """SIGKILL the worker and its pool children at once, as a lost machine would."""
        _stop(process, signal.SIGKILL)

    def stop_all(self):
        for process in self.processes:
            _stop(process)

    def logs(self) -> str:
        return "\n".join(
            p.read_text(errors="replace")[-4000:] for p in self.tmp.glob("worker*.log")
        )


@pytest.fixture
def real_parts(transactional_db, tmp_path):
    """Redis, SMTP and a worker factory; the test starts what it needs, in the order it wants."""
    need(shutil.which("redis-server") is not None, "redis-server")
    need(Path(CELERY).exists(), "the celery command")
    need(connection.vendor == "postgresql", "PostgreSQL (workers must share the test database)")
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        need(False, "aiosmtpd")
    redis = Redis(tmp_path)
    smtp = SMTPServer(tmp_path / "mail")
    workers = Workers(tmp_path, redis, smtp)
    try:
        yield redis, smtp, workers
    finally:
        workers.stop_all()
        smtp.stop()
        redis.stop()
        if os.environ.get("NUDGES_SHOW_WORKER_LOGS"):
            print(workers.logs())


@contextmanager
def publishing_to(url: str):
    """Point this process's Celery app (the web side) at the test broker."""
    from config.celery import app

    old = (app.conf.broker_url, app.conf.broker_transport_options)
    app.conf.broker_url = url
    app.conf.broker_transport_options = {"visibility_timeout": 3600}
    app.pool.force_close_all()
    app._pool = None
    try:
        yield app
    finally:
        app.pool.force_close_all()
        app._pool = None
        app.conf.broker_url, app.conf.broker_transport_options = old


@pytest.fixture(autouse=True)
def _broker_not_marked_down():
    """Each test starts without a remembered broker outage from the one before."""
    from feedback.nudges import services

    services._broker_quiet_until = 0.0
    yield
    services._broker_quiet_until = 0.0
