"""The feedback loop's lines on an application's timeline (registered in FeedbackConfig.ready)."""

from collections.abc import Iterable

from django.urls import reverse

from applications.models import Application
from applications.timeline import Entry, day_start, register, rejection_at
from feedback.models import Feedback, FeedbackRequest, Reflection


def feedback_entries(application: Application) -> Iterable[Entry]:
    user = application.user
    rejection = getattr(application, "rejection", None)
    if rejection is not None and (rejection.takeaway or rejection.feeling_note):
        # Dated with the rejection it is about; registered after it, so it sorts just after it.
        yield Entry(
            at=rejection_at(rejection),
            kind="reflection",
            title="Your reflection on the rejection",
            detail=rejection.takeaway or rejection.feeling_note,
            url=reverse("feedback_rejection", args=[rejection.pk]),
            date_only=True,
        )
    requests = FeedbackRequest.objects.for_user(user).filter(rejection__application=application)
    for fr in requests:
        url = fr.get_absolute_url()
        yield Entry(
            at=fr.created_at,
            kind="feedback_request",
            title=f"Feedback request drafted to {fr.recipient_name}",
            url=url,
        )
        if fr.sent_at:
            yield Entry(
                at=fr.sent_at,
                kind="feedback_request",
                title=f"Asked {fr.recipient_name} for feedback",
                url=url,
            )
        if fr.followed_up_at:
            yield Entry(
                at=fr.followed_up_at,
                kind="feedback_request",
                title=f"Followed up with {fr.recipient_name}",
                url=url,
            )
        if fr.replied_at and fr.status != "replied":
            # A reply shows as the feedback itself; a decline or silence gets its own line.
            yield Entry(
                at=fr.replied_at,
                kind="feedback_request",
                title=f"Feedback request: {fr.get_status_display().lower()}",
                url=url,
            )
    feedback = Feedback.objects.for_user(user).filter(rejection__application=application)
    for item in feedback:
        who = f" from {item.from_name}" if item.from_name else ""
        yield Entry(
            at=day_start(item.received_on, user.tz),
            kind="feedback",
            title=f"Feedback received{who}",
            detail=item.text,
            date_only=True,
        )
    notes = Reflection.objects.for_user(user).filter(application=application)
    for note in notes.select_related("interview"):
        about = f" on the {note.interview.get_round_display().lower()}" if note.interview else ""
        yield Entry(
            at=note.created_at,
            kind="reflection",
            title=f"Your notes{about}",
            detail=note.text,
            url=reverse("reflection_edit", args=[note.pk]),
        )


register(feedback_entries)
