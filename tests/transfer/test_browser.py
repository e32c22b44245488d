"""Upload -> columns -> preview -> import -> list, in a real browser."""

from functools import partial

import pytest
from playwright.sync_api import expect

from applications.models import Application
from tests import browser
from tests import factories as f
from tests.transfer.conftest import FIXTURES

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]


shoot = partial(browser.shoot, area="transfer")


def log_in(page, live_server, user):
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", f.PASSWORD)
    page.click("button[type=submit]")


def test_it_imports_a_spreadsheet_from_upload_to_the_list(page, live_server):
    user = f.UserFactory(username="sheetkeeper", time_zone="Europe/Berlin")
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server, user)

    page.click("nav >> text=Import & export")
    expect(page.get_by_role("heading", name="Import a spreadsheet")).to_be_visible()
    shoot(page, "1-home")
    page.set_input_files(
        "input[type=file][name=file] >> nth=0", str(FIXTURES / "tracker_export.tsv")
    )
    page.click("text=Upload and check")

    expect(page.get_by_role("heading", name="Which column is which?")).to_be_visible()
    expect(page.locator("#col_2")).to_have_value("status")
    shoot(page, "2-columns")
    page.click("text=Check the rows")

    expect(page.get_by_role("heading", name="Check before importing")).to_be_visible()
    problems = page.locator(".transfer-problems")
    expect(problems).to_contain_text("Row 5: “Schmoozing” is not a status we know")
    expect(page.locator("button:has-text('Import 3 applications')")).to_be_visible()
    shoot(page, "3-preview-unknown-status")

    # Say what the unknown word means: htmx re-renders the preview without a reload.
    label = page.locator("label:has-text('Schmoozing')")
    browser.settle(page)
    page.select_option(f"#{label.get_attribute('for')}", "screening")
    expect(page.locator("button:has-text('Import 4 applications')")).to_be_visible()
    expect(page.locator(".transfer-problems")).to_have_count(0)
    assert Application.objects.count() == 0
    shoot(page, "4-preview-ready")

    page.click("button:has-text('Import 4 applications')")
    expect(page.get_by_text("Imported 4 applications.").first).to_be_visible()
    shoot(page, "5-done")

    page.click("text=See your applications")
    for company in ("Acme", "Globex", "Initech", "Vandelay"):
        expect(page.locator("main").get_by_text(company).first).to_be_visible()
    shoot(page, "6-list")
    assert Application.objects.filter(user=user).count() == 4

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/data/")
    shoot(page, "8-home-phone")
    page.click("text=Delete my account…")
    expect(page.get_by_text("4 applications")).to_be_visible()
    shoot(page, "9-delete-account-phone")


def test_it_shows_the_progress_of_a_background_import(page, live_server, settings):
    from applications.transfer.models import ImportJob

    user = f.UserFactory(username="bigfile")
    job = f.ImportJobFactory(user=user, state="running", total=10_000, processed=2_500)
    page.set_viewport_size({"width": 1280, "height": 700})
    log_in(page, live_server, user)
    page.goto(f"{live_server.url}/data/import/{job.pk}/")
    expect(page.get_by_text("Checking rows: 2,500 of 10,000")).to_be_visible()
    shoot(page, "7-progress")

    ImportJob.objects.filter(pk=job.pk).update(processed=7_500)
    expect(page.get_by_text("Checking rows: 7,500 of 10,000")).to_be_visible(timeout=5000)
    ImportJob.objects.filter(pk=job.pk).update(state="done", created_count=10_000)
    expect(page.get_by_text("Imported 10,000 applications.")).to_be_visible(timeout=5000)
