"""No page, nor any htmx fragment, carries code the Content-Security-Policy would block.

The browser test sees what a page load shows; this one reads the HTML of every URL, with and
without the HX-Request header, so fragments swapped in later are held to the same rule.
"""

from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from tests.security.walk import public_urls, stocked_user

# JSON data blocks are never run, so the policy allows them.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


class InlineCodeFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        where = f"<{tag} {' '.join(f'{k}={v!r}' for k, v in attrs.items())}>"[:160]
        if tag == "script" and not attrs.get("src") and attrs.get("type") not in DATA_SCRIPT_TYPES:
            self.problems.append(f"inline script: {where}")
        if tag == "style":
            self.problems.append(f"<style> element: {where}")
        for name, value in attrs.items():
            if name == "style":
                self.problems.append(f"style attribute: {where}")
            elif name.startswith("on") or name.startswith("hx-on"):
                self.problems.append(f"event handler attribute {name}: {where}")
            elif name in {"href", "src", "action", "formaction"} and (
                value or ""
            ).strip().lower().startswith("javascript:"):
                self.problems.append(f"javascript: URL: {where}")


def inline_code(html: str) -> list[str]:
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.problems


def walk(client, urls):
    problems = {}
    seen = 0
    for url in urls:
        for headers in ({}, {"HX-Request": "true"}):
            response = client.get(url, headers=headers)
            if "text/html" not in response.get("Content-Type", ""):
                continue
            seen += 1
            found = inline_code(response.content.decode())
            if found:
                problems[f"{url} {'(htmx)' if headers else ''}"] = found
    return seen, problems


def test_it_finds_inline_code_when_there_is_some():
    html = '<p style="color:red" onclick="x()"><script>1</script><a href="javascript:x()">'
    assert len(inline_code(html)) == 4
    assert inline_code('<script src="/static/app.js" defer></script>') == []
    assert inline_code('<script type="application/json" id="d">{}</script>') == []


@pytest.mark.django_db
def test_it_serves_no_inline_code_on_any_page(client):
    user, urls = stocked_user()
    client.force_login(user)
    seen, problems = walk(client, urls + ["/no/such/page/"])
    assert seen > len(urls) // 2
    assert problems == {}


@pytest.mark.django_db
def test_it_serves_no_inline_code_on_public_pages(client):
    user, _ = stocked_user()
    _seen, problems = walk(client, public_urls(user))
    assert problems == {}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "template", ["400.html", "403.html", "403_csrf.html", "404.html", "413.html", "500.html"]
)
def test_it_serves_no_inline_code_on_error_pages(rf, user, template):
    request = rf.get("/")
    request.user = user
    html = render_to_string(template, {"max_upload_mb": 10}, request=request)
    assert inline_code(html) == []


@pytest.mark.django_db
def test_it_serves_no_inline_code_on_the_lockout_page(client, user):
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(reverse("login"), {"username": user.username, "password": "no"})
    assert response.status_code == 429
    assert inline_code(response.content.decode()) == []


@pytest.mark.django_db
def test_it_serves_no_inline_code_in_the_admin(client):
    from django.contrib import admin

    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    urls = ["/admin/"]
    for model in admin.site._registry:
        meta = model._meta
        urls += [f"/admin/{meta.app_label}/{meta.model_name}/"]
        urls += [f"/admin/{meta.app_label}/{meta.model_name}/add/"]
    seen, problems = walk(client, urls)
    assert seen >= len(urls)
    assert problems == {}
