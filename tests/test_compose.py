"""The production-like stack: docker-compose.yml, the Dockerfile and the entrypoint.

No Docker daemon is needed: the compose file is checked against the Compose
specification's schema, then read for the settings the deployment relies on.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML  # check-jsonschema's own YAML reader, always installed beside it

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"


@pytest.fixture(scope="module")
def compose() -> dict:
    return YAML(typ="safe").load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _env(service) -> dict:
    return {key: str(value) for key, value in service.get("environment", {}).items()}


def test_it_is_a_valid_compose_file():
    result = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_it_runs_every_part_of_rebound(services):
    assert set(services) == {"db", "redis", "mailpit", "web", "worker", "beat"}
    assert services["db"]["image"] == "postgres:16"
    assert services["redis"]["image"] == "redis:7"
    assert services["mailpit"]["image"].startswith("axllent/mailpit:")
    for name in ("web", "worker", "beat"):
        assert services[name]["build"] == "."
        assert services[name]["image"] == "rebound:latest"
    assert services["worker"]["command"][:4] == ["celery", "-A", "config", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "config", "beat"]


def test_it_checks_the_health_of_every_service(services):
    for name, service in services.items():
        check = service.get("healthcheck", {})
        assert check.get("test"), f"{name} has no health check"
        assert not check.get("disable"), name
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])


def test_it_starts_services_only_once_what_they_need_is_healthy(services):
    for name in ("web", "worker", "beat"):
        needs = services[name]["depends_on"]
        for dependency in ("db", "redis"):
            assert needs[dependency]["condition"] == "service_healthy", (name, dependency)
    for name in ("worker", "beat"):
        # Web migrates on start; the others wait for it, so they never see an old schema.
        assert services[name]["depends_on"]["web"]["condition"] == "service_healthy"


def test_it_keeps_data_in_named_volumes(compose, services):
    assert set(compose["volumes"]) >= {"pgdata", "redisdata"}
    assert "pgdata:/var/lib/postgresql/data" in services["db"]["volumes"]
    assert "redisdata:/data" in services["redis"]["volumes"]


def test_it_keeps_queued_tasks_in_redis(services):
    command = " ".join(services["redis"]["command"])
    assert "--appendonly yes" in command
    assert "--maxmemory-policy noeviction" in command


def test_it_runs_exactly_one_beat(services):
    beats = [name for name, s in services.items() if "beat" in (s.get("command") or [])]
    assert beats == ["beat"]
    assert services["beat"]["deploy"]["replicas"] == 1


def test_it_migrates_in_the_web_container_only(services):
    assert _env(services["web"])["MIGRATE_ON_START"] == "true"
    assert _env(services["worker"])["MIGRATE_ON_START"] == "false"
    assert _env(services["beat"])["MIGRATE_ON_START"] == "false"


def test_it_takes_secrets_from_the_env_file_and_refuses_to_start_without_them(services):
    text = COMPOSE.read_text()
    required = set(re.findall(r"\$\{(\w+):\?", text))
    assert required == {"SECRET_KEY", "POSTGRES_PASSWORD"}
    web = _env(services["web"])
    assert web["DEBUG"] == "false"
    assert web["SECRET_KEY"].startswith("${SECRET_KEY:?")
    assert "${POSTGRES_PASSWORD:?" in web["DATABASE_URL"]
    example = (ROOT / ".env.example").read_text()
    for name in required:
        assert re.search(rf"^{name}=$", example, re.M), f".env.example should list {name}"
    assert ".env" in (ROOT / ".gitignore").read_text().split()


def test_it_only_sets_variables_that_rebound_reads(services):
    settings_source = (ROOT / "config" / "settings.py").read_text()
    read = set(re.findall(r"env_\w+\(\s*\"(\w+)\"", settings_source))
    for name in _env(services["web"]):
        assert name in read or name == "MIGRATE_ON_START", f"settings.py never reads {name}"


def test_it_builds_a_slim_non_root_image_from_the_lock_file():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.M)
    assert "uv sync --locked --no-dev" in dockerfile
    assert "collectstatic --noinput" in dockerfile
    users = re.findall(r"^USER (\S+)$", dockerfile, re.M)
    assert users and users[-1] not in {"root", "0"}
    assert 'ENTRYPOINT ["/app/scripts/docker-entrypoint.sh"]' in dockerfile
    assert "gunicorn" in dockerfile
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".env", ".git", ".venv", "var"} <= set(ignored)


def test_it_migrates_then_hands_over_in_the_entrypoint():
    entrypoint = ROOT / "scripts" / "docker-entrypoint.sh"
    assert os.access(entrypoint, os.X_OK)
    text = entrypoint.read_text()
    assert "python manage.py migrate --noinput" in text
    assert text.rstrip().endswith('exec "$@"')
    assert subprocess.run(["sh", "-n", str(entrypoint)]).returncode == 0
