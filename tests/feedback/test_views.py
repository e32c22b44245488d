"""The feedback pages, with and without htmx, and the rules they explain to the user."""

import datetime as dt
import html

import pytest
import time_machine
from django.urls import reverse

from applications.models import ContactRole, Status
from feedback import services
from feedback.models import Feedback, FeedbackRequest, MessageTemplate, Reflection, RequestStatus
from tests import factories as f

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 3, 20, 10, 0, tzinfo=dt.UTC)
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def rejection(user):
    rejection = f.RejectionFactory(user=user, application__company__name="Acme Analytics")
    contact = f.ContactFactory(
        user=user,
        company=rejection.application.company,
        role=ContactRole.RECRUITER,
        name="Zoë Martin",
        email="zoe@acme.example",
    )
    contact.applications.add(rejection.application)
    return rejection


@pytest.fixture
def client(client_for, user):
    return client_for(user)


def _draft(rejection, **kwargs):
    return f.FeedbackRequestFactory(user=rejection.user, rejection=rejection, **kwargs)


def _sent(rejection, **kwargs):
    fr = _draft(rejection, **kwargs)
    services.feedback_request_mark_sent(request=fr)
    return fr


def _page(response):
    return html.unescape(response.content.decode())


# --- the Feedback page -------------------------------------------------------------------


def test_it_lists_every_request_with_its_status(client, rejection, other_user):
    _draft(rejection, recipient_name="Drafty")
    _sent(rejection, recipient_name="Senty")
    f.FeedbackRequestFactory(user=other_user, recipient_name="Not Yours")

    page = _page(client.get(reverse("feedback_list")))

    assert "Drafty" in page and "Senty" in page and "Not Yours" not in page
    assert "To send" in page and "Awaiting reply" in page and "<html" in page


@pytest.mark.parametrize(
    ("show", "listed"), [("to_send", "Drafty"), ("awaiting", "Senty"), ("replied", "Answered")]
)
def test_it_filters_the_feedback_page_as_an_htmx_partial(client, rejection, show, listed):
    _draft(rejection, recipient_name="Drafty")
    _draft(rejection, recipient_name="Hidden draft", dismissed_at=NOW)
    _sent(rejection, recipient_name="Senty")
    answered = _sent(rejection, recipient_name="Answered")
    services.feedback_request_decline(request=answered)
    answered.status = RequestStatus.REPLIED
    answered.save()

    response = client.get(reverse("feedback_list"), {"show": show}, **HTMX)

    page = _page(response)
    assert "<html" not in page and 'id="fb-list"' in page
    names = {"Drafty", "Senty", "Answered", "Hidden draft"}
    assert listed in page and not any(n in page for n in names - {listed})


def test_it_explains_an_empty_feedback_page(client):
    assert "No feedback requests yet" in _page(client.get(reverse("feedback_list")))


# --- asking ------------------------------------------------------------------------------


def test_it_opens_a_drafted_message_addressed_to_the_contact(client, rejection):
    response = client.get(reverse("feedback_request_new", args=[rejection.pk]))

    page = _page(response)
    assert response.status_code == 200 and "<html" in page
    assert "Hi Zoë," in page and "Acme Analytics" in page
    assert 'value="zoe@acme.example"' in page
    assert "mailto:zoe@acme.example?subject=" in page and "Zo%C3%AB" in page
    assert "js/feedback.js" in page
    assert not FeedbackRequest.objects.exists()  # a GET drafts, it never saves


def test_it_redrafts_in_another_tone_as_an_htmx_partial(client, rejection):
    url = reverse("feedback_request_new", args=[rejection.pk])
    response = client.get(
        url, {"tone": "formal", "situation": "screen", "template": "builtin"}, **HTMX
    )

    page = _page(response)
    assert "<html" not in page and 'id="fb-draft"' in page
    assert "Dear Zoë Martin," in page and "Kind regards," in page


def test_it_drafts_for_someone_else_when_the_user_picks_no_contact(client, rejection):
    url = reverse("feedback_request_new", args=[rejection.pk])
    page = _page(client.get(url, {"contact": ""}, **HTMX))
    assert "Hello," in page and "Zoë" not in page and "mailto:" not in page


def test_it_drafts_without_a_mailto_link_when_the_contact_has_no_email(client, rejection):
    rejection.application.contacts.update(email="")
    page = _page(client.get(reverse("feedback_request_new", args=[rejection.pk])))
    assert "Hi Zoë," in page and "mailto:" not in page and "Copy message" in page
    assert "No email address" in page


def test_it_asks_a_user_with_no_contacts_who_to_write_to(client, user):
    rejection = f.RejectionFactory(user=user)
    page = _page(client.get(reverse("feedback_request_new", args=[rejection.pk])))
    assert "Who should this go to?" in page and "Hello," in page and "mailto:" not in page


def test_it_refuses_a_request_for_an_application_that_is_not_rejected(client, rejection):
    application = rejection.application
    application.status = Status.INTERVIEWING
    application.save()
    url = reverse("feedback_request_new", args=[rejection.pk])

    for response in (client.get(url, follow=True), client.post(url, {}, follow=True)):
        assert response.redirect_chain[0][0] == application.get_absolute_url()
        assert "once the application is marked as rejected" in _page(response)
    assert not FeedbackRequest.objects.exists()


def _ask_data(**kwargs):
    return {
        "recipient_name": "Zoë Martin",
        "recipient_email": "zoe@acme.example",
        "situation": "application",
        "tone": "warm",
        "template": "builtin",
        "subject": "Feedback on my application",
        "body": "Hi Zoë,\n\nMy own words.",
        **kwargs,
    }


def test_it_saves_the_edited_draft(client, rejection):
    response = client.post(reverse("feedback_request_new", args=[rejection.pk]), _ask_data())

    fr = FeedbackRequest.objects.get()
    assert response.status_code == 302 and response.url == fr.get_absolute_url()
    assert fr.body == "Hi Zoë,\n\nMy own words." and fr.status == RequestStatus.TO_SEND
    assert fr.user == rejection.user and fr.rejection == rejection


def test_it_saves_and_marks_sent_in_one_click(client, rejection):
    client.post(reverse("feedback_request_new", args=[rejection.pk]), _ask_data(send="1"))
    fr = FeedbackRequest.objects.get()
    assert fr.status == RequestStatus.SENT and fr.sent_at == NOW


def test_it_keeps_the_text_when_the_new_draft_has_an_error(client, rejection):
    data = _ask_data(
        recipient_name="  ", recipient_email="not-an-email", body="Words I typed & kept"
    )
    response = client.post(reverse("feedback_request_new", args=[rejection.pk]), data)

    page = _page(response)
    assert response.status_code == 200 and not FeedbackRequest.objects.exists()
    assert "Words I typed & kept" in page
    assert "Who are you writing to?" in page and "doesn't look like an email address" in page


def test_it_refuses_another_users_contact_on_the_form(client, rejection, other_user):
    theirs = f.ContactFactory(user=other_user)
    response = client.post(
        reverse("feedback_request_new", args=[rejection.pk]), _ask_data(contact=theirs.pk)
    )
    assert response.status_code == 200 and not FeedbackRequest.objects.exists()


def test_it_escapes_what_the_user_typed(client, user):
    rejection = f.RejectionFactory(user=user, application__company__name="<script>x</script>")
    raw = client.get(reverse("feedback_request_new", args=[rejection.pk])).content.decode()
    assert "<script>x</script>" not in raw and "&lt;script&gt;x&lt;/script&gt;" in raw


# --- the request page --------------------------------------------------------------------


def test_it_shows_a_draft_with_copy_and_mailto(client, rejection):
    fr = _draft(rejection, body="Line one\nLine two")
    page = _page(client.get(fr.get_absolute_url()))
    assert "Copy message" in page and "Mark as sent" in page
    assert (
        "mailto:priya@example.com?subject=Feedback%20on%20my%20application&body=Line%20one%0D%0ALine%20two"
        in page
    )


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_it_never_loses_the_text_of_a_draft_on_a_validation_error(client, rejection, headers):
    fr = _draft(rejection)
    data = {
        "recipient_name": "Priya",
        "recipient_email": "",
        "subject": "",
        "body": "Kept, every word",
    }

    response = client.post(fr.get_absolute_url(), data, **headers)

    page = _page(response)
    assert response.status_code == 200
    assert "Kept, every word" in page and "Give the message a subject line." in page
    assert ("<html" in page) == (not headers)
    fr.refresh_from_db()
    assert fr.body != "Kept, every word"


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_it_saves_edits_and_marks_sent(client, rejection, headers):
    fr = _draft(rejection)
    data = {
        "recipient_name": "Priya",
        "recipient_email": "",
        "subject": "S",
        "body": "B",
        "send": "1",
    }

    response = client.post(fr.get_absolute_url(), data, **headers)

    fr.refresh_from_db()
    assert (fr.subject, fr.body, fr.status, fr.sent_at) == ("S", "B", RequestStatus.SENT, NOW)
    if headers:
        page = _page(response)
        assert response.status_code == 200 and 'id="fb-panel"' in page and "<html" not in page
        assert "Well done for asking" in page and "Did they reply?" in page
    else:
        assert response.status_code == 302 and response.url == fr.get_absolute_url()


def test_it_refuses_to_edit_a_sent_request(client, rejection):
    fr = _sent(rejection)
    response = client.post(
        fr.get_absolute_url(), {"recipient_name": "X", "subject": "S", "body": "B"}, follow=True
    )
    fr.refresh_from_db()
    assert fr.body != "B" and "already been sent" in _page(response)


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_it_marks_a_request_sent_in_one_click(client, rejection, headers):
    fr = _draft(rejection)
    response = client.post(reverse("feedback_request_sent", args=[fr.pk]), **headers)
    fr.refresh_from_db()
    assert fr.status == RequestStatus.SENT and fr.sent_at == NOW
    assert response.status_code == (200 if headers else 302)


def test_it_says_so_when_a_request_is_marked_sent_twice(client, rejection):
    fr = _sent(rejection)
    response = client.post(reverse("feedback_request_sent", args=[fr.pk]), follow=True)
    assert "already marked as sent" in _page(response)


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_it_records_the_reply_and_marks_the_request_replied(client, rejection, headers):
    fr = _sent(rejection)
    data = {"text": "You need more SQL depth.", "received_on": "2026-03-20", "from_name": "Priya"}

    response = client.post(reverse("feedback_request_reply", args=[fr.pk]), data, **headers)

    fr.refresh_from_db()
    assert fr.status == RequestStatus.REPLIED
    feedback = Feedback.objects.get()
    assert (feedback.request, feedback.text, feedback.from_name) == (fr, data["text"], "Priya")
    if headers:
        assert "You need more SQL depth." in _page(response)


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_it_refuses_a_reply_dated_before_the_request(client, rejection, headers):
    fr = _sent(rejection)
    data = {"text": "Kept text", "received_on": "2026-03-01", "from_name": ""}

    response = client.post(reverse("feedback_request_reply", args=[fr.pk]), data, **headers)

    page = _page(response)
    assert response.status_code == 200 and "can't come before you asked" in page
    assert "Kept text" in page and not Feedback.objects.exists()


def test_it_offers_one_follow_up_and_then_no_more(client, rejection):
    fr = _sent(rejection)
    page = _page(client.get(fr.get_absolute_url()))
    assert "One follow-up, if you like" in page and "kinder to give them a week" in page

    with time_machine.travel(NOW + dt.timedelta(days=8), tick=False):
        assert "It's been a week" in _page(client.get(fr.get_absolute_url()))
        client.post(reverse("feedback_request_follow_up", args=[fr.pk]), {"body": "Any thoughts?"})
        fr.refresh_from_db()
        assert fr.followup_body == "Any thoughts?" and fr.followed_up_at is not None
        page = _page(client.get(fr.get_absolute_url()))
        assert "One follow-up, if you like" not in page and "Your follow-up" in page

        response = client.post(
            reverse("feedback_request_follow_up", args=[fr.pk]), {"body": "Again"}, follow=True
        )
        assert "already followed up once" in _page(response)


def test_it_keeps_an_empty_follow_up_from_being_marked_sent(client, rejection):
    fr = _sent(rejection)
    response = client.post(
        reverse("feedback_request_follow_up", args=[fr.pk]), {"body": ""}, **HTMX
    )
    assert "The follow-up is empty." in _page(response)
    fr.refresh_from_db()
    assert fr.followed_up_at is None


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("feedback_request_declined", RequestStatus.DECLINED),
        ("feedback_request_no_reply", RequestStatus.NO_REPLY),
    ],
)
def test_it_closes_a_request_without_feedback(client, rejection, name, status):
    fr = _sent(rejection)
    response = client.post(reverse(name, args=[fr.pk]), **HTMX)
    fr.refresh_from_db()
    assert fr.status == status and 'id="fb-panel"' in _page(response)


def test_it_dismisses_a_draft(client, rejection):
    fr = _draft(rejection)
    response = client.post(reverse("feedback_request_dismiss", args=[fr.pk]), follow=True)
    fr.refresh_from_db()
    assert fr.dismissed_at == NOW and "You decided not to send this" in _page(response)


def test_it_answers_404_for_another_users_request(client, other_user):
    theirs = f.FeedbackRequestFactory(user=other_user)
    assert client.get(theirs.get_absolute_url()).status_code == 404
    assert client.post(reverse("feedback_request_sent", args=[theirs.pk])).status_code == 404


# --- the application page, reflection and notes ------------------------------------------


def test_it_offers_ask_for_feedback_on_a_rejected_application(client, rejection):
    page = _page(client.get(rejection.application.get_absolute_url()))
    assert "Ask for feedback" in page
    assert reverse("feedback_request_new", args=[rejection.pk]) in page


def test_it_shows_the_request_and_its_state_on_the_application_page(client, rejection):
    fr = _sent(rejection, recipient_name="Priya Shah")
    services.feedback_record(
        rejection=rejection, request=fr, text="More SQL.", received_on=NOW.date()
    )

    page = _page(client.get(rejection.application.get_absolute_url()))

    assert "Request to Priya Shah" in page and "Replied" in page and "More SQL." in page
    assert "Asked Priya Shah for feedback" in page  # on the timeline


def test_it_offers_no_ask_on_an_application_still_open(client, user):
    application = f.ApplicationFactory(user=user)
    page = _page(client.get(application.get_absolute_url()))
    assert "Ask for feedback" not in page and "Add a note" in page


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_it_keeps_the_rejection_reflection(client, rejection, headers):
    url = reverse("feedback_rejection", args=[rejection.pk])
    assert "First, how are you?" in _page(client.get(url))

    data = {"feeling": "2", "feeling_note": "Gutted.", "takeaway": "Practise SQL."}
    response = client.post(url, data, **headers)

    rejection.refresh_from_db()
    assert (rejection.feeling, rejection.feeling_note, rejection.takeaway) == (
        2,
        "Gutted.",
        "Practise SQL.",
    )
    if headers:
        page = _page(response)
        assert 'id="fb-reflect"' in page and "<html" not in page and "Be kind to yourself" in page
    else:
        assert response.status_code == 302


def test_it_lets_every_reflection_field_stay_empty(client, rejection):
    url = reverse("feedback_rejection", args=[rejection.pk])
    client.post(url, {"feeling": "", "feeling_note": "", "takeaway": ""})
    rejection.refresh_from_db()
    assert rejection.feeling is None


def test_it_logs_feedback_given_without_a_request(client, rejection):
    url = reverse("feedback_add", args=[rejection.pk])
    client.post(
        url,
        {
            "text": "Told me by phone: more leadership.",
            "received_on": "2026-03-19",
            "from_name": "Zoë",
        },
    )
    feedback = Feedback.objects.get()
    assert feedback.request is None and feedback.rejection == rejection

    page = _page(client.get(reverse("feedback_rejection", args=[rejection.pk])))
    assert "Told me by phone: more leadership." in page


def test_it_edits_and_deletes_feedback(client, rejection):
    feedback = f.FeedbackFactory(user=rejection.user, rejection=rejection)
    url = reverse("feedback_edit", args=[feedback.pk])
    assert "Edit feedback" in _page(client.get(url))
    client.post(url, {"text": "Corrected", "received_on": "2026-03-18", "from_name": "Jo"})
    feedback.refresh_from_db()
    assert feedback.text == "Corrected"

    client.post(reverse("feedback_delete", args=[feedback.pk]))
    assert not Feedback.objects.exists()


def test_it_adds_edits_and_deletes_notes(client, user):
    application = f.ApplicationFactory(user=user)
    interview = f.InterviewFactory(
        user=user, application=application, starts_at=NOW - dt.timedelta(days=1)
    )
    add = reverse("reflection_add", args=[application.pk])

    response = client.post(
        add, {"text": "Blanked on SQL.", "interview": interview.pk, "next": "/feedback/"}
    )
    assert response.url == "/feedback/"
    note = Reflection.objects.get()
    assert note.interview == interview and note.rejection is None

    response = client.post(add, {"text": "  "}, follow=True)
    assert "Write a few words first." in _page(response) and Reflection.objects.count() == 1

    edit = reverse("reflection_edit", args=[note.pk])
    assert "Blanked on SQL." in _page(client.get(edit))
    client.post(edit, {"text": "Blanked on window functions."})
    note.refresh_from_db()
    assert note.text == "Blanked on window functions."

    assert client.post(reverse("reflection_delete", args=[note.pk])).status_code == 302
    assert not Reflection.objects.exists()


def test_it_links_a_note_on_a_rejected_application_to_the_rejection(client, rejection):
    client.post(reverse("reflection_add", args=[rejection.application.pk]), {"text": "Lesson"})
    assert Reflection.objects.get().rejection == rejection


# --- templates ---------------------------------------------------------------------------


def test_it_explains_an_unknown_placeholder_instead_of_crashing(client):
    data = {
        "name": "Mine",
        "situation": "",
        "tone": "warm",
        "subject": "About {role}",
        "body": "Hi {recruiter}",
    }
    response = client.post(reverse("feedback_template_new"), data)

    page = _page(response)
    assert response.status_code == 200 and not MessageTemplate.objects.exists()
    assert "Rebound can't fill {recruiter}" in page and "{contact}" in page
    assert "Hi {recruiter}" in page


def test_it_saves_templates_and_moves_the_default(client, user):
    new = reverse("feedback_template_new")
    data = {
        "name": "A",
        "situation": "",
        "tone": "warm",
        "subject": "{role}",
        "body": "{contact}",
        "is_default": "on",
    }
    client.post(new, data)
    client.post(new, {**data, "name": "B"})

    defaults = list(MessageTemplate.objects.filter(is_default=True).values_list("name", flat=True))
    assert defaults == ["B"] and MessageTemplate.objects.get(name="A").user == user
    page = _page(client.get(reverse("feedback_templates")))
    assert "Default" in page and "A" in page

    a = MessageTemplate.objects.get(name="A")
    client.post(reverse("feedback_template_edit", args=[a.pk]), {**data, "name": "A2"})
    assert MessageTemplate.objects.get(pk=a.pk).is_default
    client.post(reverse("feedback_template_delete", args=[a.pk]))
    assert list(MessageTemplate.objects.values_list("name", flat=True)) == ["B"]


def test_it_starts_a_draft_from_the_default_template(client, rejection):
    f.MessageTemplateFactory(
        user=rejection.user, is_default=True, body="Hello {contact} at {company}"
    )
    page = _page(client.get(reverse("feedback_request_new", args=[rejection.pk])))
    assert "Hello Zoë Martin at Acme Analytics" in page


def test_it_lets_the_user_decide_not_to_ask_from_the_application_page(client, rejection):
    page = _page(client.get(rejection.application.get_absolute_url()))
    assert "Not this time" in page

    response = client.post(reverse("feedback_request_skip", args=[rejection.pk]), follow=True)

    fr = FeedbackRequest.objects.get()
    assert fr.dismissed_at == NOW and fr.status == RequestStatus.TO_SEND
    assert fr.recipient_name == "Zoë Martin" and fr.body.startswith("Hi Zoë,")
    page = _page(response)
    assert "no request this time" in page and "Ask for feedback" in page
    assert "Not this time" not in page  # said once; the button doesn't come back


def test_it_refuses_to_skip_for_an_application_that_is_not_rejected(client, rejection):
    rejection.application.status = Status.OFFER
    rejection.application.save()
    response = client.post(reverse("feedback_request_skip", args=[rejection.pk]), follow=True)
    assert "once the application is marked as rejected" in _page(response)
    assert not FeedbackRequest.objects.exists()
