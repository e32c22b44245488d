"""Every page in a real browser: nothing the Content-Security-Policy blocks, and nothing a
user typed ever runs as code.
"""

import pytest
from django.conf import settings
from django.db import models
from django.test import Client

from tests.security.walk import owned_models, public_urls, stocked_user, text_fields

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]

# The three classic shapes: a script element, an event handler, and breaking out of an
# attribute. Each would set window.__xss if the browser ever treated it as markup.
PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    '"><svg onload=window.__xss=1>',
]
# A link that passes URL validation yet tries to break out of the href attribute.
# (javascript: links can't be saved at all: see test_it_refuses_script_links.)
URL_PAYLOAD = 'https://example.com/"><svg/onload=window.__xss=1>'

LISTEN = """
document.addEventListener("securitypolicyviolation", (e) => {
  window.__reportViolation({
    page: location.pathname, directive: e.violatedDirective,
    blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber,
  });
});
"""
INJECTED = """() => Array.from(document.querySelectorAll(
  'img[onerror], svg[onload], [onload], [onerror], script:not([src])'
)).filter((el) => (el.outerHTML || "").includes("__xss")).map((el) => el.outerHTML)"""


def signed_in_context(browser, live_server, user, **options):
    client = Client()
    client.force_login(user)
    context = browser.new_context(base_url=live_server.url, **options)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context


def html_pages(page, urls):
    """The URLs that answer with an HTML page (exports and calendar feeds are downloads)."""
    for url in urls:
        response = page.request.get(url)
        if response.ok and "text/html" in response.headers.get("content-type", ""):
            yield url


def watch(page):
    violations, errors = [], []
    page.expose_function("__reportViolation", lambda v: violations.append(v))
    page.add_init_script(LISTEN)

    def console(message):
        # Failed loads are reported below with their address, which the console line lacks.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            errors.append(message.text)

    def response(answer):
        # htmx fragments opened on their own have no icon link, so the browser asks for one.
        if answer.status >= 400 and not answer.url.endswith("/favicon.ico"):
            errors.append(f"{answer.status} for {answer.url}")

    page.on("console", console)
    page.on("response", response)
    page.on("pageerror", lambda exc: errors.append(f"uncaught: {exc}"))
    return violations, errors


def visit(page, url):
    page.goto(url, wait_until="networkidle")
    # Violation reports are dispatched as tasks after the element that caused them.
    page.wait_for_timeout(50)


def test_it_loads_every_page_without_a_policy_violation_or_script_error(browser, live_server):
    user, urls = stocked_user()
    context = signed_in_context(browser, live_server, user)
    page = context.new_page()
    violations, errors = watch(page)

    visited = list(html_pages(page, urls))
    assert len(visited) > 20, visited
    for url in visited:
        visit(page, url)
        errors[:] = [f"{url}: {e}" if not e.startswith("/") else e for e in errors]
    context.close()

    anonymous = browser.new_context(base_url=live_server.url)
    page = anonymous.new_page()
    public_violations, public_errors = watch(page)
    public = list(html_pages(page, public_urls(user)))
    for url in public:
        visit(page, url)
    anonymous.close()

    assert violations + public_violations == []
    # Only pages that answered 200 were opened, so every resource on them must load too.
    assert errors + public_errors == []


def fill_every_text_field(user):
    """Every text a user can type, in every row of theirs, set to a payload."""
    filled = []
    n = 0
    for model in owned_models():
        for obj in model.objects.filter(user=user):
            values = {}
            for field, label in text_fields(model):
                if isinstance(field, models.URLField):
                    values[field.name] = URL_PAYLOAD
                else:
                    # Unique per row, so uniqueness constraints (company names) still hold.
                    values[field.name] = f"{PAYLOADS[n % len(PAYLOADS)]} {obj.pk}"
                    n += 1
                filled.append(label)
            model.objects.filter(pk=obj.pk).update(**values)
    user.first_name = PAYLOADS[0]
    user.last_name = PAYLOADS[1]
    user.save(update_fields=["first_name", "last_name"])
    return set(filled)


def test_it_shows_typed_markup_as_text_and_never_runs_it(browser, live_server):
    user, urls = stocked_user()
    filled = fill_every_text_field(user)
    assert len(filled) > 30, filled
    # With the policy switched off, only escaping stands between a payload and the page.
    context = signed_in_context(browser, live_server, user, bypass_csp=True)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    shown, ran, injected, script_urls = set(), [], {}, {}
    for url in html_pages(page, urls):
        page.goto(url, wait_until="networkidle")
        if page.evaluate("typeof window.__xss") != "undefined":
            ran.append(url)
        found = page.evaluate(INJECTED)
        if found:
            injected[url] = found
        links = page.evaluate(
            "() => Array.from(document.querySelectorAll('[href],[src],[action]'))"
            ".map((el) => el.getAttribute('href') || el.getAttribute('src') ||"
            " el.getAttribute('action')).filter((v) => /^\\s*javascript:/i.test(v))"
        )
        if links:
            script_urls[url] = links
        text = page.evaluate("document.body.innerText")
        shown |= {payload for payload in PAYLOADS if payload in text}
    context.close()

    assert ran == []
    assert injected == {}
    assert dialogs == []
    assert script_urls == {}
    # Every payload was found on some page as the literal text the user typed.
    assert shown == set(PAYLOADS)


def test_it_would_notice_a_payload_that_was_not_escaped(browser):
    # The detector itself, on a page that pastes the payloads in raw.
    page = browser.new_context(bypass_csp=True).new_page()
    page.set_content(f'<p>{PAYLOADS[1]}</p><a href="/x{PAYLOADS[2]}">x</a>')
    page.wait_for_timeout(100)
    assert page.evaluate("typeof window.__xss") != "undefined"
    assert len(page.evaluate(INJECTED)) == 2
    assert PAYLOADS[1] not in page.evaluate("document.body.innerText")


def test_it_shows_the_lockout_and_not_found_pages_plainly(browser, live_server):
    import os
    from pathlib import Path

    from tests.factories import UserFactory

    shots = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/security"))
    shots.mkdir(parents=True, exist_ok=True)
    user = UserFactory()
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    violations, errors = watch(page)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        page.goto("/accounts/login/")
        page.fill("input[name=username]", user.username)
        page.fill("input[name=password]", "not-my-password")
        page.click("button[type=submit]")
    assert page.get_by_text("Too many wrong passwords").is_visible()
    page.screenshot(path=str(shots / "lockout.png"), full_page=True)

    signed_in = signed_in_context(browser, live_server, user)
    other = signed_in.new_page()
    other.goto("/no/such/page/")
    assert other.get_by_text("We couldn't find that page").is_visible()
    other.screenshot(path=str(shots / "not-found.png"), full_page=True)
    context.close()
    signed_in.close()
    assert violations == []
    # The lockout page itself answers 429 (Too Many Requests), the missing page 404.
    assert [e for e in errors if not e.startswith(("429 for", "404 for"))] == []
