"""Job seekers at their busiest: logging applications, moving cards, reading their pages.

Each simulated user logs in to its own seeded account (bench/load/seed.py) and then, with
a short pause between actions, quick-adds applications, moves cards on the board, opens the
list, application pages, the board, the home page and the insights dashboard. Any answer but
the expected one counts as a failure.
"""

import itertools
import json
import os
import random
import re
import secrets
from pathlib import Path

from locust import FastHttpUser, between, task
from seed import PREFIX

# Returning job seekers: each starts with the session cookie of its own account (seed.py
# --sessions). Password hashing is slow on purpose and a job seeker logs in once a fortnight,
# so logins are left out of the measured mix.
SESSIONS = json.loads(Path(os.environ["LOAD_SESSIONS"]).read_text())

_accounts = itertools.count()
APPLICATION_LINK = re.compile(r'href="/applications/(\d+)/"')
MOVES = ["applied", "screening", "interviewing", "offer", "withdrawn", "ghosted"]
HTMX = {"HX-Request": "true"}


class JobSeeker(FastHttpUser):
    # A busy job seeker: a few seconds to read a page, or to type a company and a role.
    # THINK_MIN/THINK_MAX (seconds) change the pace; run.sh reports the figures either way.
    wait_time = between(
        float(os.environ.get("THINK_MIN", 3)), float(os.environ.get("THINK_MAX", 10))
    )

    def on_start(self):
        self.username = f"{PREFIX}{next(_accounts) % len(SESSIONS)}"
        # Django accepts any well-formed CSRF secret the browser holds, sent back in the
        # header; choosing it here saves parsing cookies out of every response.
        self.csrf = secrets.token_hex(16)
        cookie = f"sessionid={SESSIONS[self.username]}; csrftoken={self.csrf}"
        self.headers = {"Cookie": cookie}
        self.htmx_post = {**self.headers, **HTMX, "X-CSRFToken": self.csrf}
        self.application_ids = []
        self.open_list()

    def expect(self, response, status=200, text=None):
        if response.status_code != status:
            why = f" ({response.error!r})" if response.error else ""
            response.failure(f"expected {status}, got {response.status_code}{why}")
        elif text and text not in response.text:
            response.failure(f"the page lacks {text!r}")
        else:
            response.success()

    def visit(self, path, name):
        """GET a page as this user; anything but a 200 is a failure."""
        with self.client.get(path, name=name, headers=self.headers, catch_response=True) as r:
            self.expect(r)

    @task(3)
    def open_list(self):
        page = random.randint(1, 5)
        with self.client.get(
            f"/applications/?page={page}",
            name="/applications/",
            headers=self.headers,
            catch_response=True,
        ) as response:
            self.expect(response)
            found = [int(i) for i in APPLICATION_LINK.findall(response.text)]
            if found:
                self.application_ids = found

    @task(3)
    def quick_add(self):
        n = random.randint(1, 10**6)
        with self.client.post(
            "/applications/quick-add/",
            {"company": f"Load Co {n % 400}", "role_title": f"Analyst {n}", "status": "applied"},
            headers=self.htmx_post,
            name="quick add",
            catch_response=True,
        ) as response:
            self.expect(response, text="Logged")

    @task(3)
    def move_card(self):
        if not self.application_ids:
            return
        application_id = random.choice(self.application_ids)
        with self.client.post(
            f"/applications/{application_id}/move/",
            {"status": random.choice(MOVES)},
            headers=self.htmx_post,
            name="move card",
            catch_response=True,
        ) as response:
            self.expect(response)

    @task(3)
    def open_application(self):
        if not self.application_ids:
            return
        application_id = random.choice(self.application_ids)
        self.visit(f"/applications/{application_id}/", "/applications/[id]/")

    @task(2)
    def open_dashboard(self):
        self.visit("/insights/", "/insights/")

    @task(1)
    def open_board(self):
        self.visit("/applications/board/", "/applications/board/")

    @task(1)
    def open_home(self):
        self.visit("/", "/")
