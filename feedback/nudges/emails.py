"""The email of a nudge: subject, plain text and HTML from templates/emails/nudge_<kind>/.

Every email names what it is about, carries the ready-to-send text where there is one,
and ends with three signed links that work without logging in.
"""

import functools
import re
import secrets
from email.header import Header
from email.policy import Compat32
from email.utils import formatdate

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import RFC5322_EMAIL_LINE_LENGTH_LIMIT, sanitize_address
from django.template import Context
from django.template.loader import get_template
from django.template.loader_tags import ExtendsNode
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format

from applications.models import Application, Interview, Rejection
from feedback.nudges import tokens
from feedback.nudges.models import Action, Kind, Nudge


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


_TOKEN = "__token__"


@functools.lru_cache(maxsize=32)
def _path(name: str, prefix: str, urlconf, token: bool) -> str:
    # `prefix` isn't used here: reverse() reads it itself; it is part of the cache key.
    return reverse(name, kwargs={"token": _TOKEN} if token else None, urlconf=urlconf)


def path_of(name: str, token: str | None = None) -> str:
    """reverse() for the few URLs every email carries, resolved once per process: six
    reverse() calls were half the cost of a nudge's context. A signed token is letters,
    digits, "-", "_" and ":", which reverse() leaves as they are, so it is put in place."""
    path = _path(name, get_script_prefix(), get_urlconf(), token is not None)
    return path if token is None else path.replace(_TOKEN, token)


def link(nudge: Nudge, action: str) -> str:
    token = tokens.make(nudge_id=nudge.pk, user_id=nudge.user_id, action=action)
    return absolute(path_of(f"nudge_{action}", token))


def application_of(obj) -> Application | None:
    """The application a nudge's object belongs to (rejection, interview, request...)."""
    if isinstance(obj, Application):
        return obj
    if isinstance(obj, Rejection | Interview):
        return obj.application
    rejection = getattr(obj, "rejection", None)
    return rejection.application if rejection is not None else None


def _page_of(obj) -> str:
    try:
        return absolute(obj.get_absolute_url())
    except (AttributeError, NoReverseMatch):
        return absolute("/")


def _request_feedback(nudge, rejection):
    from feedback import services as feedback

    draft = feedback.draft_for(rejection=rejection)
    return {"draft_to": draft.recipient_name, "draft_subject": draft.subject, "draft": draft.body}


def _follow_up_feedback(nudge, request):
    from feedback import services as feedback

    draft = feedback.follow_up_draft(request)
    return {
        "request": request,
        "draft_to": request.recipient_name,
        "draft_subject": draft.subject,
        "draft": draft.body,
    }


def _interview(nudge, interview):
    # Usually prefetched with the interview (services.about); sorted here, not in SQL.
    names = [c.name for c in sorted(interview.interviewers.all(), key=lambda c: c.pk)]
    return {
        "interview": interview,
        "interviewers": ", ".join(names),
        "greet": names[0].split()[0] if len(names) == 1 else "",
    }


def _follow_up_silence(nudge, application):
    return {"applied_on": application.applied_on}


def _weekly_summary(nudge, user):
    from feedback.nudges.services import weekly_numbers

    return weekly_numbers(user=user, until=nudge.due_at)


EXTRA_CONTEXT = {
    Kind.REQUEST_FEEDBACK: _request_feedback,
    Kind.FOLLOW_UP_FEEDBACK: _follow_up_feedback,
    Kind.THANK_YOU: _interview,
    Kind.REFLECT: _interview,
    Kind.FOLLOW_UP_SILENCE: _follow_up_silence,
    Kind.WEEKLY_SUMMARY: _weekly_summary,
}

# Kinds whose ready-to-send note is written from the kind's own _draft.txt template (the
# others take theirs from the feedback services).
WRITTEN_NOTES = {Kind.THANK_YOU, Kind.FOLLOW_UP_SILENCE}

# The weekly summary has nothing to tick off or postpone; it can only be stopped.
ACTIONS = {
    kind: [Action.STOP] if kind == Kind.WEEKLY_SUMMARY else list(Action) for kind in Kind.values
}


def context_for(nudge: Nudge, obj) -> dict:
    user = nudge.user
    application = application_of(obj)
    links = {action: link(nudge, action) for action in ACTIONS[nudge.kind]}
    return {
        "nudge": nudge,
        "user": user,
        "name": user.first_name or user.username,
        "obj": obj,
        "application": application,
        "company": application.company.name if application else "",
        "role": application.role_title if application else "",
        "page_url": _page_of(obj),
        "nudges_url": absolute(path_of("nudge_list")),
        "settings_url": absolute(path_of("notification_settings")),
        "done_url": links.get(Action.DONE, ""),
        "snooze_url": links.get(Action.SNOOZE, ""),
        "stop_url": links[Action.STOP],
        # Formatted once here rather than by a filter in each of the two bodies.
        "links_expire": date_format(
            timezone.localdate(timezone.now() + tokens.MAX_AGE, timezone=user.tz), "j F Y"
        ),
        "tz": user.tz,
        **EXTRA_CONTEXT[nudge.kind](nudge, obj),
    }


class NudgeEmail(EmailMultiAlternatives):
    """Django's message, with what Django's SMTP backend hands to smtplib written directly
    for the usual nudge (see `envelope`), and its MIME boundary chosen up front: left
    unset, the email package picks a random one and compiles a fresh regular expression per
    message to check the parts don't contain it. A 128-bit random token can't be in text
    rendered before it existed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.boundary = f"=_rebound_{secrets.token_hex(16)}"

    def message(self):
        msg = super().message()
        if msg.is_multipart() and msg.get_boundary() is None:
            msg.set_boundary(self.boundary)
        msg.policy = SHORT_HEADERS_AS_THEY_ARE
        return msg

    def envelope(self) -> tuple[str, list[str], bytes]:
        """(sender, recipients, data) exactly as Django's SMTP backend would pass them to
        smtplib: the addresses through sanitize_address(), the data from
        message().as_bytes(linesep="\\r\\n").

        Building the message with the email package and writing it out, with the address
        parsing, was about a fifth of a worker's CPU per nudge. A nudge is nearly always two
        UTF-8 text parts under ASCII headers, and for that shape the bytes are written here
        directly. Anything else (a non-ASCII header, a long one other than the subject or a
        link, a line too long for 8bit, an attachment) goes through the email package as
        before. tests/nudges/test_message.py checks the two ways give the same bytes."""
        data = _plain_wire_bytes(self)
        if data is None:
            data = self.message().as_bytes(linesep="\r\n")
        return (
            envelope_address(self.from_email),
            [envelope_address(a) for a in self.recipients()],
            data,
        )


# One plain dot-atom address, as sanitize_address() writes it back unchanged.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\Z")


@functools.lru_cache(maxsize=16)
def _sanitized(address: str) -> str:
    return sanitize_address(address, "utf-8")


def envelope_address(address: str) -> str:
    """sanitize_address(address, "utf-8"): a plain address comes back as it is; any other
    (the sender's "Name <address>", mostly) is parsed once per process."""
    if len(address) <= 254 and _PLAIN_ADDRESS.match(address):
        return address
    return _sanitized(address)


# Printable ASCII words with single spaces: a value the email package writes as it is.
_PLAIN_HEADER = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*\Z")
# Printable ASCII and spaces: a subject the email package folds without encoding it.
_PRINTABLE = re.compile(r"[\x20-\x7e]+\Z")
# One printable ASCII word with nowhere to fold it (no space, comma or semicolon).
_ONE_WORD = re.compile(r"[\x21-\x2b\x2d-\x3a\x3c-\x7e]+\Z")
# Django's message() sets these itself; an extra header by one of these names is left to it.
_OWN_HEADERS = {"from", "to", "cc", "reply-to", "date", "subject", "mime-version", "content-type"}
_NEWLINES = re.compile(rb"\r\n|\r|\n")


def _header_line(name: str, value, /) -> str | None:
    """The header as the email package writes it (Django's message() and the policy above),
    for the two shapes a nudge has; None for anything else."""
    if not isinstance(value, str) or not _PLAIN_HEADER.match(name):
        return None
    if name == "Subject":
        if not _PRINTABLE.match(value):
            return None
        # message() runs the subject through Header.encode() first: within 76 columns it
        # comes out as it went in.
        if len(name) + len(value) <= 74 and _PLAIN_HEADER.match(value):
            return f"{name}: {value}"
        # A longer one ("Send Acme Corporation a thank-you note for your Senior ... interview")
        # is folded at 76 columns without its name, then folded again with it: only the
        # email package itself reproduces that, and this one header is cheap to give it.
        return _SUBJECT_POLICY.fold(name, Header(value).encode()).removesuffix("\r\n")
    if len(name) + len(value) + 2 <= 78 and _PLAIN_HEADER.match(value):
        return f"{name}: {value}"
    if _ONE_WORD.match(value) and len(value) < RFC5322_EMAIL_LINE_LENGTH_LIMIT:
        # A long link can't be folded, so the email package puts it on a line of its own.
        return f"{name}: \r\n {value}"
    return None


def _plain_part(subtype: str, text: str) -> bytes | None:
    """A text part as SafeMIMEText writes it in UTF-8 with 7bit or 8bit encoding, or None
    where Django would pick quoted-printable (a line over 998 bytes) or could not encode."""
    if not text:
        return None
    lines = text.splitlines()
    # A character is at most 4 bytes in UTF-8: only a line over a quarter of the limit in
    # characters can be over it in bytes, and only those are encoded to find out.
    if max(map(len, lines)) * 4 > RFC5322_EMAIL_LINE_LENGTH_LIMIT and any(
        len(line.encode(errors="surrogateescape")) > RFC5322_EMAIL_LINE_LENGTH_LIMIT
        for line in lines
    ):
        return None
    try:
        data = text.encode()
    except UnicodeEncodeError:
        return None
    encoding = b"7bit" if data.isascii() else b"8bit"
    return (
        b'Content-Type: text/%s; charset="utf-8"\r\nMIME-Version: 1.0\r\n'
        b"Content-Transfer-Encoding: %s\r\n\r\n" % (subtype.encode(), encoding)
    ) + b"\r\n".join(_NEWLINES.split(data))


def _plain_wire_bytes(message: NudgeEmail) -> bytes | None:
    if (
        message.attachments
        or message.cc
        or message.bcc
        or message.reply_to
        or (message.encoding or settings.DEFAULT_CHARSET) != "utf-8"
        or message.content_subtype != "plain"
        or message.alternative_subtype != "alternative"
        or len(message.alternatives) != 1
        or message.alternatives[0][1] != "text/html"
        or not message.to
        or "Message-ID" not in message.extra_headers
        or any(name.lower() in _OWN_HEADERS for name in message.extra_headers)
    ):
        return None
    headers = {
        "Subject": message.subject,
        "From": message.from_email,
        "To": ", ".join(map(str, message.to)),
        "Date": formatdate(localtime=settings.EMAIL_USE_LOCALTIME),
        **message.extra_headers,
    }
    lines = [f'Content-Type: multipart/alternative;\r\n boundary="{message.boundary}"']
    lines.append("MIME-Version: 1.0")
    for name, value in headers.items():
        line = _header_line(name, value)
        if line is None:
            return None
        lines.append(line)
    if not isinstance(message.body, str) or not isinstance(message.alternatives[0][0], str):
        return None
    text = _plain_part("plain", message.body)
    html = _plain_part("html", message.alternatives[0][0])
    if text is None or html is None:
        return None
    delimiter = f"--{message.boundary}".encode()
    head = "\r\n".join(lines).encode("ascii")
    return b"".join(
        (
            head,
            b"\r\n\r\n",
            delimiter,
            b"\r\n",
            text,
            b"\r\n",
            delimiter,
            b"\r\n",
            html,
            b"\r\n",
            delimiter,
            b"--\r\n",
        )
    )


class _ShortHeadersAsTheyAre(Compat32):
    """The email package's usual policy, minus its cost on short plain headers. It runs
    every header through a Header object to fold it, two thirds of the cost of writing a
    nudge out; a one-line ASCII header that fits in 78 characters comes out of that as it
    went in, so it is written directly. Anything else is folded as before."""

    def fold_binary(self, name, value):
        if (
            isinstance(value, str)
            and value.isascii()
            and len(name) + len(value) + 2 <= (self.max_line_length or 78)
            and "\n" not in value
            and "\r" not in value
        ):
            return f"{name}: {value}{self.linesep}".encode("ascii")
        return super().fold_binary(name, value)


SHORT_HEADERS_AS_THEY_ARE = _ShortHeadersAsTheyAre()
_SUBJECT_POLICY = Compat32(linesep="\r\n")


def build(nudge: Nudge, obj, templates: dict | None = None) -> EmailMultiAlternatives:
    """The message for a nudge, with the Message-ID the nudge already holds. A chunk passes
    the same `templates` dict for all its nudges, so each template is looked up once."""
    with timezone.override(nudge.user.tz):
        return _build(nudge, obj, {} if templates is None else templates)


def _render(templates: dict, name: str, ctx: dict) -> str:
    template = templates.get(name)
    if template is None:
        template = templates[name] = get_template(name)
    return template.render(ctx)


def _build(nudge: Nudge, obj, templates: dict) -> EmailMultiAlternatives:
    ctx = context_for(nudge, obj)
    folder = f"emails/nudge_{nudge.kind}"
    if nudge.kind in WRITTEN_NOTES:
        # The ready-to-send note appears in both bodies; written once, as plain text (the
        # HTML body escapes it like any other value).
        ctx["note"] = _render(templates, f"{folder}/_draft.txt", ctx)
    subject = " ".join(_render(templates, f"{folder}/subject.txt", ctx).split())
    message = NudgeEmail(
        subject=subject,
        body=_render(templates, f"{folder}/body.txt", ctx),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[nudge.user.email],
        headers={
            "Message-ID": nudge.message_id,
            # RFC 8058: mail clients show an unsubscribe button that POSTs here directly.
            "List-Unsubscribe": f"<{ctx['stop_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # RFC 3834: no auto-replies (out-of-office) to a machine.
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(_render(templates, f"{folder}/body.html", ctx), "text/html")
    return message


def warm_up() -> None:
    """Load now what writing any nudge needs: every template compiled, the links' paths
    resolved (which imports the whole URLconf), the modules the drafts come from. Called in
    a worker's main process before it forks its pool (config/celery.py), so each pool
    process starts with them instead of loading them on its first send: about 0.4 s of CPU
    per process without bytecode caches."""
    from feedback import services  # noqa: F401 - the drafts' module, imported lazily above
    from feedback.nudges import services as nudge_services  # noqa: F401

    names = [
        f"emails/nudge_{kind}/{name}"
        for kind in Kind.values
        for name in ("subject.txt", "body.txt", "body.html")
    ] + [f"emails/nudge_{kind}/_draft.txt" for kind in WRITTEN_NOTES]
    for name in names:
        template = get_template(name).template
        # The template a body extends is looked up when it renders; look it up now.
        context = Context()
        context.template = template
        for node in template.nodelist.get_nodes_by_type(ExtendsNode):
            node.get_parent(context)
    path_of("nudge_list")
    path_of("notification_settings")
    for action in Action.values:
        path_of(f"nudge_{action}", _TOKEN)
