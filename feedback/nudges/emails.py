"""The email of a nudge: subject, plain text and HTML from templates/emails/nudge_<kind>/.

Every email names what it is about, carries the ready-to-send text where there is one,
and ends with three signed links that work without logging in.
"""

import functools
import secrets
from email.policy import Compat32

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import get_template
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
    """Django's message with its MIME boundary chosen up front. Left unset, the email
    package picks a random one and compiles a fresh regular expression per message to
    check the parts don't contain it (a third of the cost of writing the message out).
    A 128-bit random token can't be in text rendered before it existed."""

    def message(self):
        msg = super().message()
        if msg.is_multipart() and msg.get_boundary() is None:
            msg.set_boundary(f"=_rebound_{secrets.token_hex(16)}")
        msg.policy = SHORT_HEADERS_AS_THEY_ARE
        return msg


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
