"""With DEBUG off, failures show a friendly page and never a stack trace."""

import json
import logging
import sys

import pytest
from django.template.loader import render_to_string
from django.test import Client, override_settings

from config.logging import JsonFormatter

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.security.error_urls")]

LEAKS = ["Traceback", "hunter2", "RuntimeError", "internal reason", "site-packages"]


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


def assert_friendly(response, status, headline):
    body = response.content.decode()
    assert response.status_code == status
    assert headline in body
    for leak in LEAKS:
        assert leak not in body


def test_it_shows_a_friendly_page_when_a_view_crashes(visitor, caplog):
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = visitor.get("/test-errors/crash/")
    assert_friendly(response, 500, "something went wrong")
    # The detail goes to the server log, where the self-hoster can read it.
    assert any("hunter2" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_it_shows_a_friendly_page_for_a_missing_page(client_for, user):
    response = client_for(user).get("/no/such/page/")
    assert_friendly(response, 404, "We couldn't find that page")


def test_it_shows_a_friendly_page_when_access_is_denied(visitor):
    assert_friendly(visitor.get("/test-errors/forbidden/"), 403, "You can't open this page")


def test_it_shows_a_friendly_page_for_a_bad_request(visitor):
    assert_friendly(visitor.get("/test-errors/suspicious/"), 400, "didn't look right")


def test_it_shows_a_friendly_page_when_a_form_has_expired(user):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/accounts/login/", {"username": "x", "password": "y"})
    assert_friendly(response, 403, "This form has expired")


@override_settings(REBOUND_MAX_UPLOAD_MB=1)
def test_it_turns_away_a_body_larger_than_the_upload_limit(client_for, user):
    # The middleware reads the limit when the handler is built, i.e. per test client.
    client = client_for(user)
    response = client.post(
        "/", data=b"x" * (2 * 1024 * 1024), content_type="application/octet-stream"
    )
    assert_friendly(response, 413, "That file is too large")


def test_it_logs_one_json_object_per_line():
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.getLogger("rebound.test").makeRecord(
            "rebound.test",
            logging.ERROR,
            __file__,
            1,
            "failed for %s",
            ("ana",),
            sys.exc_info(),
            extra={"nudge_id": 7},
        )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "rebound.test"
    assert entry["message"] == "failed for ana"
    assert entry["nudge_id"] == 7
    assert "ValueError: boom" in entry["exception"]


@pytest.mark.parametrize("template", ["500.html", "400.html", "403_csrf.html"])
def test_it_renders_the_bare_error_pages_even_without_a_static_manifest(template, settings):
    # What went wrong may be the static files themselves; the error page must still render.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    html = render_to_string(template)
    assert "/static/css/app.css" in html
    assert "comment" not in html


def test_it_logs_gunicorn_requests_as_fields():
    atoms = {"m": "GET", "U": "/applications/", "s": "200", "M": "41", "B": "2048"}
    atoms.update({"h": "127.0.0.1", "a": "Mozilla/5.0"})
    record = logging.getLogger("gunicorn.access").makeRecord(
        "gunicorn.access", logging.INFO, __file__, 1, "%(h)s %(r)s %(s)s", (atoms,), None
    )
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "GET /applications/ 200"
    assert entry["status"] == 200
    assert entry["duration_ms"] == 41
    assert entry["path"] == "/applications/"
