"""Every URL of the project, walked: anonymous visitors are sent to log in, and nobody can
see or change another user's rows.

The walk reads the URLconf when the tests are collected, so a URL added later is tested
without anyone touching this file. Its `<model>_id` kwargs are filled with objects of the
owner from tests/isolation.py OBJECT_MAKERS; a kwarg nobody registered fails the walk.
"""

import re
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import resolve_url
from django.urls import URLResolver, get_resolver
from django.urls.converters import IntConverter
from django.urls.resolvers import RoutePattern

from tests.factories import UserFactory
from tests.isolation import OBJECT_MAKERS

# The admin has its own permission system; static files are public by design.
SKIPPED_PREFIXES = ("admin/", settings.STATIC_URL.lstrip("/"))
# Public signed links take these as strings; a made-up value must get a clear answer.
BOGUS_TOKENS = {"token": "not-a-real-token", "uidb64": "Ym9ndXM"}
_PARAMETER = re.compile(r"<(?:[^>:]+:)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class Route:
    route: str
    name: str | None
    callback: object = field(compare=False)
    converters: dict = field(compare=False)
    problem: str = ""

    def __str__(self):
        return self.route or "/"

    @property
    def label(self) -> str:
        return f"URL /{self.route} (name={self.name!r})"

    @property
    def public(self) -> bool:
        # What LoginRequiredMiddleware reads: login_not_required sets it to False.
        return getattr(self.callback, "login_required", True) is False

    @property
    def object_kwargs(self) -> list[str]:
        return [k for k in self.converters if k not in BOGUS_TOKENS]

    @property
    def takes_token(self) -> bool:
        return any(k in BOGUS_TOKENS for k in self.converters)


def _walk(patterns, prefix="", converters=None):
    for entry in patterns:
        pattern = entry.pattern
        problem = ""
        if isinstance(pattern, RoutePattern):
            part, found = str(pattern), {**(converters or {}), **pattern.converters}
        else:
            # A regex can only be walked when it is a plain literal path.
            part, found = str(pattern).lstrip("^").removesuffix("$").removesuffix(r"\Z"), {}
            if re.search(r"[()\[\]?*+{}|\\]", part):
                problem = "uses a regex the walk can't fill: write it with path() and converters"
        route = prefix + part
        if route.startswith(SKIPPED_PREFIXES):
            continue
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, route, found)
        else:
            yield Route(route, entry.name, entry.callback, found, problem)


ROUTES = list(_walk(get_resolver().url_patterns))
LOGIN_URL = resolve_url(settings.LOGIN_URL)


def _url(route: Route, owner) -> str:
    """The route's path with each kwarg filled: the owner's objects, or a bogus token."""
    if route.problem:
        pytest.fail(f"{route.label} {route.problem}", pytrace=False)
    values, missing = {}, []
    for name, converter in route.converters.items():
        if name in OBJECT_MAKERS:
            made = OBJECT_MAKERS[name](owner)
            values[name] = converter.to_url(getattr(made, "pk", made))
        elif name in BOGUS_TOKENS and not isinstance(converter, IntConverter):
            values[name] = BOGUS_TOKENS[name]
        else:
            missing.append(name)
    if missing:
        pytest.fail(
            f"{route.label} takes {', '.join(missing)} but tests/isolation.py OBJECT_MAKERS has "
            "no maker for it: register a function(user) returning an object of that user.",
            pytrace=False,
        )
    return "/" + _PARAMETER.sub(lambda m: values[m["name"]], route.route)


def _snapshot(owner) -> dict:
    """Every row that belongs to the owner, across all apps, including many-to-many links."""
    User = get_user_model()
    rows = {"user": list(User.objects.filter(pk=owner.pk).values())}
    for model in apps.get_models():
        links = [
            f.name for f in model._meta.concrete_fields if f.many_to_one and f.related_model is User
        ]
        if not links or model is User:
            continue
        owned = model._default_manager.filter(
            Q(*[Q(**{name: owner}) for name in links], _connector=Q.OR)
        )
        rows[model._meta.label] = list(owned.order_by("pk").values())
        for m2m in model._meta.many_to_many:
            through = m2m.remote_field.through
            source = m2m.m2m_field_name()
            rows[f"{model._meta.label}.{m2m.name}"] = list(
                through.objects.filter(**{f"{source}__in": owned.values("pk")})
                .order_by("pk")
                .values()
            )
    return rows


def _assert_clear_page(route, response, who):
    assert response.status_code < 500, f"{route.label}: {who} with a bogus token got a 500"
    if response.status_code < 300:
        assert response.content.strip(), f"{route.label}: {who} got an empty page for a bogus token"


def test_it_walks_the_urls_of_every_area():
    names = {route.name for route in ROUTES}
    assert {"home", "login", "signup", "profile", "password_reset_confirm"} <= names
    assert not any(str(route).startswith("admin/") for route in ROUTES)


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_it_sends_anonymous_visitors_to_the_login_page(client, route):
    url = _url(route, UserFactory())

    for method in ("get", "post"):
        response = getattr(client, method)(url)
        if route.public:
            assert response.status_code < 500, f"{method.upper()} {url}: {route.label} broke"
            if route.takes_token:
                _assert_clear_page(route, response, "an anonymous visitor")
        else:
            assert response.status_code == 302, (
                f"{method.upper()} {url}: {route.label} answered {response.status_code} to an "
                "anonymous visitor instead of sending them to log in"
            )
            assert response.url.startswith(f"{LOGIN_URL}?next="), response.url


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_it_keeps_other_users_objects_out_of_reach(client, route):
    owner, intruder = UserFactory(), UserFactory()
    url = _url(route, owner)
    before = _snapshot(owner)

    answers = {}
    for method in ("get", "post"):
        client.force_login(intruder)  # again: a POST to log out must not end the walk
        answers[method] = getattr(client, method)(url)

    assert _snapshot(owner) == before, f"{route.label}: another user's request changed its rows"
    codes = {method: response.status_code for method, response in answers.items()}
    if route.takes_token and route.public:
        for response in answers.values():
            _assert_clear_page(route, response, "another user")
    elif route.object_kwargs:
        # 405 is fine for the method a view doesn't take (require_POST runs before the
        # lookup), but the one it does take must say 404, not show or change a thing.
        assert set(codes.values()) <= {404, 405} and 404 in codes.values(), (
            f"{route.label} with another user's ids answered {codes}, expected 404"
        )
    else:
        assert all(code < 500 for code in codes.values()), f"{route.label} answered {codes}"
