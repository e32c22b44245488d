"""Seed the load-test database: 50 job seekers, each with a long, realistic history.

    DATABASE_URL=postgres://.../rebound_load python bench/load/seed.py [--users 50] [--reseed]

Each account (load0 ... load49, password below) gets 1,000 applications over six months,
300 rejections with reasons, feedback requests, feedback and reflections, and the theme
mentions the real classifier finds in them, via bench/dashboard_speed.py's seeding. Running
it again keeps an existing seed unless --reseed is given.

With --sessions FILE it also logs every account in, as a returning job seeker already is,
and writes the session cookies to FILE for the locustfile. Sessions are tied to SECRET_KEY,
so run.sh does this after choosing the key for the run.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PASSWORD = "load-test-passphrase-31"
PREFIX = "load"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--applications", type=int, default=1000)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--sessions", metavar="FILE")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from applications.models import User

    existing = User.objects.filter(username__startswith=PREFIX)
    if existing.count() == args.users and not args.reseed:
        print(f"Keeping the existing seed of {args.users} users.")
    else:
        seed(existing, args)
    if args.sessions:
        write_sessions(args.sessions)


def write_sessions(path):
    import json

    from django.conf import settings
    from django.test import Client

    from applications.models import User

    cookies = {}
    for user in User.objects.filter(username__startswith=PREFIX):
        client = Client()
        client.force_login(user)
        cookies[user.username] = client.cookies[settings.SESSION_COOKIE_NAME].value
    Path(path).write_text(json.dumps(cookies))
    print(f"Logged in {len(cookies)} users.")


def seed(existing, args):
    from dashboard_speed import seed_history
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from applications.models import Application, Company, User

    started = time.monotonic()
    for user in existing:
        # Applications protect their companies, so remove the history in order.
        with transaction.atomic():
            Application.objects.filter(user=user).delete()
            Company.objects.filter(user=user).delete()
            user.delete()
    hashed = make_password(PASSWORD)
    for n in range(args.users):
        with transaction.atomic():
            user = User.objects.create(
                username=f"{PREFIX}{n}",
                email=f"{PREFIX}{n}@example.com",
                password=hashed,
                time_zone="Europe/London",
            )
            seed_history(
                user,
                applications=args.applications,
                rejections=args.applications * 3 // 10,
                texts=args.applications * 6 // 10,
                seed=n,
            )
        print(f"  seeded {user.username}", flush=True)
    print(f"Seeded {args.users} users in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()
