"""Demo rows for the feedback loop: requests in every state, what came back, and notes.

Called by `manage.py seed_demo` after the applications exist. It goes through the same
services as the pages do, so the demo's nudges and themes follow from it, and it keys
everything on the company so each rejection gets a story that fits it.
"""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from applications.models import Interview, Rejection
from feedback import services
from feedback.models import Tone

SEED = 3

# Company -> what happened to the request, and what came back (who said it, and the words).
STORIES = {
    "Parcelpoint": (
        "replied",
        "Sam (Talent Partner)",
        "Happy to add a bit more. Your experience was a good match and the call went well; "
        "it really came down to the salary gap. Our band for this role tops out below what "
        "you're looking for, and we couldn't stretch it.",
    ),
    "Basketful": (
        "replied",
        "",
        "Thanks for asking. The coding exercise was solid, but in the behavioural interview "
        "your answers stayed quite general. We were listening for specific examples: what "
        "you did, how you did it, and the measurable result. A clearer structure (situation, "
        "task, action, result) would help a lot.",
    ),
    "Quillstream Media": ("no_reply", "", ""),
    "Orbital Analytics": ("dismissed", "", ""),
    "Nimbus HR": ("declined", "", ""),
    "Brightwell Health": (
        "follow_up_replied",
        "",
        "Sorry for the slow reply. The team liked your technical answers. Where you lost "
        "ground was the experience questions: several answers lacked concrete examples of "
        "impact, so it was hard to judge the scope of what you'd owned.",
    ),
    "Tidal Grid": (
        "replied",
        "",
        "You clearly know Python well. In the system design round, though, the discussion "
        "didn't go deep enough on scaling and trade-offs: how the design behaves under load, "
        "what you'd cache, and what fails first.",
    ),
    "Harbour Bank": (
        "unasked",
        "Recruiter, on the phone",
        "Everyone enjoyed meeting you and your communication was excellent. In the end "
        "another candidate had several years in payments, which the team weighted heavily.",
    ),
    "Loomcraft": (
        "replied",
        "",
        "It was close. For a senior role we wanted more evidence of leading work end to end: "
        "owning a project, mentoring, influencing other teams. Your examples were mostly "
        "about your own tasks, without numbers on the outcome.",
    ),
    "Helix Cloud": (
        "replied",
        "",
        "Strong coding round. The system design interview was the weak spot again from our "
        "side: the approach felt unstructured, jumping into components before clarifying "
        "requirements, and we didn't get to capacity or failure modes.",
    ),
    "Learnwise": ("sent", "", ""),
    "Mapleleaf Insurance": ("to_send", "", ""),
}

# The candidate's own notes after interviews, by company.
NOTES = {
    "Basketful": "Rambled on 'tell me about a conflict'. No structure, no outcome. "
    "Prepare five STAR stories with numbers before the next loop.",
    "Brightwell Health": "Technical part felt good. When they asked about impact I talked "
    "about tasks, not results. I need the numbers ready: latency, cost, users.",
    "Tidal Grid": "Blanked on sharding in the design round and went quiet. "
    "Practise two design problems a week, out loud, with a timer.",
    "Helix Cloud": "Jumped straight into boxes and arrows again. Next time: requirements, "
    "scale estimate, then the design. Write that order on a sticky note.",
    "Loomcraft": "They kept asking what I led. I have examples (the billing migration, "
    "onboarding two juniors) but didn't bring them up. Put them at the top of my prep.",
}


def _clamp(moment: datetime) -> datetime:
    return min(moment, timezone.now() - timedelta(minutes=5))


def _working_hours(after: datetime, days: int, tz, rng, hours=(9, 17)) -> datetime:
    """A believable moment `days` after another, in office hours of the user's time zone."""
    day = after.astimezone(tz).date() + timedelta(days=days)
    at = time(rng.randint(*hours), rng.randint(0, 59))
    return _clamp(datetime.combine(day, at, tzinfo=tz))


def seed(user) -> None:
    rng = random.Random(SEED)
    rejections = (
        Rejection.objects.for_user(user)
        .select_related("application__company")
        .order_by("rejected_on", "id")
    )
    for number, rejection in enumerate(rejections):
        story = STORIES.get(rejection.application.company.name)
        if story is not None:
            _tell(rejection, story, Tone.FORMAL if number % 3 == 2 else Tone.WARM, rng)
    _notes(user)


def _tell(rejection, story, tone, rng) -> None:
    fate, from_name, text = story
    tz = rejection.user.tz
    # The morning after the rejection, when the nudge to ask would have arrived.
    asked_at = _working_hours(rejection.created_at, 1, tz, rng, hours=(8, 9))
    if fate == "unasked":
        services.feedback_record(
            rejection=rejection,
            text=text,
            received_on=rejection.rejected_on,
            from_name=from_name,
            at=rejection.created_at,
        )
        return
    request = services.feedback_request_draft(rejection=rejection, tone=tone, at=asked_at)
    if fate == "to_send":
        return
    if fate == "dismissed":
        services.feedback_request_dismiss(request=request, at=asked_at + timedelta(minutes=2))
        return
    sent_at = asked_at + timedelta(minutes=12)
    services.feedback_request_mark_sent(request=request, at=sent_at)
    reply_at = _working_hours(sent_at, rng.randint(2, 6), tz, rng)
    if fate == "follow_up_replied":
        follow_up_at = _working_hours(sent_at, 8, tz, rng, hours=(8, 9))
        body = services.follow_up_draft(request).body
        services.feedback_request_follow_up(request=request, body=body, at=follow_up_at)
        reply_at = _working_hours(follow_up_at, 2, tz, rng)
    if fate in ("replied", "follow_up_replied"):
        services.feedback_record(
            rejection=rejection,
            request=request,
            text=text,
            received_on=reply_at.astimezone(rejection.user.tz).date(),
            from_name=from_name,
            at=reply_at,
        )
    elif fate == "declined":
        services.feedback_request_decline(request=request, at=reply_at)
    elif fate == "no_reply":
        services.feedback_request_no_reply(
            request=request, at=_working_hours(sent_at, 16, tz, rng, hours=(18, 20))
        )


def _notes(user) -> None:
    now = timezone.now()
    interviews = (
        Interview.objects.for_user(user)
        .filter(starts_at__lt=now)
        .select_related("application__company")
        .order_by("application_id", "-starts_at")
    )
    done = set()
    for interview in interviews:
        application = interview.application
        text = NOTES.get(application.company.name)
        if text is None or application.pk in done:
            continue
        done.add(application.pk)
        services.reflection_add(
            application=application,
            interview=interview,
            text=text,
            at=_clamp(interview.ends_at + timedelta(hours=3)),
        )
