"""Uploads are judged by what is in them, and nothing over the limit is read at all."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from applications.transfer.models import ImportJob

pytestmark = pytest.mark.django_db

DISGUISED = [
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>", "applications.csv"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "applications.xlsx"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "applications.csv"),
]


@pytest.mark.parametrize(("data", "name"), DISGUISED)
def test_it_refuses_a_file_whose_contents_are_not_a_table_whatever_its_name(
    client_for, user, data, name
):
    response = client_for(user).post("/data/import/", {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 400
    assert "isn't a table" in response.content.decode().replace("&#x27;", "'")
    assert not ImportJob.objects.exists()


@override_settings(REBOUND_MAX_UPLOAD_MB=1)
@pytest.mark.parametrize("url", ["/data/import/", "/data/restore/"])
def test_it_refuses_an_upload_over_the_limit_before_reading_it(client_for, user, url):
    big = SimpleUploadedFile("applications.csv", b"Company,Role\n" + b"Acme,Analyst\n" * 120_000)
    response = client_for(user).post(url, {"file": big})
    assert response.status_code == 413
    assert "1 MB" in response.content.decode()
    assert not ImportJob.objects.exists()
