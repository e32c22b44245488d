"""The import & export pages, driven through the test client."""

import html
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from applications.models import Application
from applications.transfer import sniff
from applications.transfer.models import ImportJob, ImportState
from tests.factories import ApplicationFactory, ImportJobFactory

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def _upload(client, data: bytes, name="applications.csv"):
    return client.post("/data/import/", {"file": SimpleUploadedFile(name, data)})


def _text(response) -> str:
    return html.unescape(response.content.decode())


def test_it_shows_the_import_and_export_page(user, client_for):
    response = client_for(user).get("/data/")
    assert response.status_code == 200
    page = _text(response)
    assert "Import a spreadsheet" in page
    assert "Download applications (CSV)" in page
    assert "Restore a Rebound export" in page  # the account is empty
    assert 'href="/data/"' in page  # the nav link


def test_it_walks_upload_columns_preview_import(user, client_for, fixture_bytes):
    client = client_for(user)
    response = _upload(client, fixture_bytes("hand_made.csv"), "hand_made.csv")
    job = ImportJob.objects.get(user=user)
    assert response.status_code == 302 and response.url == f"/data/import/{job.pk}/columns/"

    page = _text(client.get(response.url))
    assert "Which column is which?" in page and "Acme Analytics" in page
    mapping = {f"col_{i}": m or "" for i, m in enumerate(job.mapping)}
    response = client.post(f"/data/import/{job.pk}/columns/", mapping)
    assert response.status_code == 302 and response.url == f"/data/import/{job.pk}/preview/"

    page = _text(client.get(response.url))
    assert "Row 6: no company" in page
    assert "Row 8: “2026-13-45” is not a date" in page
    assert "Import 6 applications" in page
    assert Application.objects.count() == 0

    response = client.post(f"/data/import/{job.pk}/confirm/")
    assert response.status_code == 302 and response.url == f"/data/import/{job.pk}/"
    page = _text(client.get(response.url))
    assert "Imported 6 applications." in page
    assert "Data Analyst at Acme Analytics" in page
    assert Application.objects.for_user(user).count() == 6


def test_it_lets_the_user_change_the_mapping(user, client_for):
    client = client_for(user)
    _upload(client, b"Employer,What,Mood\nAcme,Analyst,keen\n")
    job = ImportJob.objects.get(user=user)
    page = _text(client.get(f"/data/import/{job.pk}/columns/"))
    assert "No column holds the role" in page

    response = client.post(
        f"/data/import/{job.pk}/columns/", {"col_0": "company", "col_1": "role", "col_2": "skip"}
    )
    assert response.status_code == 302
    client.post(f"/data/import/{job.pk}/confirm/")
    application = Application.objects.get(user=user)
    assert (application.role_title, application.notes) == ("Analyst", "")


def test_it_keeps_the_user_on_the_mapping_step_until_company_and_role_are_set(user, client_for):
    client = client_for(user)
    _upload(client, b"Company,Role\nAcme,Analyst\n")
    job = ImportJob.objects.get(user=user)
    response = client.post(f"/data/import/{job.pk}/columns/", {"col_0": "company", "col_1": ""})
    assert response.status_code == 400
    assert "No column holds the role" in _text(response)
    assert client.get(f"/data/import/{job.pk}/preview/").status_code == 302


def test_it_renders_the_preview_partial_for_htmx(user, client_for, fixture_bytes):
    client = client_for(user)
    _upload(client, fixture_bytes("tracker_export.tsv"))
    job = ImportJob.objects.get(user=user)

    full = client.get(f"/data/import/{job.pk}/preview/")
    partial = client.get(f"/data/import/{job.pk}/preview/", **HX)
    assert "<html" in full.content.decode() and "<html" not in partial.content.decode()
    assert 'id="preview"' in partial.content.decode()
    assert "“Schmoozing”" in _text(partial)

    words = {w: i for i, w in enumerate(["applied", "no response", "expired", "schmoozing"])}
    data = {f"word_{i}": w for w, i in words.items()}
    data |= {f"status_{i}": "" for i in words.values()} | {f"status_{words['schmoozing']}": "offer"}
    response = client.post(f"/data/import/{job.pk}/preview/", data, **HX)
    assert response.status_code == 200 and "<html" not in response.content.decode()
    assert "Import 4 applications" in _text(response)
    job.refresh_from_db()
    assert job.status_map == {"schmoozing": "offer"}

    response = client.post(f"/data/import/{job.pk}/preview/", {"date_order": "mdy"})
    assert response.status_code == 302  # without htmx: back to the page
    job.refresh_from_db()
    assert job.date_order == "mdy"


def test_it_polls_progress_with_a_partial_until_done(user, client_for):
    job = ImportJobFactory(user=user, state=ImportState.RUNNING, total=10_000, processed=5_000)
    client = client_for(user)

    partial = client.get(f"/data/import/{job.pk}/", **HX).content.decode()
    assert 'hx-trigger="every 1s"' in partial and "<html" not in partial
    assert 'value="45"' in partial  # 90 % of the bar is checking rows, the rest is saving
    assert "Checking rows: 5,000 of 10,000" in html.unescape(partial)
    full = client.get(f"/data/import/{job.pk}/").content.decode()
    assert "<html" in full and "You can leave this page" in full

    ImportJob.objects.filter(pk=job.pk).update(state=ImportState.DONE, created_count=10_000)
    partial = client.get(f"/data/import/{job.pk}/", **HX).content.decode()
    assert "every 1s" not in partial and "Imported 10,000 applications" in partial


@pytest.mark.parametrize(
    ("data", "name", "says"),
    [
        (b"", "empty.csv", "The submitted file is empty."),
        (b"\x89PNG\r\n\x1a\n....", "photo.png", "isn't a table"),
        (b"Mood,Weather\ngood,sunny\n", "diary.csv", None),
    ],
)
def test_it_refuses_clearly_what_it_cant_import(user, client_for, data, name, says):
    client = client_for(user)
    response = _upload(client, data, name)
    if says:
        assert response.status_code == 400
        assert says in _text(response)
        assert not ImportJob.objects.exists()
    else:
        job = ImportJob.objects.get(user=user)
        page = _text(client.get(f"/data/import/{job.pk}/columns/"))
        assert "No column holds the company" in page and "No column holds the role" in page
        assert client.post(f"/data/import/{job.pk}/confirm/").status_code == 302
        job.refresh_from_db()
        assert job.state == ImportState.FAILED
        assert Application.objects.count() == 0


def test_it_refuses_a_file_over_the_size_limit(user, client_for, monkeypatch):
    monkeypatch.setattr(sniff, "MAX_UPLOAD_BYTES", 100)
    from applications.transfer import forms

    monkeypatch.setattr(forms, "MAX_UPLOAD_BYTES", 100)
    response = _upload(client_for(user), b"Company,Role\n" + b"Acme,Analyst\n" * 20)
    assert response.status_code == 400
    assert "the limit is 0 MB" in _text(response) or "limit" in _text(response)
    assert not ImportJob.objects.exists()


def test_it_shows_another_users_import_as_not_found(user, other_user, client_for):
    job = ImportJobFactory(user=other_user)
    client = client_for(user)
    for url in ("", "columns/", "preview/"):
        assert client.get(f"/data/import/{job.pk}/{url}").status_code == 404
    assert client.post(f"/data/import/{job.pk}/confirm/").status_code == 404
    assert not Application.objects.exists()


def test_it_downloads_the_csv_and_the_json(user, client_for):
    ApplicationFactory(user=user, company__name="Acme")
    client = client_for(user)
    response = client.get("/data/export/applications.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert "Acme" in response.content.decode("utf-8-sig")

    response = client.get("/data/export/rebound.json")
    document = json.loads(response.content)
    assert document["format"] == "rebound-export"
    assert document["models"]["applications.company"][0]["name"] == "Acme"


def test_it_restores_an_export_through_the_page(user, other_user, client_for):
    ApplicationFactory(user=other_user, company__name="Acme")
    document = client_for(other_user).get("/data/export/rebound.json").content

    client = client_for(user)
    response = client.post("/data/restore/", {"file": SimpleUploadedFile("rebound.json", document)})
    assert response.status_code == 302
    assert Application.objects.get(user=user).company.name == "Acme"

    response = client.post("/data/restore/", {"file": SimpleUploadedFile("x.json", document)})
    assert response.status_code == 400
    assert "already has data" in _text(response)

    response = client.post("/data/restore/", {"file": SimpleUploadedFile("x.json", b"\xff\x00")})
    assert response.status_code == 400
