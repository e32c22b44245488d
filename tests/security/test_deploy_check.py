"""Production settings pass Django's own deployment checklist, and refuse to start unsafe."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def production_env(**overrides):
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "rebound.example.org",
        "CSRF_TRUSTED_ORIGINS": "https://rebound.example.org",
        "SITE_URL": "https://rebound.example.org",
    }
    # The test suite's own switches are not part of a deployment.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE"):
        env.pop(name, None)
    env.update(overrides)
    return env


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_passes_the_deployment_checklist_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_it_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_it_refuses_to_start_with_a_weak_secret_key():
    result = manage("check", env=production_env(SECRET_KEY="hunter2"))
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


def test_it_flags_a_production_setup_that_turns_https_off():
    env = production_env(SECURE_SSL_REDIRECT="false", SESSION_COOKIE_SECURE="false")
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W008" in result.stderr + result.stdout
