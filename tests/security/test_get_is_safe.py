"""Opening a page never changes anything: every URL, as its owner, with and without htmx.

A link followed by a browser prefetch, a crawler or a mail scanner must not move a card, send
a message or mark anything done. Signed email links take their action on POST only, so they
are walked here too, with a token that doesn't verify.
"""

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from tests.test_isolation import ROUTES, _snapshot, _url


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_it_changes_no_row_on_get(client, route):
    owner = UserFactory()
    url = _url(route, owner)
    client.force_login(owner)
    before = _snapshot(owner)

    for headers in ({}, {"HX-Request": "true"}):
        response = client.get(url, headers=headers)
        assert response.status_code < 500, f"GET {url} answered {response.status_code}"

    assert _snapshot(owner) == before, f"GET {url} ({route.label}) changed the owner's rows"


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["done", "snooze", "stop"])
def test_it_acts_on_a_signed_email_link_only_when_confirmed(client, action):
    """A mail scanner that opens the link changes nothing; the button press does."""
    from feedback.nudges import tokens
    from tests.factories import NudgeFactory

    nudge = NudgeFactory()
    url = reverse(
        f"nudge_{action}",
        args=[tokens.make(nudge_id=nudge.pk, user_id=nudge.user_id, action=action)],
    )
    before = _snapshot(nudge.user)

    assert client.get(url).status_code == 200
    assert _snapshot(nudge.user) == before

    assert client.post(url).status_code == 200
    assert _snapshot(nudge.user) != before
