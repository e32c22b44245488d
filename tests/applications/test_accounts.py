import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

User = get_user_model()
NEW_PASSWORD = "a-fresh-start-2026"


def _signup_data(**overrides):
    data = {
        "username": "maya",
        "email": "maya@example.com",
        "time_zone": "Europe/Berlin",
        "password1": "rejection-is-data-77",
        "password2": "rejection-is-data-77",
    }
    return {**data, **overrides}


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


# --- sign up -------------------------------------------------------------------------------


def test_it_signs_up_and_logs_the_new_user_in(client):
    response = client.post(reverse("signup"), _signup_data())

    assert response.status_code == 302
    assert response.url == reverse("home")
    user = User.objects.get(username="maya")
    assert user.email == "maya@example.com"
    assert user.time_zone == "Europe/Berlin"
    assert user.check_password("rejection-is-data-77")
    assert _logged_in(client)
    assert client.get(reverse("profile")).status_code == 200


def test_it_offers_a_default_time_zone_with_suggestions(client):
    page = client.get(reverse("signup")).content.decode()

    assert 'value="Europe/London"' in page
    assert '<datalist id="time-zone-list">' in page
    assert '<option value="America/New_York">America/New York</option>' in page


def test_it_understands_a_city_typed_as_the_time_zone(client):
    client.post(reverse("signup"), _signup_data(time_zone="  new york "))

    assert User.objects.get(username="maya").time_zone == "America/New_York"


@pytest.mark.parametrize(
    ("overrides", "explanation"),
    [
        ({"email": "TAKEN@example.com"}, "already an account with this email"),
        ({"username": "Taken"}, "A user with that username already exists"),
        ({"password1": "password", "password2": "password"}, "This password is too common"),
        ({"password1": "zq8!", "password2": "zq8!"}, "This password is too short"),
        ({"password2": "something-else-entirely"}, "The two passwords don"),
        ({"time_zone": "Mars/Olympus"}, "We don"),
        ({"email": "not-an-email"}, "Enter a valid email address"),
    ],
    ids=["duplicate-email", "duplicate-username", "common", "short", "mismatch", "zone", "email"],
)
def test_it_explains_what_is_wrong_with_a_signup(client, overrides, explanation):
    UserFactory(username="taken", email="taken@example.com")

    response = client.post(reverse("signup"), _signup_data(**overrides))

    assert response.status_code == 200
    assert explanation in response.content.decode().replace("&#x27;", "'")
    assert not User.objects.filter(username__in=["maya", "Taken"]).exists()
    assert not _logged_in(client)


def test_it_sends_a_logged_in_visitor_from_signup_and_login_to_home(client_for, user):
    client = client_for(user)

    assert client.get(reverse("signup")).url == reverse("home")
    assert client.get(reverse("login")).url == reverse("home")


# --- log in and out ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["seeker-x", "SEEKER-X", "seeker-x@example.com", "Seeker-X@Example.com"]
)
def test_it_logs_in_with_the_username_or_the_email(client, typed):
    UserFactory(username="seeker-x", email="seeker-x@example.com")

    response = client.post(reverse("login"), {"username": typed, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url == reverse("home")
    assert _logged_in(client)


def test_it_explains_a_wrong_password(client, user):
    response = client.post(reverse("login"), {"username": user.email, "password": "nope"})

    assert response.status_code == 200
    assert "don&#x27;t match an account" in response.content.decode()
    assert not _logged_in(client)


def test_it_prefers_the_exact_username_over_another_accounts_email(client):
    # Someone chose, as a username, the email address of another account.
    owner = UserFactory(username="ana", email="ana@example.com")
    squatter = UserFactory(username="ana@example.com", email="squat@example.com")

    client.post(reverse("login"), {"username": "ana@example.com", "password": PASSWORD})

    assert client.session["_auth_user_id"] == str(squatter.pk)
    assert client.session["_auth_user_id"] != str(owner.pk)


def test_it_returns_to_the_page_asked_for_after_login(client, user):
    response = client.get(reverse("profile"))
    assert response.url == f"{reverse('login')}?next={reverse('profile')}"

    response = client.post(
        response.url,
        {"username": user.username, "password": PASSWORD, "next": "/accounts/profile/"},
    )

    assert response.url == reverse("profile")


def test_it_logs_out_only_on_post(client_for, user):
    client = client_for(user)

    assert client.get(reverse("logout")).status_code == 405
    assert _logged_in(client)

    response = client.post(reverse("logout"))

    assert response.url == reverse("login")
    assert not _logged_in(client)


def test_it_shows_the_account_menu_with_a_logout_form(client_for, user):
    page = client_for(user).get(reverse("profile")).content.decode()

    assert f'href="{reverse("profile")}"' in page
    assert re.search(
        rf'<form method="post" action="{reverse("logout")}">\s*<input type="hidden" '
        r'name="csrfmiddlewaretoken"',
        page,
    )


# --- passwords -----------------------------------------------------------------------------


def test_it_resets_a_forgotten_password_by_email(client, mailoutbox):
    user = UserFactory(email="lost@example.com", first_name="Lou")

    response = client.post(reverse("password_reset"), {"email": "LOST@example.com"})

    assert response.url == reverse("password_reset_done")
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["lost@example.com"]
    assert mail.subject == "Reset your Rebound password"
    assert mail.body.startswith("Hi Lou,")
    html, mimetype = mail.alternatives[0]
    assert mimetype == "text/html"
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/\S+/)", mail.body).group(1)
    assert link in html

    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.url == reverse("password_reset_complete")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert client.post(
        reverse("login"), {"username": "lost@example.com", "password": NEW_PASSWORD}
    ).url == reverse("home")
    # The link works once.
    assert "doesn't work any more" in client.get(link, follow=True).content.decode()


def test_it_does_not_say_whether_an_email_has_an_account(client, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.com"})

    assert response.url == reverse("password_reset_done")
    assert mailoutbox == []


def test_it_explains_a_broken_reset_link(client):
    url = reverse("password_reset_confirm", kwargs={"uidb64": "MTIz", "token": "bogus-token"})

    response = client.get(url)

    assert response.status_code == 200
    assert "doesn't work any more" in response.content.decode()


def test_it_changes_the_password(client_for, user):
    client = client_for(user)

    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.url == reverse("password_change_done")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert _logged_in(client)


def test_it_refuses_a_password_change_with_the_wrong_old_password(client_for, user):
    response = client_for(user).post(
        reverse("password_change"),
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    assert "old password was entered incorrectly" in response.content.decode()


# --- profile -------------------------------------------------------------------------------


def _profile_data(user, **overrides):
    data = {
        "first_name": user.first_name,
        "last_name": "",
        "email": user.email,
        "time_zone": user.time_zone,
        "weekly_goal": user.weekly_goal,
    }
    return {**data, **overrides}


def test_it_saves_the_time_zone_and_weekly_goal(client_for, user):
    response = client_for(user).post(
        reverse("profile"),
        _profile_data(user, time_zone="Asia/Tokyo", weekly_goal=15, last_name="Okafor"),
    )

    assert response.url == reverse("profile")
    user.refresh_from_db()
    assert (user.time_zone, user.weekly_goal, user.last_name) == ("Asia/Tokyo", 15, "Okafor")


@pytest.mark.parametrize(
    ("overrides", "explanation"),
    [
        ({"weekly_goal": 500}, "less than or equal to 200"),
        ({"email": "Other@example.com"}, "Another account already uses this email"),
        ({"email": ""}, "This field is required"),
        ({"time_zone": "Atlantis"}, "time zone"),
    ],
    ids=["goal", "email-taken", "email-missing", "zone"],
)
def test_it_explains_a_wrong_profile_change(client_for, user, overrides, explanation):
    UserFactory(email="other@example.com")

    response = client_for(user).post(reverse("profile"), _profile_data(user, **overrides))

    assert response.status_code == 200
    assert explanation in response.content.decode()
    saved = User.objects.get(pk=user.pk)
    assert (saved.email, saved.weekly_goal, saved.time_zone) == (
        user.email,
        user.weekly_goal,
        user.time_zone,
    )


def test_it_keeps_the_own_email_on_a_profile_save(client_for, user):
    response = client_for(user).post(reverse("profile"), _profile_data(user, weekly_goal=3))

    assert response.status_code == 302


# --- who may see what ----------------------------------------------------------------------

PUBLIC = ["signup", "login", "password_reset", "password_reset_done", "password_reset_complete"]
PRIVATE = ["profile", "password_change", "password_change_done"]


@pytest.mark.parametrize("name", PUBLIC)
def test_it_shows_the_public_pages_to_anyone(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 200
    assert "turn every rejection into progress" in response.content.decode()


@pytest.mark.parametrize("name", PRIVATE)
def test_it_asks_anonymous_visitors_to_log_in(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={reverse(name)}"


# --- in a browser --------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_it_signs_up_in_the_browsers_time_zone_then_logs_out(browser, live_server):
    from playwright.sync_api import expect

    page = browser.new_context(base_url=live_server.url, timezone_id="America/Toronto").new_page()
    page.goto("/accounts/signup/")
    # static/js/accounts.js swaps the server's default for the zone the browser reports.
    expect(page.locator("#id_time_zone")).to_have_value("America/Toronto")
    page.fill("#id_username", "maya")
    page.fill("#id_email", "maya@example.com")
    page.fill("#id_password1", "rejection-is-data-77")
    page.fill("#id_password2", "rejection-is-data-77")
    page.click("button:has-text('Create account')")

    expect(page).to_have_url(f"{live_server.url}/")
    assert User.objects.get(username="maya").time_zone == "America/Toronto"

    page.click("nav .dropdown-toggle:has-text('maya')")
    page.click("nav button:has-text('Log out')")
    expect(page).to_have_url(f"{live_server.url}{reverse('login')}")
    page.close()
