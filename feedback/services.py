"""Workflows of the feedback loop. Views call these; nothing here reads a request.

Every state change of a feedback request, a piece of feedback or a reflection goes
through a function here, so the areas that react to them (nudges to schedule or cancel,
texts to classify) have one place to hook in.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from applications.models import Application, Contact, Interview, Rejection, Status
from feedback import drafts
from feedback.models import (
    Feedback,
    FeedbackError,
    FeedbackRequest,
    MessageTemplate,
    Reflection,
    RequestStatus,
    Tone,
)
from feedback.nudges import services as nudges
from feedback.nudges.models import Kind
from insights import services as insights

FOLLOW_UP_AFTER_DAYS = 7


def sender_name(user) -> str:
    return user.get_full_name().strip() or user.username


def last_interview(application: Application) -> Interview | None:
    """The most recent interview that has already happened, if any."""
    return (
        Interview.objects.for_user(application.user)
        .filter(application=application, starts_at__lte=timezone.now())
        .order_by("-starts_at")
        .first()
    )


def contacts_for(application: Application) -> list[Contact]:
    """People linked to this application or its interviews; the company's otherwise."""
    own = Contact.objects.for_user(application.user)
    linked = own.filter(applications=application) | own.filter(interviews__application=application)
    contacts = list(linked.distinct())
    if not contacts:
        contacts = list(own.filter(company=application.company_id))
    return contacts


def situation_of(rejection: Rejection) -> str:
    rounds = list(
        Interview.objects.for_user(rejection.user)
        .filter(application=rejection.application_id, starts_at__lte=timezone.now())
        .values_list("round", flat=True)
    )
    return drafts.situation_for(rejection.stage, rounds)


def draft_context(*, rejection: Rejection, contact_name: str) -> drafts.DraftContext:
    application = rejection.application
    interview = last_interview(application)
    return drafts.DraftContext(
        company=application.company.name,
        role=application.role_title,
        contact_name=contact_name,
        interview_round=interview.get_round_display() if interview else "",
        interview_date=interview.starts_at.astimezone(rejection.user.tz).date()
        if interview
        else None,
        sender_name=sender_name(rejection.user),
    )


def default_template(user, situation: str) -> MessageTemplate | None:
    template = MessageTemplate.objects.for_user(user).filter(is_default=True).first()
    return template if template and template.fits(situation) else None


@dataclass
class DraftChoice:
    """Everything the 'ask for feedback' form starts from."""

    situation: str
    tone: str
    contact: Contact | None
    recipient_name: str
    recipient_email: str
    subject: str
    body: str
    template: MessageTemplate | None


def draft_for(
    *,
    rejection: Rejection,
    situation: str | None = None,
    tone: str | None = None,
    contact: Contact | None = None,
    template: MessageTemplate | None = None,
    use_default_template: bool = True,
    pick_contact: bool = True,
) -> DraftChoice:
    """The draft for a rejection: the user's default template if it fits, else Rebound's own.

    Without a contact, the best-placed one is picked, unless pick_contact is False (the
    user chose to type who they're writing to).
    """
    situation = situation or situation_of(rejection)
    if contact is None and pick_contact:
        contact = drafts.pick_contact(situation, contacts_for(rejection.application))
    if template is None and use_default_template:
        template = default_template(rejection.user, situation)
    tone = tone or (template.tone if template else Tone.WARM)
    name = contact.name if contact else ""
    ctx = draft_context(rejection=rejection, contact_name=name)
    if template is not None:
        draft = drafts.render_user_template(template.subject, template.body, ctx)
    else:
        draft = drafts.render_draft(situation, tone, ctx)
    return DraftChoice(
        situation=situation,
        tone=tone,
        contact=contact,
        recipient_name=name,
        recipient_email=contact.email if contact else "",
        subject=draft.subject,
        body=draft.body,
        template=template,
    )


def _require_rejected(rejection: Rejection) -> None:
    if rejection.application.status != Status.REJECTED:
        raise FeedbackError(
            "You can ask for feedback once the application is marked as rejected; "
            f"this one is “{rejection.application.get_status_display()}”."
        )


@transaction.atomic
def feedback_request_create(
    *,
    rejection: Rejection,
    recipient_name: str,
    subject: str,
    body: str,
    situation: str,
    tone: str = Tone.WARM,
    recipient_email: str = "",
    contact: Contact | None = None,
    at: datetime | None = None,
) -> FeedbackRequest:
    _require_rejected(rejection)
    if not recipient_name.strip():
        raise FeedbackError("Say who you're writing to.")
    return FeedbackRequest.objects.create(
        user=rejection.user,
        rejection=rejection,
        contact=contact,
        recipient_name=recipient_name.strip(),
        recipient_email=recipient_email.strip(),
        subject=subject.strip(),
        body=body.strip(),
        situation=situation,
        tone=tone,
        created_at=at or timezone.now(),
    )


def feedback_request_update(*, request: FeedbackRequest, **fields) -> FeedbackRequest:
    """Save edits to a draft that hasn't been sent yet."""
    request.update_draft(**fields)
    return request


@transaction.atomic
def feedback_request_mark_sent(
    *, request: FeedbackRequest, at: datetime | None = None
) -> FeedbackRequest:
    request.mark_sent(at or timezone.now())
    nudges.nudge_cancel(kind=Kind.REQUEST_FEEDBACK, obj=request.rejection, reason="You asked.")
    nudges.nudge_schedule(kind=Kind.FOLLOW_UP_FEEDBACK, user=request.user, obj=request)
    return request


def follow_up_due_on(request: FeedbackRequest) -> date | None:
    """The day a follow-up becomes polite: a week after the request went out."""
    if request.sent_at is None:
        return None
    sent_on = request.sent_at.astimezone(request.user.tz).date()
    return sent_on + timedelta(days=FOLLOW_UP_AFTER_DAYS)


def follow_up_draft(request: FeedbackRequest) -> drafts.Draft:
    ctx = draft_context(rejection=request.rejection, contact_name=request.recipient_name)
    sent_on = request.sent_at.astimezone(request.user.tz).date() if request.sent_at else None
    return drafts.render_follow_up(request.tone, ctx, request.subject, sent_on)


@transaction.atomic
def feedback_request_follow_up(
    *, request: FeedbackRequest, body: str, at: datetime | None = None
) -> FeedbackRequest:
    """Record the one follow-up. There is never a second: we don't burn bridges."""
    if not body.strip():
        raise FeedbackError("The follow-up message is empty.")
    request.mark_followed_up(at or timezone.now(), body.strip())
    nudges.nudge_cancel(kind=Kind.FOLLOW_UP_FEEDBACK, obj=request, reason="You followed up.")
    return request


@transaction.atomic
def feedback_request_decline(
    *, request: FeedbackRequest, at: datetime | None = None
) -> FeedbackRequest:
    request.mark_declined(at or timezone.now())
    nudges.nudge_cancel(kind=Kind.FOLLOW_UP_FEEDBACK, obj=request, reason="They declined.")
    return request


@transaction.atomic
def feedback_request_no_reply(
    *, request: FeedbackRequest, at: datetime | None = None
) -> FeedbackRequest:
    request.mark_no_reply(at or timezone.now())
    nudges.nudge_cancel(kind=Kind.FOLLOW_UP_FEEDBACK, obj=request, reason="You stopped waiting.")
    return request


@transaction.atomic
def feedback_request_dismiss(
    *, request: FeedbackRequest, at: datetime | None = None
) -> FeedbackRequest:
    """The user decided not to ask this time; the draft stays, but nothing reminds them."""
    request.dismiss(at or timezone.now())
    nudges.nudge_cancel(kind=Kind.REQUEST_FEEDBACK, obj=request.rejection, reason="Dismissed.")
    return request


@transaction.atomic
def feedback_request_skip(*, rejection: Rejection, at: datetime | None = None) -> FeedbackRequest:
    """'Not this time' before any draft was saved: keep one, dismissed, so nothing nags."""
    _require_rejected(rejection)
    at = at or timezone.now()
    request = feedback_request_draft(rejection=rejection, at=at)
    return feedback_request_dismiss(request=request, at=at)


def feedback_request_draft(
    *, rejection: Rejection, tone: str | None = None, at: datetime | None = None
) -> FeedbackRequest:
    """Save the suggested draft for a rejection as it stands, to the best-placed contact."""
    choice = draft_for(rejection=rejection, tone=tone)
    return feedback_request_create(
        rejection=rejection,
        contact=choice.contact,
        recipient_name=choice.recipient_name or "Hiring team",
        recipient_email=choice.recipient_email,
        subject=choice.subject,
        body=choice.body,
        situation=choice.situation,
        tone=choice.tone,
        at=at,
    )


def asked_on(request: FeedbackRequest) -> date:
    """The day the user asked: when it was sent, or when it was drafted if never marked sent."""
    return (request.sent_at or request.created_at).astimezone(request.user.tz).date()


def reply_date_problem(*, user, received_on: date, request: FeedbackRequest | None) -> str:
    """Why a reply date can't be right, in plain words; '' when it's fine."""
    if received_on > user.local_today():
        return "That date is in the future."
    if request is not None and received_on < asked_on(request):
        return (
            "The reply can't come before you asked: you asked on "
            f"{drafts.format_day(asked_on(request))} {asked_on(request).year}."
        )
    return ""


def _awaiting_request(rejection: Rejection, received_on: date) -> FeedbackRequest | None:
    waiting = FeedbackRequest.objects.for_user(rejection.user).filter(
        rejection=rejection, status__in=[RequestStatus.SENT, RequestStatus.NO_REPLY]
    )
    for request in waiting.order_by("-sent_at"):
        if asked_on(request) <= received_on:
            return request
    return None


@transaction.atomic
def feedback_record(
    *,
    rejection: Rejection,
    text: str,
    received_on: date,
    from_name: str = "",
    request: FeedbackRequest | None = None,
    at: datetime | None = None,
) -> Feedback:
    """Keep what the employer said; it answers the request it replies to."""
    if not text.strip():
        raise FeedbackError("Paste what they said.")
    if request is None:
        request = _awaiting_request(rejection, received_on)
    problem = reply_date_problem(user=rejection.user, received_on=received_on, request=request)
    if problem:
        raise FeedbackError(problem)
    at = at or timezone.now()
    if request is not None:
        if request.status == RequestStatus.TO_SEND:
            # A reply proves it went out; the day it was drafted is the best date we have.
            request.mark_sent(request.created_at)
        if request.status in (RequestStatus.SENT, RequestStatus.NO_REPLY):
            request.mark_replied(at)
        nudges.nudge_cancel(kind=Kind.FOLLOW_UP_FEEDBACK, obj=request, reason="They replied.")
    nudges.nudge_cancel(kind=Kind.REQUEST_FEEDBACK, obj=rejection, reason="Feedback came in.")
    feedback = Feedback.objects.create(
        user=rejection.user,
        rejection=rejection,
        request=request,
        text=text.strip(),
        received_on=received_on,
        from_name=from_name.strip() or (request.recipient_name if request else ""),
        created_at=at,
    )
    insights.mentions_refresh(source=feedback)
    return feedback


@transaction.atomic
def feedback_update(*, feedback: Feedback, text: str, received_on: date, from_name: str):
    problem = reply_date_problem(
        user=feedback.user, received_on=received_on, request=feedback.request
    )
    if problem:
        raise FeedbackError(problem)
    feedback.text = text.strip()
    feedback.received_on = received_on
    feedback.from_name = from_name.strip()
    feedback.save(update_fields=["text", "received_on", "from_name"])
    insights.mentions_refresh(source=feedback)
    return feedback


@transaction.atomic
def feedback_delete(*, feedback: Feedback) -> None:
    """Forget a piece of feedback; the request it answered stays answered."""
    feedback.delete()


@transaction.atomic
def reflection_add(
    *,
    application: Application,
    text: str,
    interview: Interview | None = None,
    rejection: Rejection | None = None,
    at: datetime | None = None,
) -> Reflection:
    if not text.strip():
        raise FeedbackError("Write a few words first.")
    for obj in (interview, rejection):
        if obj is not None and obj.application_id != application.pk:
            raise FeedbackError("That belongs to a different application.")
    reflection = Reflection.objects.create(
        user=application.user,
        application=application,
        interview=interview,
        rejection=rejection,
        text=text.strip(),
        created_at=at or timezone.now(),
    )
    insights.mentions_refresh(source=reflection)
    return reflection


@transaction.atomic
def reflection_update(*, reflection: Reflection, text: str, interview: Interview | None = None):
    if not text.strip():
        raise FeedbackError("Write a few words first.")
    reflection.text = text.strip()
    reflection.interview = interview
    reflection.save(update_fields=["text", "interview"])
    insights.mentions_refresh(source=reflection)
    return reflection


@transaction.atomic
def reflection_delete(*, reflection: Reflection) -> None:
    reflection.delete()


@transaction.atomic
def rejection_reflect(
    *, rejection: Rejection, feeling: int | None, feeling_note: str, takeaway: str
) -> Rejection:
    """How the user feels about a rejection and what they take from it. All optional."""
    rejection.feeling = feeling
    rejection.feeling_note = feeling_note.strip()
    rejection.takeaway = takeaway.strip()
    rejection.save(update_fields=["feeling", "feeling_note", "takeaway"])
    return rejection


@transaction.atomic
def message_template_save(*, template: MessageTemplate) -> MessageTemplate:
    """Save a user's template; a new default replaces the old one."""
    if template.is_default:
        MessageTemplate.objects.for_user(template.user).filter(is_default=True).exclude(
            pk=template.pk
        ).update(is_default=False)
    template.save()
    return template
