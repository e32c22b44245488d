"""Shared fixtures. Browser tests drive Debian's Chromium; under CI nothing may skip."""

import os
import shutil

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS

# Playwright's sync API runs an event loop in the test thread; the ORM calls made
# beside it in browser tests are still sequential, so Django's guard is lifted.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def need(condition: bool, what: str) -> None:
    """Skip on a laptop that lacks a service; fail under CI, where everything must run."""
    if condition:
        return
    message = f"{what} is not available"
    if IN_CI:
        pytest.fail(message + " (CI must run every test)", pytrace=False)
    pytest.skip(message)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    # A skip under CI hides a missing service: count it as a failure instead.
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI: {report.longrepr}"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    need(shutil.which(CHROMIUM) is not None or os.path.exists(CHROMIUM), "Chromium")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(autouse=True)
def _empty_cache():
    # Pages kept by one test (the insights dashboard) must not be served to the next.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Full-strength hashing costs a quarter of a second per user and proves nothing here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def policy_errors(page):
    """Whatever the Content-Security-Policy blocked on the page: inline scripts, styles."""
    errors = []
    page.on(
        "console",
        lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    return errors


@pytest.fixture
def user(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def other_user(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def client_for(client):
    """A logged-in test client: client_for(user)."""

    def login(u):
        client.force_login(u)
        return client

    return login
