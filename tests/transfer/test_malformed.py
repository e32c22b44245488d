"""Malformed files thrown at the importer: never a server error, never a half-written import."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applications.models import Application, ApplicationEvent, Company, Contact
from applications.transfer import services
from applications.transfer.models import ImportJob, ImportState
from applications.transfer.sniff import TableError, read_table

pytestmark = pytest.mark.django_db

HEADERS = [
    "Company",
    "Role",
    "Status",
    "Applied",
    "Salary",
    "Link",
    "Contact",
    "Notes",
    "Firma",
    "",
]
CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "N/A",
            "",
            "2026-13-45",
            "03/04/2026",
            "46095",
            "€65k–€75k",
            "=1+1",
            "Absage",
            "x" * 300,
            "acme.example/jobs",
            '"',
            "\r\n",
            ";",
            "\t",
            "\x00",
            "ghosted",
            "Jane <j@x.io>",
        ]
    ),
)


def _table_bytes(rows, delimiter, encoding) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode(encoding, errors="replace")


table_files = st.builds(
    _table_bytes,
    st.lists(
        st.lists(st.one_of(st.sampled_from(HEADERS), CELL), min_size=1, max_size=8),
        min_size=0,
        max_size=12,
    ),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
garbage_files = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", errors="replace")),
    table_files.map(lambda b: b[: len(b) // 2]),  # cut off mid-row, mid-quote
)

HYPOTHESIS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _all_rows(user):
    return sum(
        model.objects.filter(user=user).count()
        for model in (Application, ApplicationEvent, Company, Contact)
    )


@HYPOTHESIS
@given(data=st.one_of(table_files, garbage_files))
def test_it_reads_or_refuses_any_file_without_crashing(data):
    try:
        table = read_table(data, "upload.csv")
    except TableError as e:
        assert str(e)
        return
    assert all(len(row) == len(table.headers) for row in table.rows)


@HYPOTHESIS
@given(data=st.one_of(table_files, garbage_files))
def test_it_imports_all_valid_rows_or_nothing_through_the_web(user, client_for, data):
    client = client_for(user)
    before = _all_rows(user)
    response = client.post("/data/import/", {"file": SimpleUploadedFile("x.csv", data)})
    assert response.status_code in {302, 400}
    job = ImportJob.objects.filter(user=user).order_by("-pk").first()
    if response.status_code == 400 or job is None:
        assert _all_rows(user) == before
        return
    for step in ("columns/", "preview/"):
        assert client.get(f"/data/import/{job.pk}/{step}").status_code in {200, 302}
    analysis = services.import_preview(job=job)
    assert _all_rows(user) == before  # nothing written before the confirmation

    assert client.post(f"/data/import/{job.pk}/confirm/").status_code == 302
    job.refresh_from_db()
    if analysis.problems:
        assert job.state == ImportState.FAILED
        assert _all_rows(user) == before
    else:
        assert job.state == ImportState.DONE, job.error
        created = Application.objects.filter(user=user).count()
        assert job.created_count == len(analysis.importable)
        assert created >= job.created_count


@HYPOTHESIS
@given(data=table_files)
def test_it_rolls_back_everything_when_a_write_fails(user, data, monkeypatch):
    from applications.transfer import importer

    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    try:
        job = services.import_job_create(user=user, filename="x.csv", data=data)
    except TableError:
        return
    before = _all_rows(user)
    with monkeypatch.context() as patched:
        patched.setattr(importer, "_write_contacts", fail)
        job = services.import_commit(job=job)
    # Either the write failed and was rolled back, or there was nothing valid to write.
    assert job.state == ImportState.FAILED or job.created_count == 0
    assert _all_rows(user) == before
