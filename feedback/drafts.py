"""Drafted feedback requests, as pure functions: no database, no request, easy to test.

The wording follows the usual advice: short, polite, thank them for their time, say any
insight is welcome, ask one or two specific questions, and never push. A follow-up is
shorter still and makes "no" easy.
"""

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from feedback.models import Situation, Tone

# Placeholders a user's own template may use, with what each stands for (shown on the form).
PLACEHOLDERS = {
    "contact": "the person you're writing to (or “Hiring team” when you don't know who)",
    "company": "the company's name",
    "role": "the role you applied for",
    "interview_date": "the date of your last interview (empty when there wasn't one)",
}
UNKNOWN_CONTACT = "Hiring team"


@dataclass(frozen=True)
class DraftContext:
    company: str
    role: str
    contact_name: str = ""
    interview_round: str = ""  # "Technical", "Phone screen"… as the round is labelled
    interview_date: date | None = None
    sender_name: str = ""


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


def situation_for(stage: str, past_rounds: list[str]) -> str:
    """Which kind of draft fits: how far the application got, and which interviews happened."""
    if stage in ("interviewing", "offer"):
        return Situation.INTERVIEWS
    if stage == "screening":
        return Situation.SCREEN
    if past_rounds:
        # The stage says "applied" but interviews were logged: trust the interviews.
        only_screens = all(r == "phone_screen" for r in past_rounds)
        return Situation.SCREEN if only_screens else Situation.INTERVIEWS
    return Situation.APPLICATION


# Who is best placed to answer, per situation; contacts in other roles come last.
_ROLE_PREFERENCE = {
    Situation.APPLICATION: ["recruiter", "hiring_manager", "interviewer"],
    Situation.SCREEN: ["recruiter", "hiring_manager", "interviewer"],
    Situation.INTERVIEWS: ["hiring_manager", "interviewer", "recruiter"],
}


def pick_contact(situation: str, contacts):
    """The contact to address: best role for the situation, preferring one with an email."""
    order = _ROLE_PREFERENCE[situation]

    def rank(contact):
        role_rank = order.index(contact.role) if contact.role in order else len(order)
        return (role_rank, not contact.email)

    return min(contacts, key=rank, default=None)


def format_day(day: date | None) -> str:
    return f"{day.day} {day:%B}" if day else ""


# A recipient like "Hiring team" or "the recruitment team" is a group, not a first name.
_GROUP_WORDS = {"team", "hiring", "recruitment", "recruiting", "talent", "hr", "people"}


def _is_group(name: str) -> bool:
    return bool(_GROUP_WORDS & set(name.lower().replace(",", " ").split()))


def _greeting(ctx: DraftContext, tone: str) -> str:
    name = " ".join(ctx.contact_name.split())
    if name.lower().startswith("the "):
        name = name[4:]
    if not name:
        return "Dear Hiring Team," if tone == Tone.FORMAL else "Hello,"
    if _is_group(name):
        titled = " ".join(word[:1].upper() + word[1:] for word in name.split())
        return f"Dear {titled}," if tone == Tone.FORMAL else "Hello,"
    return f"Dear {name}," if tone == Tone.FORMAL else f"Hi {name.split()[0]},"


def _interview_phrase(ctx: DraftContext, tone: str) -> str:
    """'in our technical interview on 3 March', or '' when no interview was logged."""
    if not ctx.interview_round:
        return ""
    round_name = ctx.interview_round.lower()
    if not round_name.endswith(("interview", "screen", "study")):
        round_name += " interview"
    on_day = f" on {format_day(ctx.interview_date)}" if ctx.interview_date else ""
    lead = "during the" if tone == Tone.FORMAL else "in our"
    return f" {lead} {round_name}{on_day}"


def _signature(ctx: DraftContext, tone: str) -> str:
    closing = "Kind regards," if tone == Tone.FORMAL else "Best wishes,"
    return f"{closing}\n{ctx.sender_name}".rstrip()


def _questions(situation: str, tone: str) -> list[str]:
    formal = tone == Tone.FORMAL
    if situation == Situation.APPLICATION:
        return [
            "Were there aspects of my application that made it less competitive for this position?"
            if formal
            else "Was there anything in my CV or application that made me a weaker match?",
            "Are there skills or experience you would recommend I develop for similar roles?"
            if formal
            else "Is there a skill or kind of experience I should build to be a stronger fit?",
        ]
    if situation == Situation.SCREEN:
        return [
            "Was there anything in how I presented my experience that did not fit the role?"
            if formal
            else "Was there anything in how I talked about my experience that held me back?",
            "Is there anything you would suggest I prepare differently for a first conversation?"
            if formal
            else "Is there something I could prepare better for a first conversation like this?",
        ]
    return [
        "Was there a part of the process where I fell short of what you were looking for?"
        if formal
        else "Was there a part of the interviews where I fell short of what you needed?",
        "What would have made me a stronger candidate for this role?",
    ]


def render_draft(situation: str, tone: str, ctx: DraftContext) -> Draft:
    """Rebound's own draft for a situation and a tone."""
    formal = tone == Tone.FORMAL
    interview = _interview_phrase(ctx, tone)
    if situation == Situation.APPLICATION:
        thanks = (
            f"Thank you for informing me of your decision regarding the {ctx.role} position "
            f"at {ctx.company}, and for the time spent reviewing my application."
            if formal
            else f"Thank you for letting me know about the {ctx.role} role at {ctx.company}, "
            "and for taking the time to consider my application."
        )
    else:
        spoke = "speaking with me" if situation == Situation.SCREEN else "meeting with me"
        thanks = (
            f"Thank you for informing me of your decision regarding the {ctx.role} position "
            f"at {ctx.company}, and for the time you spent {spoke}{interview}."
            if formal
            else f"Thanks for letting me know about the {ctx.role} role at {ctx.company}, "
            f"and for taking the time to talk with me{interview}."
        )
    ask = (
        "I would be grateful for any feedback you are able to share. In particular:"
        if formal
        else "I'd really value any insight you could share. In particular:"
    )
    questions = "\n".join(f"- {q}" for q in _questions(situation, tone))
    close = (
        "I appreciate that your time is limited, and I would value any insight you can offer."
        if formal
        else "Even a line or two would help me a lot. Thanks again, and all the best."
    )
    subject = (
        f"Request for feedback: {ctx.role} application"
        if formal
        else f"Feedback on my application for {ctx.role}"
    )
    body = "\n\n".join(
        [_greeting(ctx, tone), thanks, f"{ask}\n{questions}", close, _signature(ctx, tone)]
    )
    return Draft(subject=subject, body=body)


def render_follow_up(tone: str, ctx: DraftContext, subject: str, sent_on: date | None) -> Draft:
    """The one follow-up: shorter, no pressure, easy to say no to."""
    when = f" of {format_day(sent_on)}" if sent_on else ""
    if tone == Tone.FORMAL:
        text = (
            f"I hope this finds you well. I am following up briefly on my message{when} "
            f"regarding the {ctx.role} position. If you are able to share any feedback, I would "
            "be grateful; I entirely understand if that is not possible."
        )
    else:
        text = (
            f"I hope you're well. Just following up on my note{when} about the {ctx.role} role. "
            "If you have a moment to share any feedback, I'd really appreciate it, and if not, "
            "no worries at all."
        )
    subject = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    body = "\n\n".join([_greeting(ctx, tone), text, _signature(ctx, tone)])
    return Draft(subject=subject, body=body)


# "{{" and "}}" are literal braces; "{name}" is a placeholder; anything else is left alone.
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}")


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders in a user's text that Rebound can't fill, in order, without repeats."""
    found = []
    for match in _PLACEHOLDER.finditer(text):
        name = match.group(1)
        if name is not None and name.strip() not in PLACEHOLDERS and match.group(0) not in found:
            found.append(match.group(0))
    return found


def fill_placeholders(text: str, ctx: DraftContext) -> str:
    """Fill the known placeholders; leave unknown ones as typed so nothing ever crashes."""
    values = {
        "contact": ctx.contact_name.strip() or UNKNOWN_CONTACT,
        "company": ctx.company,
        "role": ctx.role,
        "interview_date": format_day(ctx.interview_date),
    }

    def replace(match):
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        return values.get(match.group(1).strip(), token)

    return _PLACEHOLDER.sub(replace, text)


def render_user_template(subject: str, body: str, ctx: DraftContext) -> Draft:
    return Draft(subject=fill_placeholders(subject, ctx), body=fill_placeholders(body, ctx))


def crlf(text: str) -> str:
    """Line breaks as CRLF, which is what RFC 6068 asks a mailto: body to carry."""
    return "\r\n".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: link with subject and body filled in, or '' when there's no address.

    Percent-encoded UTF-8 with %20 for spaces (never '+', which mail programs show as a
    plus sign) and %0D%0A for line breaks, as RFC 6068 says.
    """
    if not to.strip():
        return ""
    return (
        f"mailto:{quote(to.strip(), safe='@')}"
        f"?subject={quote(subject, safe='')}&body={quote(crlf(body), safe='')}"
    )
