"""The headers that make a browser hold Rebound's pages to a strict policy."""

import json
import subprocess
import sys

import pytest
from django.urls import reverse

from tests.security.test_deploy_check import ROOT, production_env

pytestmark = pytest.mark.django_db

# Run inside a production-configured process: settings are read once, at start-up.
PROBE = """
import json, django
import config.settings
# Hashed static files need a collectstatic run first, which has nothing to do with headers.
config.settings.STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
django.setup()
from django.test import Client
c = Client(HTTP_HOST="rebound.example.org")
plain = c.get("/accounts/login/")
health = c.get("/healthz")
page = c.get("/accounts/login/", secure=True)
cookie = page.cookies["csrftoken"]
print(json.dumps({
    "plain": [plain.status_code, plain.get("Location")],
    "health": health.status_code,
    "hsts": page.get("Strict-Transport-Security"),
    "csrf_cookie": {"secure": bool(cookie["secure"]), "httponly": bool(cookie["httponly"])},
}))
"""


def policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: " ".join(part.split()[1:]) for part in header.split(";") if part.strip()
    }


def test_it_sends_a_strict_content_security_policy(client_for, user):
    response = client_for(user).get(reverse("home"))
    directives = policy(response)
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_it_forbids_framing_and_content_sniffing(client):
    response = client.get(reverse("login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_it_keeps_the_session_cookie_away_from_scripts(client, user):
    from tests.factories import PASSWORD

    client.post(reverse("login"), {"username": user.username, "password": PASSWORD})
    cookie = client.cookies["sessionid"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


def test_it_redirects_to_https_and_sets_hsts_and_secure_cookies_in_production(tmp_path):
    env = production_env(
        DJANGO_SETTINGS_MODULE="config.settings", LOG_LEVEL="ERROR", REBOUND_VAR_DIR=str(tmp_path)
    )

    def run(*args):
        result = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
        return result

    result = run("-c", PROBE)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["plain"] == [301, "https://rebound.example.org/accounts/login/"]
    # Load balancers probe over plain HTTP inside the network: answered, not redirected.
    assert seen["health"] in (200, 503)
    assert "max-age=31536000" in seen["hsts"]
    assert "includeSubDomains" in seen["hsts"]
    assert seen["csrf_cookie"] == {"secure": True, "httponly": True}
