"""Writing a nudge out: the shortcuts (short headers, the direct envelope) change no byte."""

import contextlib
from datetime import UTC, datetime
from email.policy import compat32
from unittest import mock

import pytest
import time_machine
from django.core.mail import BadHeaderError
from django.core.mail.message import sanitize_address
from django.template import engines
from django.urls import reverse
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from applications import services as app_services
from feedback.nudges import emails, services
from feedback.nudges.models import Nudge
from tests import factories as f

SUBJECTS = [
    "Send Acme a thank-you note for your Analyst interview",
    "Ask Café Crème for feedback on the Pâtissier role",  # not ASCII: folded as before
    "A subject long enough to need folding because it goes well past seventy-eight columns",
    "  spaces  at the edges and twice  in the middle ",
    "A tab\there",
]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_it_writes_the_same_bytes_as_the_email_packages_own_folding(subject):
    message = emails.NudgeEmail(
        subject=subject,
        body="Hi Sam,\n\n" + "A long line of text. " * 60,
        from_email="Rebound <nudges@example.com>",
        to=["Sam Ödegaard <sam@example.com>"],
        headers={
            "Message-ID": "<nudge.1.abc@example.com>",
            "List-Unsubscribe": "<https://example.com/nudges/link/stop/" + "t" * 120 + "/>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative("<p>Hi Sam,</p>", "text/html")
    msg = message.message()

    fast = msg.as_bytes(linesep="\r\n")
    msg.policy = compat32
    assert fast == msg.as_bytes(linesep="\r\n")
    assert b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" in fast


def test_it_puts_each_token_into_the_link_it_belongs_to():
    token = "eyJuIjoxfQ:1vX2Ab:Zm9v-bar_baz"
    assert emails.path_of("nudge_stop", token) == reverse("nudge_stop", kwargs={"token": token})
    assert emails.path_of("nudge_done", "other") == reverse("nudge_done", kwargs={"token": "other"})
    assert emails.path_of("nudge_list") == reverse("nudge_list")


# What Django's SMTP backend would hand to smtplib for a message: the reference the
# nudge's own envelope must match byte for byte.
def _django_envelope(message):
    msg = message.message()
    msg.policy = compat32
    return (
        sanitize_address(message.from_email, "utf-8"),
        [sanitize_address(a, "utf-8") for a in message.recipients()],
        msg.as_bytes(linesep="\r\n"),
    )


def _nudge_email(subject, body, html, to, **headers):
    message = emails.NudgeEmail(
        subject=subject,
        body=body,
        from_email="Rebound <nudges@example.com>",
        to=[to],
        headers={"Message-ID": "<nudge.7.f00d@example.com>", **headers},
    )
    message.attach_alternative(html, "text/html")
    return message


def _frozen():
    return time_machine.travel(datetime(2026, 3, 29, 1, 30, tzinfo=UTC), tick=False)


BODIES = [
    "Hi Sam,\n\nSend it today.\n",
    "Hi Zoë,\r\n\r\nMerci — à bientôt.\r\n",
    "no newline at the end",
    "mixed\rold mac\nand\r\nwindows\n\n\n",
    "x" * 998 + "\nshort",  # just within 8bit
    "é" * 500 + "\n",  # 1,000 bytes: quoted-printable, written by the email package
    "a line\u2028split only by a Unicode separator " + "y" * 990,
]


@pytest.mark.parametrize("body", BODIES)
def test_it_hands_smtp_the_same_envelope_and_bytes_as_djangos_backend(body):
    message = _nudge_email(
        "Send Acme a thank-you note for your Analyst interview",
        body,
        f"<p>{body}</p>\n",
        "sam@example.com",
        **{"List-Unsubscribe": "<https://example.com/s/abc/>", "Auto-Submitted": "auto-generated"},
    )
    with _frozen():
        assert message.envelope() == _django_envelope(message)


@pytest.mark.parametrize("length", range(60, 96))
def test_it_folds_long_headers_as_djangos_backend_does(length):
    words = ("Thank Acme for the interview " * 4)[:length].strip()
    message = _nudge_email(words, "Hi\n", "<p>Hi</p>", "sam@example.com", **{"X-Note": words})
    with _frozen():
        assert message.envelope() == _django_envelope(message)


# "List-Unsubscribe: " is 18 columns: lengths 56 to 62 cross the 78-column line.
@pytest.mark.parametrize("length", [*range(50, 66), 150, 400])
def test_it_puts_a_long_link_header_on_its_own_line_as_djangos_backend_does(length):
    link = ("<https://example.com/nudges/link/stop/" + "eyJuIjoxfQ:1vX2Ab-_" * 30)[: length - 2]
    message = _nudge_email(
        "Thank Acme", "Hi\n", "<p>Hi</p>", "s@example.com", **{"List-Unsubscribe": f"{link}/>"}
    )
    with _frozen():
        assert message.envelope() == _django_envelope(message)


# "Subject: " is 9 columns; Header.encode() folds at 76 without it, then the policy at 78
# with it, so subjects from 60 to 160 characters cross both.
@pytest.mark.parametrize("length", [*range(60, 90), 120, 155, 160, 240])
def test_it_folds_long_subjects_as_djangos_backend_does(length):
    subject = ("Send Acme Corporation a thank-you note for your Senior Data Engineer " * 4)[
        :length
    ].strip()
    message = _nudge_email(subject, "Hi\n", "<p>Hi</p>", "sam@example.com")
    with _frozen():
        assert emails._plain_wire_bytes(message) is not None
        assert message.envelope() == _django_envelope(message)


subject_words = st.lists(
    st.text(alphabet="abcXYZ09-.,:;'?!()", min_size=1, max_size=30), min_size=1, max_size=25
)


@given(words=subject_words, spaces=st.lists(st.sampled_from([" ", "  ", "\t"]), min_size=24))
@settings(max_examples=300, deadline=None)
def test_it_folds_any_ascii_subject_as_djangos_backend_does(words, spaces):
    subject = "".join(w + s for w, s in zip(words, spaces, strict=False)).strip()
    message = _nudge_email(subject, "Hi\n", "<p>Hi</p>", "sam@example.com")
    with _frozen():
        assert message.envelope() == _django_envelope(message)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["request_feedback", "thank_you", "weekly_summary"])
@pytest.mark.parametrize("company", ["Acme", "Northwind Traders International Holdings Group"])
def test_it_writes_real_nudges_without_the_email_package(kind, company, user):
    # A real nudge, long signed links and long subjects and all, must take the direct way:
    # otherwise the worker pays for the email package again and no other test would notice.
    with _frozen():
        application = f.ApplicationFactory(
            user=user, company__name=company, role_title="Senior Platform Data Engineer"
        )
        if kind == "request_feedback":
            app_services.rejection_log(application=application)
        elif kind == "thank_you":
            f.NudgeFactory(user=user, due_at=timezone.now(), about__application=application)
        else:
            services.nudge_schedule(kind=kind, user=user, obj=user)
        nudge = Nudge.objects.get(user=user, kind=kind)
        nudge.message_id = "<nudge.1.abc@example.com>"
        message = emails.build(nudge, services.about(nudge))
        assert emails._plain_wire_bytes(message) is not None
        assert message.envelope() == _django_envelope(message)


@pytest.mark.parametrize(("line", "direct"), [("é" * 499, True), ("é" * 499 + "a", False)])
def test_it_takes_the_direct_way_up_to_998_bytes_a_line(line, direct):
    message = _nudge_email("Thank Acme", f"Hi,\n{line}\n", "<p>Hi</p>", "sam@example.com")
    assert (emails._plain_wire_bytes(message) is not None) is direct
    with _frozen():
        assert message.envelope() == _django_envelope(message)


def test_it_leaves_other_messages_to_the_email_package():
    accented = _nudge_email("Merci à Acme", "Hi,\n", "<p>Hi</p>", "sam@example.com")
    assert emails._plain_wire_bytes(accented) is None
    long_line = _nudge_email("Thank Acme", "é" * 500, "<p>Hi</p>", "sam@example.com")
    assert emails._plain_wire_bytes(long_line) is None


one_word = st.text(alphabet="abcXYZ09-_:/.<>?=&%~+!", min_size=30, max_size=200)
header_text = st.one_of(
    one_word,
    st.text(
        alphabet=st.sampled_from(list("Ab z-09.,:;<>@'\"()=?_\t") + ["é", "—", "ß"]), max_size=90
    ),
    # Plain ASCII words around the folding width, where the direct way has to stop.
    st.lists(st.text(alphabet="abcXYZ09-.,:'=?", min_size=1, max_size=9), max_size=14).map(
        " ".join
    ),
)
body_text = st.text(
    alphabet=st.sampled_from(list("ab Z.\n\r\t<>&;") + ["é", "—", "😀", "\u2028"]), max_size=400
)
address = st.one_of(
    st.emails(),
    st.sampled_from(
        ["Sam Ödegaard <sam@example.com>", "sam@bücher.example", '"Sam, Jr" <s@example.com>']
    ),
)


@given(subject=header_text, body=body_text, html=body_text, to=address, extra=header_text)
@settings(max_examples=300, deadline=None)
def test_it_matches_djangos_backend_for_any_subject_body_and_address(
    subject, body, html, to, extra
):
    message = _nudge_email(subject, body, html, to, **{"X-Note": extra})
    try:
        with _frozen():
            reference = _django_envelope(message)
    except (ValueError, BadHeaderError):
        return  # Django refuses these too (a newline in a header, an unparsable address)
    with _frozen():
        assert message.envelope() == reference


@given(st.emails())
@settings(max_examples=300, deadline=None)
def test_it_writes_plain_envelope_addresses_as_django_does(value):
    try:
        expected = sanitize_address(value, "utf-8")
    except ValueError:
        return
    assert emails.envelope_address(value) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["request_feedback", "thank_you", "weekly_summary"])
def test_it_writes_any_nudge_from_what_the_worker_loaded_before_forking(kind, user):
    # A worker's pool processes are forked after warm_up(); whatever a nudge needs that it
    # didn't load, every pool process would read and compile again on its first send.
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()
    emails.warm_up()
    with _frozen():
        if kind == "request_feedback":
            app_services.rejection_log(application=f.ApplicationFactory(user=user))
        elif kind == "thank_you":
            f.NudgeFactory(user=user, due_at=timezone.now())
        else:
            services.nudge_schedule(kind=kind, user=user, obj=user)
        nudge = Nudge.objects.get(user=user, kind=kind)
        with contextlib.ExitStack() as reading_files:
            for source in loader.loaders:  # the cached loader asks these on a miss
                reading_files.enter_context(
                    mock.patch.object(
                        source, "get_contents", side_effect=AssertionError("read a template file")
                    )
                )
            message = emails.build(nudge, services.about(nudge))
    assert message.subject and message.body
