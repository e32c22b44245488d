"""/healthz tells a load balancer whether this web process can serve: database and broker."""

import os
import socket

import pytest
from django.db import OperationalError

from config import views as site_views
from config.celery import app as celery_app
from tests.conftest import need


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def broker():
    """Point the Celery app at another broker for one test."""
    keys = ("broker_url", "broker_write_url", "broker_transport_options")
    saved = {key: celery_app.conf[key] for key in keys}

    def use(url):
        celery_app.conf.update(broker_url=url, broker_write_url=None, broker_transport_options={})

    yield use
    celery_app.conf.update(saved)


def redis_url():
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    host, port = url.split("//")[1].split("/")[0].split(":")
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
    except OSError:
        need(False, f"Redis at {url}")
    return url


def test_it_answers_ok_when_the_database_and_broker_are_up(db, client, broker):
    broker(redis_url())
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "broker": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_it_needs_no_login(db, client):
    # The default local broker is a folder, so this holds on a laptop without Redis too.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_it_answers_503_when_the_broker_is_down(db, client, broker):
    broker(f"redis://127.0.0.1:{closed_port()}/0")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "broker": "down"}


def test_it_answers_503_when_the_database_is_down(db, client, monkeypatch):
    class Unreachable:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr(site_views, "connection", Unreachable())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


def test_it_only_answers_get(db, client):
    assert client.post("/healthz").status_code == 405
