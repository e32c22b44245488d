"""From "I got rejected" to a sent request and its reply, in a real browser; plus screenshots."""

import datetime as dt
import io
import re
import time
from functools import partial

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Application, ContactRole, InterviewRound, Status
from feedback.models import Feedback, FeedbackRequest, RequestStatus
from tests import browser
from tests import factories as f

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]


shoot = partial(browser.shoot, area="feedback")


def log_in(page, live_server, username, password=f.PASSWORD):
    page.goto(live_server.url + reverse("login"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    expect(page.locator("nav")).to_be_visible()


def test_it_goes_from_a_rejection_to_a_sent_request_and_its_reply(page, live_server, policy_errors):
    page.set_viewport_size(DESKTOP)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    user = f.UserFactory(username="seeker", first_name="Sam", last_name="Lee")
    application = f.ApplicationFactory(
        user=user,
        role_title="Data Analyst",
        company__name="Acme Analytics",
        status=Status.INTERVIEWING,
    )
    zoe = f.ContactFactory(
        user=user,
        company=application.company,
        role=ContactRole.HIRING_MANAGER,
        name="Zoë Martin",
        email="zoe@acme.example",
    )
    zoe.applications.add(application)
    f.InterviewFactory(
        user=user,
        application=application,
        round=InterviewRound.TECHNICAL,
        starts_at=timezone.now() - dt.timedelta(days=3),
    )
    log_in(page, live_server, "seeker")

    # Log the rejection from the application page.
    page.goto(live_server.url + application.get_absolute_url())
    page.click("text=Mark rejected")
    page.fill("textarea[name=reason]", "We went with a candidate with more SQL experience.")
    page.click("form.rejection-form button[type=submit]")
    expect(page.locator("#feedback")).to_contain_text("Ask for feedback")

    # The draft: addressed to Zoë, naming the role, the company and the interview.
    page.click("#feedback >> text=Ask for feedback")
    body = page.locator("#id_body")
    expect(body).to_have_value(re.compile(r"^Hi Zoë,"))
    draft = body.input_value()
    assert draft.startswith("Hi Zoë,") and "Data Analyst" in draft and "Acme Analytics" in draft
    assert "technical interview on" in draft
    mail = page.locator("a[data-fb-mailto]")
    assert mail.get_attribute("href").startswith("mailto:zoe@acme.example?subject=")

    # A more formal tone redrafts it in place (htmx), without leaving the page.
    browser.settle(page)
    page.evaluate("window.__sameDocument = true")
    page.select_option("#id_tone", "formal")
    expect(page.locator("#id_body")).to_have_value(re.compile(r"^Dear Zoë Martin,"), timeout=5000)
    assert page.evaluate("window.__sameDocument") is True

    # Edit it: the mailto: link follows the edits, line breaks as CRLF.
    text = page.locator("#id_body").input_value() + "\n\nP.S. Loved meeting the team."
    page.locator("#id_body").fill(text)
    href = page.locator("a[data-fb-mailto]").get_attribute("href")
    assert "%0D%0A%0D%0AP.S.%20Loved%20meeting%20the%20team." in href and "+" not in href
    page.click("button:has-text('Copy message')")
    expect(page.locator("[data-fb-copied]").first).to_contain_text("Copied")
    shoot(page, "ask-desktop")
    page.click("button:has-text('Save as draft')")

    # The request page: mark it sent in one click.
    expect(page.locator("h1")).to_contain_text("Feedback request to Zoë Martin")
    page.click("button:has-text('Mark as sent')")
    expect(page.locator("#fb-panel")).to_contain_text("Did they reply?")
    fr = FeedbackRequest.objects.get()
    assert fr.status == RequestStatus.SENT and fr.body.endswith("P.S. Loved meeting the team.")
    assert fr.sent_at is not None

    # Paste the reply.
    page.fill("#id_text", "Strong SQL, but your answers lacked specific examples of impact.")
    page.click("button:has-text('Save their feedback')")
    expect(page.locator("#fb-panel .fb-replies")).to_contain_text("specific examples of impact")
    shoot(page, "request-replied-desktop")
    fr.refresh_from_db()
    assert fr.status == RequestStatus.REPLIED and Feedback.objects.get().request == fr

    # All of it on the application's timeline…
    page.goto(live_server.url + application.get_absolute_url())
    timeline = page.locator("#timeline")
    expect(timeline).to_contain_text("Feedback request drafted to Zoë Martin")
    expect(timeline).to_contain_text("Asked Zoë Martin for feedback")
    expect(timeline).to_contain_text("Feedback received from Zoë Martin")
    expect(page.locator("#feedback")).to_contain_text("Replied")

    # …and on the Feedback page, under "Replied".
    page.click("nav >> text=Feedback")
    expect(page.locator(".fb-request")).to_contain_text("Data Analyst · Acme Analytics")
    page.click(".fb-filters >> text=Replied")
    expect(page.locator(".fb-request")).to_have_count(1)
    expect(page.locator(".fb-request")).to_contain_text("Replied")
    page.click(".fb-filters >> text=To send")
    expect(page.locator(".fb-empty")).to_be_visible()
    assert Application.objects.get().status == Status.REJECTED
    assert policy_errors == []


def test_it_looks_right_on_a_laptop_and_a_phone(page, live_server, policy_errors):
    call_command("seed_demo", stdout=io.StringIO())
    log_in(page, live_server, "demo", "rebound-demo")
    awaiting = FeedbackRequest.objects.filter(status=RequestStatus.SENT).first()
    draft = FeedbackRequest.objects.filter(status=RequestStatus.TO_SEND, dismissed_at=None).first()
    replied = FeedbackRequest.objects.filter(status=RequestStatus.REPLIED).last()
    pages = {
        "feedback-list": reverse("feedback_list"),
        "ask": reverse("feedback_request_new", args=[draft.rejection_id]),
        "request-draft": draft.get_absolute_url(),
        "request-awaiting": awaiting.get_absolute_url(),
        "request-replied": replied.get_absolute_url(),
        "rejection-reflection": reverse("feedback_rejection", args=[replied.rejection_id]),
        "application": replied.application.get_absolute_url(),
        "templates": reverse("feedback_template_new"),
    }
    for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        for name, url in pages.items():
            page.goto(live_server.url + url)
            expect(page.locator("h1")).to_be_visible()
            # Nothing may stick out sideways on a phone.
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} scrolls sideways at {size_name} width"
            shoot(page, f"{name}-{size_name}")
    assert policy_errors == []


def test_it_takes_three_clicks_from_a_logged_rejection_to_a_sent_request(
    page, live_server, policy_errors
):
    page.set_viewport_size(PHONE)
    user = f.UserFactory(username="quick")
    rejection = f.RejectionFactory(user=user, application__company__name="Acme Analytics")
    recruiter = f.ContactFactory(
        user=user, company=rejection.application.company, name="Rae Ng", email="rae@acme.example"
    )
    recruiter.applications.add(rejection.application)
    log_in(page, live_server, "quick")
    page.goto(live_server.url + rejection.application.get_absolute_url())
    started = time.monotonic()

    page.click("#feedback >> text=Ask for feedback")  # 1: the drafted message opens
    mail = page.locator("a[data-fb-mailto]")
    expect(mail).to_have_attribute("href", re.compile(r"^mailto:rae@acme\.example\?subject="))
    # 2: "Open in your mail app" hands the message to the mail program (not followed here).
    page.click('button:has-text("I\'ve sent it")')  # 3: back in Rebound, mark it sent

    expect(page.locator("#fb-panel")).to_contain_text("Did they reply?")
    elapsed = time.monotonic() - started
    fr = FeedbackRequest.objects.get()
    assert fr.status == RequestStatus.SENT and fr.body.startswith("Hi Rae,")
    assert elapsed < 60
    print(f"\nrejection to sent request: 3 clicks, {elapsed:.1f}s in headless Chromium")
    assert policy_errors == []
