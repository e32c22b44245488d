"""Taking everything out: the spreadsheet CSV and the full JSON that restores identically."""

import csv
import html
import io
import json
from datetime import UTC, date, datetime, timedelta

import factory
import pytest
from django.contrib.auth import get_user_model

from applications.models import Application, ApplicationEvent, Status
from applications.transfer import export, services
from applications.transfer.models import CalendarFeed, ImportJob
from applications.transfer.sniff import read_table
from tests import factories as f

pytestmark = pytest.mark.django_db


def _csv_rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_it_exports_one_row_per_application_with_spreadsheet_columns(user, other_user):
    f.ApplicationFactory(
        user=user,
        company__name="Acme, Inc.",
        role_title="Data Analyst",
        applied_on=date(2026, 3, 14),
        salary_min=65000,
        salary_max=75000,
        currency="EUR",
        salary_text="€65k–€75k",
        notes="Line one\nline two",
        status=Status.GHOSTED,
    )
    f.ApplicationFactory(user=other_user, company__name="Not mine")

    rows = _csv_rows(export.applications_csv(user))

    assert len(rows) == 1
    row = rows[0]
    assert row["Company"] == "Acme, Inc."
    assert row["Role"] == "Data Analyst"
    assert row["Status"] == "No response"
    assert row["Date applied"] == "2026-03-14"
    assert (row["Salary min"], row["Salary max"], row["Currency"]) == ("65000", "75000", "EUR")
    assert row["Salary"] == "€65k–€75k"
    assert row["Notes"] == "Line one\nline two"


@pytest.mark.parametrize(
    "dangerous",
    ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1+1"],
)
def test_it_escapes_values_a_spreadsheet_would_run_as_formulas(user, dangerous):
    f.ApplicationFactory(user=user, company__name=dangerous, role_title="Analyst", notes=dangerous)
    row = _csv_rows(export.applications_csv(user))[0]
    assert row["Company"] == "'" + dangerous
    assert row["Notes"] == "'" + dangerous
    assert not any(value.startswith(export.FORMULA_STARTS) for value in row.values())


def test_it_writes_a_csv_rebound_reads_back_without_loss(user, other_user):
    f.ApplicationFactory(
        user=user,
        notes="-5% on the second offer",
        company__name="Müller GmbH",
        role_title="Analyst",
        applied_on=date(2026, 3, 1),
        status=Status.REJECTED,
        location="Köln",
        salary_text="65.000 EUR",
    )
    table = read_table(export.applications_csv(user).encode("utf-8"))
    from applications.transfer.importer import analyse

    row = analyse(table, user=other_user).rows[0]
    assert (row.company, row.role, row.status, row.applied_on) == (
        "Müller GmbH",
        "Analyst",
        "rejected",
        date(2026, 3, 1),
    )
    assert (row.location, row.salary_min, row.currency) == ("Köln", 65000, "EUR")
    assert row.notes.startswith("-5% on the second offer")  # the escaping apostrophe is gone


# The full JSON export ------------------------------------------------------------------------


def _factories_by_model() -> dict:
    found = {}
    for value in vars(f).values():
        if isinstance(value, type) and issubclass(value, factory.django.DjangoModelFactory):
            model = value._meta.get_model_class()
            found.setdefault(model, value)
    return found


def _rich_account(user):
    """Every kind of row the user can own, with references between them in every direction."""
    acme = f.CompanyFactory(user=user, name="Acme", website="https://acme.example", notes="Nice")
    globex = f.CompanyFactory(user=user, name="Globex")
    sam = f.ContactFactory(user=user, company=acme, name="Sam Referrer", role="referrer")
    pat = f.ContactFactory(user=user, company=globex, name="Pat Interviewer", role="interviewer")
    lone = f.ContactFactory(user=user, company=None, name="No company")
    first = f.ApplicationFactory(
        user=user,
        company=acme,
        role_title="Data Analyst",
        referral_contact=sam,
        salary_min=60000,
        salary_max=70000,
        currency="EUR",
        salary_text="60-70k €",
        excitement=4,
        cover_letter_sent=True,
        notes="Ünïcode ✓ and\nnew lines",
        applied_on=date(2026, 3, 1),
        work_mode="hybrid",
        seniority="junior",
    )
    second = f.ApplicationFactory(user=user, company=globex, role_title="Scientist")
    third = f.ApplicationFactory(
        user=user, company=acme, role_title="Re-applied", status="wishlist", applied_on=None
    )
    sam.applications.add(first, third)
    pat.applications.add(second)
    interview = f.InterviewFactory(
        user=user,
        application=second,
        starts_at=datetime(2026, 3, 10, 14, 30, 15, 123456, tzinfo=UTC),
        rating=3,
        went_well="Rapport",
        to_improve="Examples",
    )
    interview.interviewers.add(pat, lone)
    rejection = f.RejectionFactory(
        user=user, application=second, reason="Not enough SQL", feeling=2
    )
    ApplicationEvent.objects.create(
        user=user,
        application=second,
        from_status="applied",
        to_status="rejected",
        occurred_at=datetime(2026, 3, 12, 9, 0, tzinfo=UTC),
    )
    by_model = _factories_by_model()
    for model in export.owned_models():
        if not model._base_manager.filter(user=user).exists():
            maker = by_model.get(model)
            assert maker is not None, (
                f"no factory for {model._meta.label}: add one to tests/factories.py"
            )
            kwargs = {"user": user}
            names = {fld.name for fld in model._meta.fields}
            if "rejection" in names:
                kwargs["rejection"] = rejection
            maker(**kwargs)
            if export._generic(model):
                # Two rows pointing at different targets: restored ids must not collide.
                maker(**kwargs)
    user.time_zone, user.weekly_goal = "Europe/Berlin", 7
    user.save()
    return user


def _comparable(document, drop_unique=False):
    document = json.loads(json.dumps(document))
    document.pop("exported_at")
    document.pop("account")
    if drop_unique:
        for model in export.owned_models():
            unique = [
                fld.name
                for fld in model._meta.concrete_fields
                if fld.unique and not fld.primary_key
            ]
            for item in document["models"].get(model._meta.label_lower, []):
                for name in unique:
                    item.pop(name, None)
    return document


def test_it_exports_a_row_of_every_model_the_user_owns(user, other_user):
    _rich_account(user)
    _rich_account(other_user)
    document = export.account_export(user)

    for model in export.owned_models():
        label = model._meta.label_lower
        count = model._base_manager.filter(user=user).count()
        assert count >= 1, label
        assert len(document["models"][label]) == count, label
    assert "transfer.importjob" not in document["models"]
    assert document["settings"]["time_zone"] == "Europe/Berlin"
    assert "password" not in document["settings"]
    # References are export-local ids, never database keys.
    application = document["models"]["applications.application"][0]
    assert application["company"] == 1 and application["referral_contact"] == 1


def test_it_restores_an_export_identically_into_an_empty_account(user):
    _rich_account(user)
    before = export.account_export(user)
    blob = json.dumps(before)
    services.account_delete(user=user)  # leave, then come back with a new account

    newcomer = f.UserFactory()
    counts = export.account_restore(newcomer, json.loads(blob))

    after = export.account_export(newcomer)
    assert _comparable(after) == _comparable(before)
    assert counts["applications.application"] == len(before["models"]["applications.application"])
    newcomer.refresh_from_db()
    assert (newcomer.time_zone, newcomer.weekly_goal) == ("Europe/Berlin", 7)
    interview = (
        newcomer and Application.objects.get(user=newcomer, role_title="Scientist").interviews.get()
    )
    assert interview.starts_at.microsecond == 123456
    assert sorted(interview.interviewers.values_list("name", flat=True)) == [
        "No company",
        "Pat Interviewer",
    ]


def test_it_restores_while_the_old_account_still_exists(user):
    _rich_account(user)
    before = export.account_export(user)
    newcomer = f.UserFactory()

    export.account_restore(newcomer, json.loads(json.dumps(before)))

    assert _comparable(export.account_export(newcomer), drop_unique=True) == _comparable(
        before, drop_unique=True
    )
    # The original is untouched.
    assert _comparable(export.account_export(user)) == _comparable(before)


def test_it_refuses_to_restore_into_an_account_with_data(user, other_user):
    f.ApplicationFactory(user=user)
    document = export.account_export(other_user)
    with pytest.raises(export.RestoreError, match="already has data"):
        export.account_restore(user, document)


@pytest.mark.parametrize(
    ("document", "says"),
    [
        ({"format": "something else"}, "isn't a Rebound export"),
        ({"format": "rebound-export", "version": 99}, "different version"),
        ({"format": "rebound-export", "version": 1, "models": {"x.y": []}}, "doesn't know"),
        (
            {
                "format": "rebound-export",
                "version": 1,
                "models": {"applications.application": [{"id": 1, "company": 5}]},
            },
            "damaged",
        ),
    ],
)
def test_it_refuses_a_damaged_export_and_writes_nothing(user, document, says):
    with pytest.raises(export.RestoreError, match=says):
        export.account_restore(user, document)
    assert not Application.objects.exists()


def test_it_leaves_its_own_machinery_out_of_the_export(user):
    ImportJob.objects.create(user=user, filename="a.csv", file_sha256="x")
    CalendarFeed.objects.create(user=user)
    assert set(export.account_export(user)["models"]).isdisjoint(export.EXCLUDED)


def test_it_deletes_an_account_with_everything_in_it(user, client_for):
    _rich_account(user)
    client = client_for(user)
    assert client.get("/data/account/delete/").status_code == 200

    response = client.post("/data/account/delete/", {"password": "wrong", "confirm": "on"})
    assert response.status_code == 400
    assert "That isn't your password." in html.unescape(response.content.decode())

    response = client.post("/data/account/delete/", {"password": f.PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    for model in export.owned_models():
        assert not model._base_manager.filter(user_id=user.pk).exists(), model
    assert client.get("/data/").status_code == 302  # logged out


def test_it_keeps_times_it_exports_exact(user):
    application = f.ApplicationFactory(user=user)
    stamp = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    Application.objects.filter(pk=application.pk).update(
        updated_at=stamp, created_at=stamp - timedelta(days=1)
    )
    document = export.account_export(user)
    newcomer = f.UserFactory()
    export.account_restore(newcomer, document)
    restored = Application.objects.get(user=newcomer)
    assert restored.updated_at == stamp  # auto_now put back after the save
    assert restored.created_at == stamp - timedelta(days=1)


def test_it_round_trips_the_demo_account_from_every_area():
    from django.core.management import call_command

    call_command("seed_demo", stdout=io.StringIO())
    demo = get_user_model().objects.get(username="demo")
    before = export.account_export(demo)
    assert len(before["models"]["applications.application"]) > 10
    blob = json.dumps(before)
    services.account_delete(user=demo)

    newcomer = f.UserFactory()
    export.account_restore(newcomer, json.loads(blob))

    assert _comparable(export.account_export(newcomer)) == _comparable(before)
