"""Writing a nudge out: the short-header shortcut changes no byte of the message."""

from email.policy import compat32

import pytest
from django.urls import reverse

from feedback.nudges import emails

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
