"""From uploaded file to applications: the preview, the import, duplicates, the command."""

import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from applications.models import Application, ApplicationEvent, Company, Contact
from applications.transfer import services
from applications.transfer.importer import analyse
from applications.transfer.models import ImportState
from applications.transfer.sniff import read_table
from tests.factories import ApplicationFactory, CompanyFactory
from tests.transfer.conftest import FIXTURES, make_xlsx

pytestmark = pytest.mark.django_db


def _import(user, data: bytes, name="file.csv", **choices):
    job = services.import_job_create(user=user, filename=name, data=data)
    if choices:
        services.import_job_configure(job=job, **choices)
    return services.import_commit(job=job)


def test_it_previews_every_row_with_its_problems_in_plain_words(user, fixture_bytes):
    job = services.import_job_create(
        user=user, filename="hand_made.csv", data=fixture_bytes("hand_made.csv")
    )
    analysis = services.import_preview(job=job)

    problems = {r.number: r.errors for r in analysis.invalid}
    assert problems == {6: ["no company"], 8: ["“2026-13-45” is not a date"]}
    assert len(analysis.importable) == 6
    assert Application.objects.count() == 0  # the preview writes nothing


def test_it_imports_the_valid_rows_of_a_hand_made_spreadsheet(user, fixture_bytes):
    job = _import(user, fixture_bytes("hand_made.csv"))

    assert job.state == ImportState.DONE
    assert (job.created_count, job.invalid_count, job.skipped_count) == (6, 2, 0)
    acme = Application.objects.get(user=user, company__name="Acme Analytics")
    assert acme.role_title == "Data Analyst"
    assert acme.applied_on == date(2026, 3, 14)
    assert acme.location == "Berlin, Germany"
    assert (acme.salary_min, acme.salary_max, acme.currency) == (70000, 70000, "USD")
    assert acme.salary_text == "$70,000 + commission"
    assert acme.source == "job_board"
    assert acme.job_url == "https://acme.example/jobs/1"
    # Nothing lost: the exact source and the unmapped column stay in the notes.
    assert acme.notes == "Strong match\n\nSource: LinkedIn\nExcitement: 5"

    globex = Application.objects.get(user=user, company__name="Globex")
    assert globex.status == "interviewing"
    assert globex.applied_on == date(2026, 3, 20)  # 3/20/2026 settles the file as month first
    assert globex.work_mode == "remote"
    assert globex.job_url == "https://globex.example/careers/42"
    assert (globex.salary_min, globex.salary_max, globex.currency) == (65000, 75000, "EUR")
    wayne = Application.objects.get(user=user, company__name="Wayne Enterprises")
    assert wayne.applied_on == date(2026, 3, 1)
    hooli = Application.objects.get(user=user, company__name="Hooli")
    assert (hooli.status, hooli.applied_on) == ("wishlist", None)


def test_it_keeps_the_timeline_as_far_as_the_file_tells_it(user, fixture_bytes):
    _import(user, fixture_bytes("hand_made.csv"))
    initech = Application.objects.get(user=user, company__name="Initech")
    events = [(e.from_status, e.to_status) for e in initech.events.all()]
    assert events == [("", "applied"), ("applied", "rejected")]
    assert initech.furthest_stage() == "applied"
    assert initech.status_changed_at.date() == date(2026, 2, 2)
    assert all(e.user_id == user.pk for e in ApplicationEvent.objects.all())


def test_it_imports_a_german_file_with_umlauts_and_dotted_dates(user, fixture_bytes):
    job = _import(user, fixture_bytes("german_semicolon_bom.csv"))
    assert job.created_count == 4
    mueller = Application.objects.get(company__name="Müller & Söhne GmbH")
    assert (mueller.role_title, mueller.status) == ("Datenanalyst (m/w/d)", "applied")
    assert mueller.applied_on == date(2026, 3, 14)
    assert (mueller.salary_min, mueller.currency) == (65000, "EUR")
    baeckerei = Application.objects.get(company__name="Bäckerei Größe AG")
    assert baeckerei.status == "rejected"
    assert (baeckerei.salary_min, baeckerei.salary_max) == (55000, 60000)
    assert baeckerei.source == "referral"
    assert Application.objects.get(company__name="Zürich Versicherung").status == "accepted"
    assert Application.objects.get(company__name="Straßenbau Nord").status == "interviewing"


def test_it_treats_n_a_as_empty_and_asks_about_unknown_statuses(user, fixture_bytes):
    job = services.import_job_create(
        user=user, filename="export.tsv", data=fixture_bytes("tracker_export.tsv")
    )
    analysis = services.import_preview(job=job)
    assert [w.text for w in analysis.unknown_status_words] == ["Schmoozing"]
    assert analysis.invalid[0].errors == [
        "“Schmoozing” is not a status we know; choose what it means"
    ]
    acme = analysis.rows[0]
    assert (acme.location, acme.salary_text, acme.notes, acme.contact) == ("", "", "", "")

    services.import_job_configure(job=job, status_map={"schmoozing": "screening"})
    job = services.import_commit(job=job)

    assert job.created_count == 4
    assert Application.objects.get(company__name="Vandelay").status == "screening"
    initech = Application.objects.get(company__name="Initech")
    assert (initech.status, initech.applied_on) == ("ghosted", None)
    jane = Contact.objects.get(user=user)
    assert (jane.name, jane.email, jane.company.name) == (
        "Jane Roe",
        "jane@globex.example",
        "Globex",
    )
    assert list(jane.applications.values_list("company__name", flat=True)) == ["Globex"]


def test_it_keeps_multi_line_notes_and_unicode_names_intact(user, fixture_bytes):
    _import(user, fixture_bytes("multiline_notes.csv"))
    _import(user, fixture_bytes("unicode_names.csv"))
    acme = Application.objects.get(company__name="Acme, Inc.")
    assert acme.notes == 'First line\nsecond line, with a comma\nand "quotes"'
    assert Application.objects.get(company__name="Globex").role_title == "Analyst, Marketing"
    names = set(Company.objects.for_user(user).values_list("name", flat=True))
    assert {
        "株式会社テスト",
        "Łódź Software sp. z o.o.",
        "Café Ñandú",
        "Ελληνική Εταιρεία",
    } <= names
    cafe = Application.objects.get(company__name="Café Ñandú")
    assert (cafe.role_title, cafe.notes) == ("Analista de datos 📊", "¡Buena suerte! 🎉")


def test_it_reads_ambiguous_dates_as_the_user_chose(user, fixture_bytes):
    job = services.import_job_create(
        user=user, filename="a.csv", data=fixture_bytes("ambiguous_dates.csv")
    )
    analysis = services.import_preview(job=job)
    assert analysis.date_ambiguous
    assert analysis.date_order == "dmy"  # a London user writes the day first
    assert analysis.rows[0].applied_on == date(2026, 4, 3)

    services.import_job_configure(job=job, date_order="mdy")
    services.import_commit(job=job)
    assert Application.objects.get(company__name="Acme").applied_on == date(2026, 3, 4)


def test_it_defaults_to_month_first_for_an_american_user(user, fixture_bytes):
    user.time_zone = "America/New_York"
    table = read_table(fixture_bytes("ambiguous_dates.csv"))
    assert analyse(table, user=user).date_order == "mdy"


def test_it_does_not_duplicate_applications_when_the_same_file_comes_twice(user, fixture_bytes):
    first = _import(user, fixture_bytes("hand_made.csv"))
    second = _import(user, fixture_bytes("hand_made.csv"))

    assert first.created_count == 6
    assert (second.created_count, second.skipped_count) == (0, 6)
    assert Application.objects.for_user(user).count() == 6
    assert Company.objects.for_user(user).count() == 6


def test_it_matches_existing_applications_and_companies_ignoring_case(user):
    company = CompanyFactory(user=user, name="Acme")
    ApplicationFactory(
        user=user, company=company, role_title="Analyst", applied_on=date(2026, 3, 1)
    )
    data = (
        b"Company,Role,Applied\nACME,analyst,2026-03-01\n"
        b"acme,Engineer,2026-03-01\nacme,Engineer,2026-03-01\n"
    )
    job = services.import_job_create(user=user, filename="a.csv", data=data)
    analysis = services.import_preview(job=job)
    assert [r.duplicate for r in analysis.rows] == ["already in Rebound", "", "same as row 3"]

    services.import_commit(job=job)
    assert Company.objects.for_user(user).count() == 1
    assert sorted(Application.objects.for_user(user).values_list("role_title", flat=True)) == [
        "Analyst",
        "Engineer",
    ]


def test_it_does_not_match_another_users_applications(user, other_user):
    ApplicationFactory(
        user=other_user, company__name="Acme", role_title="Analyst", applied_on=date(2026, 3, 1)
    )
    job = _import(user, b"Company,Role,Applied\nAcme,Analyst,2026-03-01\n")
    assert job.created_count == 1
    assert Company.objects.filter(name="Acme").count() == 2


def test_it_imports_an_excel_workbook(user):
    data = make_xlsx(
        [
            ["Company", "Role", "Status", "Applied"],
            ["Acme", "Analyst", "Applied", date(2026, 3, 14)],
            ["Globex", "Scientist", "Offer", 46095],
        ]
    )
    job = _import(user, data, "tracker.xlsx")
    assert job.created_count == 2
    assert set(Application.objects.values_list("applied_on", flat=True)) == {date(2026, 3, 14)}


def test_it_imports_a_confirmed_job_only_once(user, fixture_bytes):
    job = services.import_job_create(
        user=user, filename="a.csv", data=fixture_bytes("hand_made.csv")
    )
    services.import_commit(job=job)
    again = services.import_commit(job=job)
    assert again.state == ImportState.DONE
    assert Application.objects.count() == 6


def test_it_writes_nothing_when_the_import_fails_midway(user, fixture_bytes, monkeypatch):
    from applications.transfer import importer

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "_write_contacts", broken)
    job = _import(user, fixture_bytes("tracker_export.tsv"), status_map={"schmoozing": "applied"})

    assert job.state == ImportState.FAILED
    assert "nothing was saved" in job.error
    assert Application.objects.count() == Company.objects.count() == 0


def test_it_hands_large_files_to_the_worker(user, settings, django_capture_on_commit_callbacks):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    rows = "".join(f"Company {i % 300},Role {i},2026-01-{i % 28 + 1:02d}\n" for i in range(1500))
    job = services.import_job_create(
        user=user, filename="big.csv", data=("Company,Role,Applied\n" + rows).encode()
    )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job = services.import_commit(job=job)
    assert job.state == ImportState.QUEUED and job.total == 1500
    assert Application.objects.count() == 0

    for callback in callbacks:
        callback()  # what the commit hook does: the (eager) task runs the import
    job.refresh_from_db()
    assert (job.state, job.created_count, job.processed, job.percent) == ("done", 1500, 1500, 100)
    assert Company.objects.for_user(user).count() == 300


def test_it_runs_the_worker_task_safely_twice(user):
    from applications.transfer.tasks import import_job_run

    job = services.import_job_create(
        user=user, filename="a.csv", data=b"Company,Role\nAcme,Analyst\n"
    )
    job.state = ImportState.QUEUED
    job.save()
    import_job_run(job.pk)
    job.state = ImportState.RUNNING  # a redelivered task after a worker died after writing
    job.save()
    import_job_run(job.pk)
    assert Application.objects.count() == 1


# The command ---------------------------------------------------------------------------------


def _command(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("import_applications", *args, stdout=out)
    return out.getvalue()


def test_it_prints_a_dry_run_as_json_and_writes_nothing(user):
    out = _command(str(FIXTURES / "hand_made.csv"), "--user", user.email, "--dry-run", "--json")
    result = json.loads(out)

    assert result["mapping"]["Company"] == "company"
    assert result["mapping"]["Excitement"] is None
    assert result["errors"] == []
    by_row = {r["row"]: r for r in result["rows"]}
    assert by_row[2] | {"notes": ""} == {
        "row": 2,
        "company": "Acme Analytics",
        "role": "Data Analyst",
        "status": "applied",
        "applied_on": "2026-03-14",
        "location": "Berlin, Germany",
        "salary_min": 70000,
        "salary_max": 70000,
        "currency": "USD",
        "source": "job_board",
        "url": "https://acme.example/jobs/1",
        "notes": "",
        "contact": "",
        "duplicate": None,
        "errors": [],
    }
    assert by_row[6]["errors"] == ["no company"]
    assert by_row[8]["applied_on"] is None
    assert by_row[8]["errors"] == ["“2026-13-45” is not a date"]
    assert Application.objects.count() == 0


def test_it_finds_the_user_by_username_too(user):
    out = _command(
        str(FIXTURES / "german_semicolon_bom.csv"), "--user", user.username, "--dry-run", "--json"
    )
    assert len(json.loads(out)["rows"]) == 4


def test_it_imports_from_the_command_line_and_prints_a_summary(user):
    out = _command(str(FIXTURES / "hand_made.csv"), "--user", user.email)
    assert "Imported 6 applications" in out
    assert "row 6: no company" in out
    assert Application.objects.for_user(user).count() == 6
    out = _command(str(FIXTURES / "hand_made.csv"), "--user", user.email)
    assert "Imported 0 applications" in out and "6 already there" in out


def test_it_takes_status_words_and_date_order_on_the_command_line(user):
    out = _command(
        str(FIXTURES / "tracker_export.tsv"),
        "--user",
        user.email,
        "--status",
        "Schmoozing=offer",
        "--dry-run",
        "--json",
    )
    rows = json.loads(out)["rows"]
    assert rows[3]["status"] == "offer" and rows[3]["errors"] == []
    out = _command(
        str(FIXTURES / "ambiguous_dates.csv"),
        "--user",
        user.email,
        "--date-order",
        "mdy",
        "--dry-run",
        "--json",
    )
    assert json.loads(out)["rows"][0]["applied_on"] == "2026-03-04"


def test_it_refuses_clearly_on_the_command_line(user, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="empty"):
        _command(str(empty), "--user", user.email, "--dry-run", "--json")
    no_role = tmp_path / "no_role.csv"
    no_role.write_bytes(b"Company,Mood\nAcme,good\n")
    with pytest.raises(CommandError, match="No column holds the role"):
        _command(str(no_role), "--user", user.email)
    with pytest.raises(CommandError, match="No account"):
        _command(str(no_role), "--user", "nobody@example.com")
    assert Application.objects.count() == 0


def test_it_imports_in_the_request_when_the_broker_is_down(
    user, monkeypatch, django_capture_on_commit_callbacks
):
    from applications.transfer import tasks

    def broker_down(*args, **kwargs):
        raise ConnectionError("broker unreachable")

    monkeypatch.setattr(tasks.import_job_run, "delay", broker_down)
    monkeypatch.setattr(services, "SYNC_ROWS", 1)
    job = services.import_job_create(
        user=user, filename="a.csv", data=b"Company,Role\nAcme,Analyst\nGlobex,Analyst\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.import_commit(job=job)
    job.refresh_from_db()
    assert (job.state, job.created_count) == (ImportState.DONE, 2)
