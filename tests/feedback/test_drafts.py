"""Draft rendering: pure functions, so no database here."""

from datetime import date
from types import SimpleNamespace
from urllib.parse import unquote

import pytest

from feedback import drafts
from feedback.drafts import DraftContext
from feedback.models import Situation, Tone

CTX = DraftContext(
    company="Acme Analytics",
    role="Data Analyst",
    contact_name="Priya Shah",
    interview_round="Technical",
    interview_date=date(2026, 3, 3),
    sender_name="Sam Lee",
)
EVERY = [(s, t) for s in Situation.values for t in Tone.values]


@pytest.mark.parametrize(("situation", "tone"), EVERY)
def test_it_drafts_a_short_polite_request_for_every_situation_and_tone(situation, tone):
    draft = drafts.render_draft(situation, tone, CTX)

    assert "Data Analyst" in draft.subject
    assert "Acme Analytics" in draft.body and "Data Analyst" in draft.body
    assert "Thank" in draft.body
    questions = [line for line in draft.body.splitlines() if line.startswith("- ")]
    assert len(questions) == 2 and all(q.endswith("?") for q in questions)
    assert draft.body.rstrip().endswith("Sam Lee")
    assert len(draft.body.split()) < 150  # short: nobody reads a long one


@pytest.mark.parametrize(("situation", "tone"), EVERY)
def test_it_gives_each_situation_and_tone_its_own_wording(situation, tone):
    others = {drafts.render_draft(s, t, CTX).body for s, t in EVERY if (s, t) != (situation, tone)}
    assert drafts.render_draft(situation, tone, CTX).body not in others


def test_it_greets_by_first_name_when_warm_and_full_name_when_formal():
    assert drafts.render_draft(Situation.SCREEN, Tone.WARM, CTX).body.startswith("Hi Priya,")
    formal = drafts.render_draft(Situation.SCREEN, Tone.FORMAL, CTX).body
    assert formal.startswith("Dear Priya Shah,")
    assert formal.rstrip().endswith("Kind regards,\nSam Lee")


def test_it_greets_the_hiring_team_when_nobody_is_named():
    nobody = DraftContext(company="Acme", role="Analyst")
    assert drafts.render_draft(Situation.APPLICATION, Tone.WARM, nobody).body.startswith("Hello,")
    formal = drafts.render_draft(Situation.APPLICATION, Tone.FORMAL, nobody).body
    assert formal.startswith("Dear Hiring Team,")


@pytest.mark.parametrize("name", ["Hiring team", "the recruitment team", "Talent team"])
def test_it_greets_a_team_as_a_team_not_by_a_first_name(name):
    ctx = DraftContext(company="Acme", role="Analyst", contact_name=name)
    assert drafts.render_draft(Situation.SCREEN, Tone.WARM, ctx).body.startswith("Hello,")
    formal = drafts.render_draft(Situation.SCREEN, Tone.FORMAL, ctx).body
    assert formal.split("\n")[0] == f"Dear {name.removeprefix('the ').title()},"


def test_it_mentions_the_interview_round_and_date_when_there_was_one():
    warm = drafts.render_draft(Situation.INTERVIEWS, Tone.WARM, CTX).body
    formal = drafts.render_draft(Situation.INTERVIEWS, Tone.FORMAL, CTX).body
    screen = drafts.render_draft(
        Situation.SCREEN,
        Tone.WARM,
        DraftContext(**{**CTX.__dict__, "interview_round": "Phone screen"}),
    ).body

    assert "in our technical interview on 3 March." in warm
    assert "during the technical interview on 3 March." in formal
    assert "in our phone screen on 3 March." in screen


def test_it_says_nothing_about_an_interview_when_there_was_none():
    no_interview = DraftContext(company="Acme", role="Analyst", contact_name="Jo")
    body = drafts.render_draft(Situation.INTERVIEWS, Tone.WARM, no_interview).body
    assert "interview on" not in body and "talk with me." in body


@pytest.mark.parametrize(
    ("stage", "rounds", "expected"),
    [
        ("applied", [], Situation.APPLICATION),
        ("screening", [], Situation.SCREEN),
        ("interviewing", ["technical"], Situation.INTERVIEWS),
        ("offer", [], Situation.INTERVIEWS),
        ("applied", ["phone_screen"], Situation.SCREEN),
        ("applied", ["phone_screen", "panel"], Situation.INTERVIEWS),
    ],
)
def test_it_picks_the_situation_from_the_stage_and_the_interviews(stage, rounds, expected):
    assert drafts.situation_for(stage, rounds) == expected


def _person(name, role, email="x@example.com"):
    return SimpleNamespace(name=name, role=role, email=email)


def test_it_addresses_the_person_best_placed_to_answer():
    recruiter = _person("Rae", "recruiter")
    manager = _person("Max", "hiring_manager")
    interviewer = _person("Ivy", "interviewer")
    people = [interviewer, recruiter, manager]

    assert drafts.pick_contact(Situation.APPLICATION, people) is recruiter
    assert drafts.pick_contact(Situation.SCREEN, people) is recruiter
    assert drafts.pick_contact(Situation.INTERVIEWS, people) is manager
    assert drafts.pick_contact(Situation.INTERVIEWS, [recruiter, interviewer]) is interviewer
    assert drafts.pick_contact(Situation.APPLICATION, []) is None


def test_it_prefers_a_contact_with_an_email_among_equals():
    no_email = _person("Nia", "recruiter", email="")
    with_email = _person("Wes", "recruiter")
    assert drafts.pick_contact(Situation.SCREEN, [no_email, with_email]) is with_email
    assert drafts.pick_contact(Situation.SCREEN, [no_email]) is no_email


@pytest.mark.parametrize("tone", Tone.values)
def test_it_drafts_a_shorter_follow_up_without_pressure(tone):
    first = drafts.render_draft(Situation.INTERVIEWS, tone, CTX)
    follow_up = drafts.render_follow_up(tone, CTX, first.subject, date(2026, 3, 10))

    assert follow_up.subject == f"Re: {first.subject}"
    assert len(follow_up.body) < len(first.body)
    assert "10 March" in follow_up.body and "Data Analyst" in follow_up.body
    assert "no worries" in follow_up.body or "entirely understand" in follow_up.body
    assert drafts.render_follow_up(tone, CTX, "Re: Hello", None).subject == "Re: Hello"


def test_it_fills_the_placeholders_of_a_users_template():
    draft = drafts.render_user_template(
        "Feedback on {role}",
        "Hi {contact},\nthanks for the {interview_date} chat about {role} at {company}.",
        CTX,
    )
    assert draft.subject == "Feedback on Data Analyst"
    assert (
        draft.body
        == "Hi Priya Shah,\nthanks for the 3 March chat about Data Analyst at Acme Analytics."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear {recruiter}", "Dear {recruiter}"),
        ("{role.__class__} {0} {}", "{role.__class__} {0} {}"),
        ("a lone { brace and } another", "a lone { brace and } another"),
        ("{{contact}} is literal", "{contact} is literal"),
        ("{ company }", "Acme Analytics"),
        ("{contact", "{contact"),
    ],
)
def test_it_never_crashes_on_an_unknown_or_broken_placeholder(text, expected):
    assert drafts.fill_placeholders(text, CTX) == expected


def test_it_lists_the_placeholders_it_cannot_fill():
    text = "Hi {recruiter}, {company} {recruiter} {0} {{escaped}}"
    assert drafts.unknown_placeholders(text) == ["{recruiter}", "{0}"]
    assert drafts.unknown_placeholders("Hi {contact} at {company}") == []


def test_it_fills_an_unknown_contact_and_a_missing_interview_gently():
    ctx = DraftContext(company="Acme", role="Analyst")
    assert (
        drafts.fill_placeholders("Hi {contact}, on {interview_date}", ctx) == "Hi Hiring team, on "
    )


def test_it_encodes_a_mailto_link_as_rfc_6068_asks():
    url = drafts.mailto_url(
        "zoe@example.com", "Feedback: Zoë & the ?role", "Hi Zoë,\n\nThanks + cheers.\nSam"
    )

    assert url.startswith("mailto:zoe@example.com?subject=")
    assert "+" not in url  # a plus would show up as a plus sign, not a space
    assert "Zo%C3%AB" in url  # UTF-8, percent-encoded
    assert "%20%26%20" in url and "%3F" in url and "%2B" in url
    assert "Zo%C3%AB%2C%0D%0A%0D%0AThanks" in url  # line breaks as CRLF
    subject, body = url.split("?subject=")[1].split("&body=")
    assert unquote(subject) == "Feedback: Zoë & the ?role"
    assert unquote(body) == "Hi Zoë,\r\n\r\nThanks + cheers.\r\nSam"


def test_it_gives_no_mailto_link_without_an_address():
    assert drafts.mailto_url("", "Subject", "Body") == ""
    assert drafts.mailto_url("   ", "Subject", "Body") == ""


def test_it_turns_every_kind_of_line_break_into_crlf():
    assert drafts.crlf("a\nb\r\nc\rd") == "a\r\nb\r\nc\r\nd"


def test_it_leaves_escaping_to_the_page_and_keeps_the_text_as_typed():
    ctx = DraftContext(company="<b>Smith & Sons</b>", role="Analyst", contact_name="O'Brien")
    draft = drafts.render_draft(Situation.APPLICATION, Tone.FORMAL, ctx)
    assert "<b>Smith & Sons</b>" in draft.body and "Dear O'Brien," in draft.body
    url = drafts.mailto_url("ob@example.com", draft.subject, draft.body)
    assert "<" not in url and "&amp;" not in url and "%3Cb%3ESmith%20%26%20Sons" in url
