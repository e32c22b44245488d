"""Three rejections whose feedback shares a weakness: the dashboard ranks it first, with quotes."""

from functools import partial

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from applications.models import Status
from insights.models import ThemeMention
from tests import browser
from tests import factories as f

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]

FEEDBACK = {
    "Acme": "Your answers were hard to follow and tended to ramble.",
    "Globex": "The panel found your answers unclear and hard to follow.",
    "Initech": "Several answers rambled and were hard to follow.",
}


shoot = partial(browser.shoot, area="insights")


def log_rejection(page, live_server, application, reason, feedback=""):
    page.goto(live_server.url + application.get_absolute_url())
    page.click("text=Mark rejected")
    page.fill("textarea[name=reason]", reason)
    page.click("form.rejection-form button[type=submit]")
    expect(page.locator("#rejection")).to_be_visible()
    if feedback:
        application.refresh_from_db()
        page.goto(live_server.url + reverse("feedback_rejection", args=[application.rejection.pk]))
        page.click("text=Log feedback they gave you")
        page.fill("#id_text", feedback)
        page.click("button:has-text('Save their feedback')")
        expect(page.locator(".fb-feedback").first).to_contain_text(feedback[:20])


def test_it_ranks_a_weakness_shared_by_three_rejections_first(page, live_server, policy_errors):
    page.set_viewport_size(DESKTOP)
    user = f.UserFactory(username="seeker")
    apps = {
        name: f.ApplicationFactory(
            user=user, company__name=name, role_title="Data Analyst", status=Status.INTERVIEWING
        )
        for name in [*FEEDBACK, "Umbrella", "Hooli"]
    }
    page.goto(live_server.url + reverse("login"))
    page.fill("input[name=username]", "seeker")
    page.fill("input[name=password]", f.PASSWORD)
    page.click("button[type=submit]")

    for name, text in FEEDBACK.items():
        log_rejection(page, live_server, apps[name], "We decided not to proceed.", text)
    log_rejection(page, live_server, apps["Umbrella"], "You hadn't researched our product.")
    log_rejection(page, live_server, apps["Hooli"], "We've decided to fill the role internally.")

    page.click("nav >> text=Insights")
    first = page.locator("#recurring .theme-card").first
    expect(first).to_contain_text("Communication")
    expect(first).to_contain_text("3 rejections")
    for name, text in FEEDBACK.items():
        expect(first).to_contain_text(text)
        expect(first.locator(f"a:has-text('{name}')")).to_have_attribute(
            "href", apps[name].get_absolute_url() + "#rejection"
        )
    expect(page.locator(".insights-summary")).to_contain_text("communication")
    # Hooli's role was filled internally and Acme's reason itself named nothing: only the
    # Hooli rejection named no weakness at all once the feedback counts.
    expect(page.locator("#not-about-you")).to_contain_text("1 of 5 rejections")
    expect(page.locator("#recurring")).to_contain_text("Mentioned once (1)")
    shoot(page, "browser-dashboard-desktop")

    # The user's word: confirm the reading under Acme's feedback, in place.
    page.goto(live_server.url + apps["Acme"].get_absolute_url())
    widget = page.locator("#feedback .themes-widget").first
    widget.locator("button[aria-label='Confirm Communication']").click()
    expect(widget.locator("button[aria-label='Confirm Communication']")).to_have_count(0)
    assert ThemeMention.objects.get(application=apps["Acme"]).origin == "confirmed"

    page.set_viewport_size(PHONE)
    page.goto(live_server.url + reverse("insights_dashboard"))
    expect(page.locator("#recurring .theme-card").first).to_contain_text("Communication")
    shoot(page, "browser-dashboard-phone")
    assert policy_errors == []
