"""Nudge delivery throughput: Celery workers on Redis against plain smtplib, in one run.

    DATABASE_URL=postgres://rebound:rebound@127.0.0.1:5432/rebound_bench \\
        .venv/bin/python bench/nudges_throughput.py [--nudges 10000] [--users 1000] \\
        [--workers 1] [--concurrency 2]

Seeds --users users with --nudges due thank-you nudges between them (in the database named
by DATABASE_URL, which it migrates; the rows are deleted at the end), starts its own
redis-server and an aiosmtpd server (tests/nudges/smtp_sink.py) on free ports, then times:

1. plain: the same messages, rendered beforehand (not timed), sent with smtplib over one
   connection, one after another; timed before the workers and again after them;
2. workers: one dispatcher run hands every due nudge to the broker, and `celery worker`
   processes claim, re-check, render, send through Django's SMTP backend and mark each
   row sent, until every row is sent and the server holds every message.

Workers are started and ready before the clock starts. The ratio is workers / plain, with
plain the mean of its two timings, so a machine whose speed drifts during the run (a shared
host) tilts it less. It
also prints the CPU time per message of the client (plain), of the worker processes and of
the SMTP server, which the machine's other load inflates far less than the wall clock.
"""

import argparse
import os
import secrets
import shutil
import signal
import smtplib
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
CELERY = str(Path(PYTHON).with_name("celery"))

from tests.nudges.ports import free_port, port_open, wait_until  # noqa: E402


def start(args, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(args, start_new_session=True, **kwargs)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def ensure_database(url: str) -> None:
    """Create the benchmark's database if it isn't there yet (the role may create databases)."""
    import psycopg
    from dj_database_url import parse

    db = parse(url)
    params = {k.lower(): db[k] for k in ("USER", "PASSWORD", "HOST", "PORT") if db.get(k)}
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        if not conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]]
        ).fetchone():
            conn.execute(f'CREATE DATABASE "{db["NAME"]}"')


def seed(n_nudges: int, n_users: int):
    """Users, each with applications and past interviews, each owing a thank-you nudge."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from applications.models import Application, Company, Interview, User
    from feedback.nudges.models import Kind, NotificationSettings, Nudge

    now = timezone.now()
    users = User.objects.bulk_create(
        User(username=f"bench-nudges-{i}", email=f"bench{i}@example.com", first_name="Sam")
        for i in range(n_users)
    )
    NotificationSettings.objects.bulk_create(NotificationSettings(user=u) for u in users)
    companies = Company.objects.bulk_create(
        Company(user=u, name=f"Company {i}") for i, u in enumerate(users)
    )
    applications = Application.objects.bulk_create(
        Application(user=users[i % n_users], company=companies[i % n_users], role_title="Analyst")
        for i in range(n_nudges)
    )
    interviews = Interview.objects.bulk_create(
        Interview(
            user=a.user, application=a, round="technical", starts_at=now - timedelta(hours=20)
        )
        for a in applications
    )
    ct = ContentType.objects.get_for_model(Interview)
    Nudge.objects.bulk_create(
        Nudge(
            user=i.user,
            kind=Kind.THANK_YOU,
            content_type=ct,
            object_id=i.pk,
            due_at=now - timedelta(minutes=1),
        )
        for i in interviews
    )
    return users


def cleanup():
    from applications.models import User

    for users in iter(
        lambda: list(
            User.objects.filter(username__startswith="bench-nudges-").values_list("pk", flat=True)[
                :200
            ]
        ),
        [],
    ):
        from applications.models import Application, Company
        from feedback.nudges.models import Nudge

        Nudge.objects.filter(user__in=users).delete()
        Application.objects.filter(user__in=users).delete()
        Company.objects.filter(user__in=users).delete()
        User.objects.filter(pk__in=users).delete()


def rendered_messages():
    """The messages the workers will send, rendered the same way (not timed)."""
    from feedback.nudges import emails, services
    from feedback.nudges.models import Nudge

    out = []
    nudges = Nudge.objects.filter(user__username__startswith="bench-nudges-").select_related(
        "user", "content_type"
    )
    for nudge in nudges.iterator(chunk_size=500):
        nudge.message_id = f"<plain-{nudge.pk}@bench>"
        message = emails.build(nudge, services.about(nudge))
        out.append(
            (message.from_email, message.recipients(), message.message().as_bytes(linesep="\r\n"))
        )
    return out


def cpu_seconds(root: int) -> float:
    """CPU time (user + system) used so far by a process and everything below it: the
    workers' own cost, which the machine's other load doesn't inflate the way it does the
    wall clock."""
    ticks, parents = os.sysconf("SC_CLK_TCK"), {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        # utime, stime, then the same for children already reaped (a recycled pool process)
        parents[int(stat.parent.name)] = (int(fields[1]), sum(map(int, fields[11:15])))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += parents.get(pid, (0, 0))[1]
        todo += [child for child, (ppid, _) in parents.items() if ppid == pid]
    return total / ticks


def postgres_cpu_seconds() -> float:
    """CPU time used so far by the PostgreSQL server's processes (ended backends excluded:
    the workers keep their connections open for the whole run)."""
    ticks, total = os.sysconf("SC_CLK_TCK"), 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            name, fields = stat.read_text().split(" (", 1)[1].rsplit(")", 1)
        except (OSError, IndexError):
            continue
        if name == "postgres":
            total += sum(map(int, fields.split()[11:13]))
    return total / ticks


def send_plain(messages, port: int, sink_pid: int, mail: Path) -> tuple[float, float, float]:
    """The floor: smtplib over one connection. Returns (wall, client CPU, server CPU)."""
    sink_cpu = cpu_seconds(sink_pid)
    started, client_cpu = time.perf_counter(), time.process_time()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for sender, recipients, data in messages:
            smtp.sendmail(sender, recipients, data)
    wall = time.perf_counter() - started
    result = (wall, time.process_time() - client_cpu, cpu_seconds(sink_pid) - sink_cpu)
    assert count(mail) == len(messages)
    return result


def count(folder: Path) -> int:
    return sum(1 for _ in folder.glob("*.eml"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nudges", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=1_000)
    parser.add_argument("--workers", type=int, default=1)
    # As the worker runs by default (CELERY_WORKER_CONCURRENCY): four processes per CPU.
    # A send is mostly waiting on the SMTP server and PostgreSQL; with one process per CPU
    # the CPUs sat about a fifth idle and the run took a third longer.
    parser.add_argument("--concurrency", type=int, default=4 * (os.cpu_count() or 1))
    opts = parser.parse_args()

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may use.")
    tmp = Path(tempfile.mkdtemp(prefix="nudges-bench-"))
    redis_port, smtp_port = free_port(), free_port()
    broker = f"redis://127.0.0.1:{redis_port}/0"
    os.environ.update(
        CELERY_BROKER_URL=broker,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        NUDGE_DISPATCH_BATCH=str(opts.nudges),
        DJANGO_SETTINGS_MODULE="config.settings",
        # Measured as it runs in production: with DEBUG on, Django also records every
        # query and keeps template debug information, about a sixth of a worker's CPU.
        DEBUG="false",
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(64),
        LOG_LEVEL="WARNING",
    )
    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    cleanup()
    processes = []
    try:
        processes.append(
            start(
                ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", ""],
                stdout=subprocess.DEVNULL,
            )
        )
        mail = tmp / "mail"
        sink = [PYTHON, str(ROOT / "tests/nudges/smtp_sink.py"), str(smtp_port), str(mail)]
        processes.append(start(sink, stdout=subprocess.DEVNULL))
        wait_until(lambda: port_open(redis_port) and port_open(smtp_port), 15, "redis and smtp")

        print(f"Seeding {opts.nudges} due nudges for {opts.users} users…", flush=True)
        seed(opts.nudges, opts.users)
        messages = rendered_messages()

        # 1. Plain smtplib, one connection (again after the workers, below).
        sink_process = processes[-1]
        plain_runs = [send_plain(messages, smtp_port, sink_process.pid, mail)]
        shutil.rmtree(mail)  # the workers' messages are counted on their own
        mail.mkdir()

        # 2. The real path: dispatcher → Redis → workers → Django SMTP backend.
        from django.db import connections

        from feedback.nudges import services
        from feedback.nudges.models import Nudge, NudgeStatus

        connections.close_all()
        env = {**os.environ, "DB_CONN_MAX_AGE": "600"}
        for w in range(opts.workers):
            log = open(tmp / f"worker{w}.log", "wb")  # noqa: SIM115 - the child keeps it
            processes.append(
                start(
                    [
                        CELERY,
                        "-A",
                        "config",
                        "worker",
                        "--loglevel",
                        "WARNING",
                        "--concurrency",
                        str(opts.concurrency),
                        "--without-gossip",
                        "--without-mingle",
                        "--without-heartbeat",
                        "--hostname",
                        f"bench{w}@%h",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        from config.celery import app

        wait_until(lambda: len(app.control.ping(timeout=0.5)) == opts.workers, 60, "the workers")
        mine = Nudge.objects.filter(user__username__startswith="bench-nudges-")
        worker_processes = processes[-opts.workers :]
        workers_cpu = sum(cpu_seconds(p.pid) for p in worker_processes)
        sink_cpu = cpu_seconds(sink_process.pid)
        pg_cpu = postgres_cpu_seconds()
        started = time.perf_counter()
        handed = services.nudges_dispatch_due()
        dispatched = time.perf_counter() - started
        # Watch the rows (one cheap query), not the folder: listing 10,000 files five times
        # a second would take CPU from the workers being timed. A row is marked sent only
        # after the server answered 250, and the server writes the file before answering,
        # so once every row is sent every message is there; the count below confirms it.
        sent = mine.filter(status=NudgeStatus.SENT)
        wait_until(lambda: sent.count() >= opts.nudges, 1800, "every row sent", every=0.2)
        wait_until(lambda: count(mail) >= opts.nudges, 120, "every message")
        workers = time.perf_counter() - started
        workers_cpu = sum(cpu_seconds(p.pid) for p in worker_processes) - workers_cpu
        workers_sink_cpu = cpu_seconds(sink_process.pid) - sink_cpu
        workers_pg_cpu = postgres_cpu_seconds() - pg_cpu
        sent = count(mail)
        shutil.rmtree(mail)
        mail.mkdir()
        plain_runs.append(send_plain(messages, smtp_port, sink_process.pid, mail))
    finally:
        for process in reversed(processes):
            stop(process)
        cleanup()
        shutil.rmtree(tmp, ignore_errors=True)

    # The floor is timed before and after the workers and the two averaged, so a machine
    # that slows down or speeds up during the run tilts the ratio less.
    plain = sum(run[0] for run in plain_runs) / len(plain_runs)
    plain_cpu = sum(run[1] for run in plain_runs) / len(plain_runs)
    plain_sink_cpu = sum(run[2] for run in plain_runs) / len(plain_runs)
    print(f"messages:            {opts.nudges} for {opts.users} users")
    print(
        f"plain smtplib:       {plain:7.2f} s  ({opts.nudges / plain:7.0f} msg/s), one connection "
        f"(mean of {plain_runs[0][0]:.2f} s before and {plain_runs[1][0]:.2f} s after the workers)"
    )
    print(
        f"workers:             {workers:7.2f} s  ({opts.nudges / workers:7.0f} msg/s), "
        f"{opts.workers} worker(s) × {opts.concurrency} processes "
        f"(dispatch of {handed} took {dispatched:.2f} s)"
    )
    per = 1000 / opts.nudges
    print(
        f"CPU per message:     plain client {plain_cpu * per:.2f} ms, "
        f"workers {workers_cpu * per:.2f} ms; "
        f"SMTP server {plain_sink_cpu * per:.2f} ms (plain), "
        f"{workers_sink_cpu * per:.2f} ms (workers); "
        f"PostgreSQL {workers_pg_cpu * per:.2f} ms (workers)"
    )
    print(f"messages received:   {sent}")
    print(f"ratio workers/plain: {workers / plain:.2f}×")
    # The figures swing with whatever else the machine runs: say how busy it was.
    print(
        "load average:        {:.2f} {:.2f} {:.2f} (1, 5, 15 min) on {} CPUs".format(
            *os.getloadavg(), os.cpu_count()
        )
    )


if __name__ == "__main__":
    main()
