"""A new job seeker's first few minutes, in a real browser, plus the README screenshots."""

import datetime as dt
from functools import partial

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from playwright.sync_api import expect

from applications import services
from applications.models import Application
from tests import browser
from tests import factories as f

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 375, "height": 667}
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]


shoot = partial(browser.shoot, area="apps")


def sign_up(page, live_server):
    try:
        url = live_server.url + reverse("signup")
    except NoReverseMatch:
        user = f.UserFactory(username="newcomer")
        page.goto(live_server.url + reverse("login"))
        page.fill("input[name=username]", user.username)
        page.fill("input[name=password]", f.PASSWORD)
        page.click("button[type=submit]")
        return
    page.goto(url)
    page.fill("input[name=username]", "newcomer")
    page.fill("input[name=email]", "newcomer@example.com")
    page.fill("input[name=time_zone]", "Europe/London")
    page.fill("input[name=password1]", "a-long-and-unusual-passphrase")
    page.fill("input[name=password2]", "a-long-and-unusual-passphrase")
    page.click("button:has-text('Create account')")


def test_it_takes_a_new_user_from_quick_add_to_a_rejection_timeline(page, live_server):
    page.set_viewport_size(DESKTOP)
    sign_up(page, live_server)
    expect(page.get_by_text("Log your first application")).to_be_visible()
    shoot(page, "home-empty-desktop")

    # Quick add from the navbar: a modal, posted with htmx, no reload.
    page.click("nav >> text=+ Log application")
    modal = page.locator("#quick-add")
    expect(modal.locator("#qa_company")).to_be_focused()
    modal.locator("#qa_company").fill("Acme Analytics")
    modal.locator("#qa_role_title").fill("Data Analyst")
    shoot(page, "quick-add-desktop")
    modal.locator("button:has-text('Log it')").click()
    expect(modal.get_by_text("Logged Data Analyst at Acme Analytics")).to_be_visible()
    application = Application.objects.get(role_title="Data Analyst")
    modal.locator("button.btn-close").click()

    # The board: move the card to Interviewing with its menu, without a page load.
    page.click("nav >> text=Board")
    card = page.locator(f"#card-{application.pk}")
    expect(page.locator(f"#column-applied #card-{application.pk}")).to_be_visible()
    browser.settle(page)
    page.evaluate("window.__sameDocument = true")
    card.locator("select").select_option("interviewing")
    expect(page.locator(f"#column-interviewing #card-{application.pk}")).to_be_visible()
    expect(page.locator("#column-applied .board-card")).to_have_count(0)
    assert page.evaluate("window.__sameDocument") is True  # no full reload happened
    expect(page.locator("#heading-interviewing .board-count")).to_have_text("1")
    expect(page.locator("#heading-applied .board-count")).to_have_text("0")
    shoot(page, "board-moved-desktop")

    # Log an interview from the application page.
    page.click(f"#card-{application.pk} >> text=Acme Analytics")
    page.click("text=Log an interview")
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    page.select_option("#id_round", "technical")
    page.fill("#id_starts_at", f"{tomorrow:%Y-%m-%d}T10:30")
    shoot(page, "interview-form-desktop")
    page.click("button:has-text('Save')")
    expect(page.get_by_text("Interview logged.")).to_be_visible()
    expect(page.locator("#interviews")).to_contain_text("Technical")
    expect(page.locator("#interviews")).to_contain_text("10:30")

    # Mark it rejected: the stage comes from the timeline.
    page.click("text=Mark rejected")
    expect(page.locator("#id_stage")).to_have_value("interviewing")
    page.fill("#id_reason", "We went with a candidate with more SQL experience.")
    page.check("input[name=feeling][value='3']")
    shoot(page, "rejection-form-desktop")
    page.click("button:has-text('Save')")

    timeline = page.locator("#timeline")
    expect(timeline).to_contain_text("Added as Applied")
    expect(timeline).to_contain_text("Applied → Interviewing")
    expect(timeline).to_contain_text("Interview: Technical")
    expect(timeline).to_contain_text("Rejected at the interviewing stage")
    expect(page.locator("#status-badge")).to_have_text("Rejected")
    # The rejection came today, after the application was logged today.
    expect(timeline.locator(".timeline-entry").first).to_contain_text("Added as Applied")
    shoot(page, "application-rejected-desktop")


def populate(user):
    """A few weeks of a believable search, for the screenshots."""
    now = timezone.now()
    rows = [
        ("Northwind Health", "Data Analyst", "interviewing", 21, 5, "Leeds", "hybrid"),
        ("Globex", "Business Intelligence Analyst", "screening", 12, 4, "Remote", "remote"),
        ("Initech", "Junior Data Scientist", "applied", 18, 3, "Manchester", "onsite"),
        ("Umbrella Analytics", "Reporting Analyst", "applied", 3, 3, "Remote", "remote"),
        ("Stark Retail", "Insights Analyst", "offer", 30, 4, "London", "hybrid"),
        ("Hooli", "Product Analyst", "rejected", 25, 4, "London", "hybrid"),
        ("Vandelay Imports", "Data Analyst", "ghosted", 40, 2, "Bristol", "onsite"),
        ("Acme Analytics", "Analytics Engineer", "wishlist", 0, 5, "Remote", "remote"),
        ("Soylent", "Operations Analyst", "withdrawn", 28, 2, "Leeds", "onsite"),
        ("Cyberdyne", "Data Analyst", "applied", 1, 4, "Sheffield", "hybrid"),
    ]
    apps = {}
    for company, role, status, days, excitement, location, mode in rows:
        at = now - dt.timedelta(days=days)
        app = services.application_create(
            user=user,
            company_name=company,
            role_title=role,
            status="wishlist" if status == "wishlist" else "applied",
            at=at,
            excitement=excitement,
            location=location,
            work_mode=mode,
            source="job_board" if days % 2 else "referral",
            notes="Found through a former colleague." if days % 2 == 0 else "",
        )
        apps[company] = app
        if status in {"screening", "interviewing", "offer", "rejected"}:
            services.application_change_status(
                application=app, status="screening", at=at + dt.timedelta(days=4)
            )
        if status in {"interviewing", "offer", "rejected"}:
            services.interview_create(
                application=app, round="phone_screen", starts_at=at + dt.timedelta(days=7)
            )
        if status == "offer":
            services.application_change_status(
                application=app, status="offer", at=at + dt.timedelta(days=20)
            )
        if status in {"ghosted", "withdrawn"}:
            services.application_change_status(
                application=app, status=status, at=at + dt.timedelta(days=20)
            )
        if status == "rejected":
            services.rejection_log(
                application=app,
                rejected_on=(at + dt.timedelta(days=14)).date(),
                reason="The panel felt other candidates had more hands-on SQL experience.",
                channel="email",
                feeling=2,
            )
    main = apps["Northwind Health"]
    main.job_url = "https://careers.northwind.example/jobs/4821"
    main.salary_min, main.salary_max, main.currency = 38000, 45000, "GBP"
    main.resume_version = "analyst-v3"
    main.save()
    services.interview_create(
        application=main, round="technical", starts_at=now + dt.timedelta(days=2, hours=3)
    )
    contact = services.contact_create(
        user=user, application=main, name="Priya Shah", role="recruiter", email="priya@nw.example"
    )
    services.contact_create(user=user, application=main, name="Tom Baker", role="hiring_manager")
    services.contact_link(contact=contact, application=apps["Cyberdyne"])
    return apps


def test_it_looks_right_on_a_laptop_and_a_phone(page, live_server):
    user = f.UserFactory(username="showcase", first_name="Sam", weekly_goal=5)
    apps = populate(user)
    page.goto(live_server.url + reverse("login"))
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", f.PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("#sent-this-week")).to_be_visible()

    detail = apps["Northwind Health"]
    pages = {
        "home": reverse("home"),
        "list": reverse("application_list"),
        "board": reverse("board"),
        "application": detail.get_absolute_url(),
        "application-form": reverse("application_edit", args=[detail.pk]),
        "interview-form": reverse("interview_edit", args=[detail.interviews.first().pk]),
        "rejection-form": reverse("rejection_log", args=[apps["Initech"].pk]),
        "contacts": reverse("contact_list"),
        "company": detail.company.get_absolute_url(),
    }
    sizes = [("desktop", DESKTOP), ("phone", PHONE), ("small-phone", SMALL_PHONE)]
    for size_name, size in sizes:
        page.set_viewport_size(size)
        for name, url in pages.items():
            page.goto(live_server.url + url)
            if name == "board":
                page.locator("details.board-ended summary").click()
            if size is not SMALL_PHONE:
                shoot(page, f"{name}-{size_name}")
            # Nothing may stick out sideways on a phone (the board scrolls inside itself).
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} is wider than the {size_name} screen by {overflow}px"

    # Dragging a card to another column moves it too (on a laptop, where both are in view).
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + reverse("board"))
    page.drag_and_drop(f"#card-{apps['Umbrella Analytics'].pk}", "#column-screening")
    expect(page.locator(f"#column-screening #card-{apps['Umbrella Analytics'].pk}")).to_be_visible()
    assert apps["Umbrella Analytics"].events.last().to_status == "screening"

    # Picking "Rejected" on a card opens the rejection form rather than moving it silently.
    page.goto(live_server.url + reverse("board"))
    page.locator(f"#card-{apps['Cyberdyne'].pk} select").select_option("rejected")
    expect(page.get_by_role("heading", name="Log a rejection")).to_be_visible()
    assert page.url.endswith(reverse("rejection_log", args=[apps["Cyberdyne"].pk]))

    # On a phone, quick add is one tap away without opening the menu.
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + reverse("board"))
    page.click("nav >> text=+ Log")
    expect(page.locator("#qa_company")).to_be_focused()
    page.fill("#qa_company", "Northw")
    options = page.locator("#qa_company-options option")  # fed by htmx as they type
    expect(options).to_have_count(1)
    page.fill("#qa_company", options.get_attribute("value"))
    page.fill("#qa_role_title", "Senior Data Analyst")
    shoot(page, "quick-add-phone")
    page.click("#quick-add button:has-text('Log it')")
    expect(page.locator("#quick-add")).to_contain_text("Logged Senior Data Analyst at Northwind")
    # The board behind the modal picked the new card up without a reload.
    expect(page.locator("#column-applied")).to_contain_text("Senior Data Analyst")

    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + reverse("application_list") + "?q=analyst&sort=-excitement")
    expect(page.locator("#result-count")).to_contain_text("match")
    page.fill("#id_q", "Northwind")
    expect(page.locator("#results tbody tr")).to_have_count(2)  # two roles at Northwind
    assert "q=Northwind" in page.url  # the filters live in the query string


def test_it_keeps_a_long_columns_count_right_as_cards_move(page, live_server):
    from applications.views.board import CARDS_PER_COLUMN

    user = f.UserFactory(username="busy")
    now = timezone.now()
    applied = [
        f.ApplicationFactory(
            user=user,
            role_title=f"Role {i:03d}",
            status_changed_at=now - dt.timedelta(hours=i),
        )
        for i in range(CARDS_PER_COLUMN + 3)
    ]
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + reverse("login"))
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", f.PASSWORD)
    page.click("button[type=submit]")
    page.goto(live_server.url + reverse("board"))

    expect(page.locator("#column-applied .board-card")).to_have_count(CARDS_PER_COLUMN)
    expect(page.locator("#heading-applied .board-count")).to_have_text(str(CARDS_PER_COLUMN + 3))
    more = page.get_by_role("link", name="3 more in the list")
    expect(more).to_be_visible()

    page.locator(f"#card-{applied[0].pk} select").select_option("screening")
    expect(page.locator(f"#column-screening #card-{applied[0].pk}")).to_be_visible()
    # The three cards not shown still count: 53 - 1, not the 49 cards left in view.
    expect(page.locator("#heading-applied .board-count")).to_have_text(str(CARDS_PER_COLUMN + 2))
    expect(page.locator("#heading-screening .board-count")).to_have_text("1")
    shoot(page, "board-long-column-desktop")

    more.click()
    expect(page.get_by_text(f"Role {CARDS_PER_COLUMN + 2:03d}")).to_be_visible()
    assert "status=applied" in page.url
