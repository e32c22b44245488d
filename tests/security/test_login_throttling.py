"""Guessing passwords gets a cool-off, without letting an attacker lock a user out for good."""

import datetime as dt

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.7"
OWNER = "198.51.100.20"


def attempt(client, username, password, ip=ATTACKER):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail_until_locked(client, username):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, username, "not-the-password")


def test_it_locks_the_account_for_that_address_after_repeated_failures(client, user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, user.username, "wrong").status_code == 200
    response = attempt(client, user.username, "wrong")
    assert response.status_code == 429
    # Even the right password is refused while the cool-off runs.
    response = attempt(client, user.username, PASSWORD)
    assert response.status_code == 429
    assert "Too many wrong passwords" in response.content.decode()
    assert not logged_in(client)


def test_it_still_lets_the_owner_in_from_their_own_address(client, user):
    fail_until_locked(client, user.username)
    attempt(client, user.username, PASSWORD, ip=OWNER)
    assert logged_in(client)


def test_it_lifts_the_lock_after_the_cool_off(client, user):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        fail_until_locked(client, user.username)
        assert attempt(client, user.username, PASSWORD).status_code == 429
    with time_machine.travel(start + settings.AXES_COOLOFF_TIME + dt.timedelta(seconds=1)):
        attempt(client, user.username, PASSWORD)
        assert logged_in(client)


def test_it_counts_the_email_and_any_case_of_the_username_as_one_account(client, user):
    spellings = [user.username, user.username.upper(), user.email, user.email.title()]
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, spellings[n % len(spellings)], "wrong")
    assert attempt(client, user.email, PASSWORD).status_code == 429


def test_it_trusts_forwarded_addresses_only_from_the_configured_proxies(client, user, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(settings.AXES_FAILURE_LIMIT):
        # The attacker forges the left part; the proxy appends the address it really saw.
        client.post(
            reverse("login"),
            {"username": user.username, "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {ATTACKER}",
        )
    owner = client.post(
        reverse("login"),
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR=OWNER,
    )
    assert owner.status_code == 302
    forged = Client().post(
        reverse("login"),
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR=f"192.0.2.99, {ATTACKER}",
    )
    assert forged.status_code == 429


def test_it_starts_a_new_session_on_login(client, user):
    client.get(reverse("login"))
    session = client.session
    session["before_login"] = True
    session.save()
    before = session.session_key
    attempt(client, user.username, PASSWORD)
    assert logged_in(client)
    assert client.session.session_key != before


def test_it_ends_sessions_after_their_age(client, user):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        attempt(client, user.username, PASSWORD)
        assert client.get(reverse("home")).status_code == 200
    later = start + dt.timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)
    with time_machine.travel(later, tick=False):
        response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("password", ["password123", "qwertyuiop", "12345678901", "short"])
def test_it_rejects_weak_passwords(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_it_accepts_a_long_uncommon_password():
    validate_password("lantern-orbit-cobalt-47")


def test_it_lets_an_admin_lift_a_lock_by_username(client, user):
    from django.core.management import call_command

    fail_until_locked(client, user.email.upper())
    assert attempt(client, user.username, PASSWORD).status_code == 429
    call_command("axes_reset_username", user.username.lower())
    attempt(client, user.username, PASSWORD)
    assert logged_in(client)
