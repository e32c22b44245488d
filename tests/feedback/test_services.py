"""The feedback loop's workflows: state changes, the rules they keep, and the timeline."""

import datetime as dt

import pytest
import time_machine

from applications.models import ContactRole, InterviewRound, Status
from applications.timeline import application_timeline
from feedback import services
from feedback.models import (
    FeedbackError,
    InvalidTransition,
    MessageTemplate,
    RequestStatus,
    Situation,
    Tone,
)
from tests import factories as f

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 3, 20, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def _rejection(user, **kwargs):
    return f.RejectionFactory(user=user, **kwargs)


def _create(rejection, **kwargs):
    fields = {
        "recipient_name": "Priya Shah",
        "recipient_email": "priya@example.com",
        "subject": "Feedback",
        "body": "Hi Priya, any feedback?",
        "situation": Situation.APPLICATION,
        **kwargs,
    }
    return services.feedback_request_create(rejection=rejection, **fields)


def test_it_refuses_a_request_for_an_application_that_is_not_rejected(user):
    rejection = _rejection(user)
    rejection.application.status = Status.INTERVIEWING
    rejection.application.save()

    with pytest.raises(FeedbackError, match="once the application is marked as rejected"):
        _create(rejection)


def test_it_creates_a_request_waiting_to_be_sent(user):
    fr = _create(_rejection(user))
    assert fr.status == RequestStatus.TO_SEND and fr.sent_at is None
    assert fr.user == user and fr.is_draft


def test_it_marks_a_request_sent_once_with_the_date(user):
    fr = _create(_rejection(user))
    services.feedback_request_mark_sent(request=fr)

    fr.refresh_from_db()
    assert fr.status == RequestStatus.SENT and fr.sent_at == NOW
    with pytest.raises(InvalidTransition, match="already marked as sent"):
        services.feedback_request_mark_sent(request=fr)


def test_it_allows_one_follow_up_and_never_a_second(user):
    fr = _create(_rejection(user))
    with pytest.raises(InvalidTransition):
        services.feedback_request_follow_up(request=fr, body="Just checking in")
    services.feedback_request_mark_sent(request=fr)

    services.feedback_request_follow_up(request=fr, body="Just checking in")
    fr.refresh_from_db()
    assert fr.followed_up_at == NOW and fr.followup_body == "Just checking in"
    assert not fr.can_follow_up
    with pytest.raises(InvalidTransition, match="already followed up once"):
        services.feedback_request_follow_up(request=fr, body="Again?")


def test_it_offers_the_follow_up_a_week_after_sending(user):
    fr = _create(_rejection(user))
    services.feedback_request_mark_sent(request=fr)
    assert services.follow_up_due_on(fr) == dt.date(2026, 3, 27)
    draft = services.follow_up_draft(fr)
    assert draft.subject == "Re: Feedback" and "20 March" in draft.body


def test_it_records_feedback_and_marks_the_request_replied(user):
    fr = _create(_rejection(user))
    services.feedback_request_mark_sent(request=fr)

    feedback = services.feedback_record(
        rejection=fr.rejection, request=fr, text=" More SQL depth, please. ", received_on=NOW.date()
    )

    fr.refresh_from_db()
    assert fr.status == RequestStatus.REPLIED and fr.replied_at == NOW
    assert feedback.text == "More SQL depth, please." and feedback.from_name == "Priya Shah"
    assert feedback.request == fr


def test_it_refuses_a_reply_dated_before_the_request(user):
    with time_machine.travel(NOW - dt.timedelta(days=2), tick=False):
        fr = _create(_rejection(user))
        services.feedback_request_mark_sent(request=fr)

    with pytest.raises(FeedbackError, match="can't come before you asked"):
        services.feedback_record(
            rejection=fr.rejection,
            request=fr,
            text="Thanks",
            received_on=NOW.date() - dt.timedelta(days=3),
        )
    fr.refresh_from_db()
    assert fr.status == RequestStatus.SENT and not fr.replies.exists()


def test_it_refuses_a_reply_dated_in_the_future(user):
    with pytest.raises(FeedbackError, match="in the future"):
        services.feedback_record(
            rejection=_rejection(user), text="x", received_on=NOW.date() + dt.timedelta(days=2)
        )


def test_it_files_unsolicited_feedback_under_the_request_that_awaits_it(user):
    fr = _create(_rejection(user))
    services.feedback_request_mark_sent(request=fr)

    feedback = services.feedback_record(
        rejection=fr.rejection, text="Strong, but less experience.", received_on=NOW.date()
    )

    fr.refresh_from_db()
    assert feedback.request == fr and fr.status == RequestStatus.REPLIED


def test_it_keeps_feedback_without_any_request(user):
    rejection = _rejection(user)
    feedback = services.feedback_record(
        rejection=rejection, text="Told me on the call: more leadership.", received_on=NOW.date()
    )
    assert feedback.request is None and feedback.from_name == ""


def test_it_treats_a_reply_to_an_unsent_draft_as_proof_it_went_out(user):
    fr = _create(_rejection(user))
    services.feedback_record(rejection=fr.rejection, request=fr, text="Ok", received_on=NOW.date())
    fr.refresh_from_db()
    assert fr.status == RequestStatus.REPLIED and fr.sent_at == fr.created_at


def test_it_closes_a_request_as_declined_or_no_reply_and_still_takes_a_late_reply(user):
    declined = _create(_rejection(user))
    services.feedback_request_mark_sent(request=declined)
    services.feedback_request_decline(request=declined)
    assert declined.status == RequestStatus.DECLINED and declined.replied_at == NOW
    with pytest.raises(InvalidTransition):
        services.feedback_request_no_reply(request=declined)

    quiet = _create(_rejection(user))
    with pytest.raises(InvalidTransition, match="Mark the request as sent first"):
        services.feedback_request_decline(request=quiet)
    services.feedback_request_mark_sent(request=quiet)
    services.feedback_request_no_reply(request=quiet)
    assert quiet.status == RequestStatus.NO_REPLY
    services.feedback_record(
        rejection=quiet.rejection, request=quiet, text="Sorry for the delay", received_on=NOW.date()
    )
    quiet.refresh_from_db()
    assert quiet.status == RequestStatus.REPLIED


def test_it_dismisses_only_a_request_that_has_not_been_sent(user):
    fr = _create(_rejection(user))
    services.feedback_request_dismiss(request=fr)
    assert fr.dismissed_at == NOW and not fr.is_draft
    services.feedback_request_mark_sent(request=fr)
    assert fr.dismissed_at is None
    with pytest.raises(InvalidTransition):
        services.feedback_request_dismiss(request=fr)


def test_it_refuses_to_edit_a_request_once_sent(user):
    fr = _create(_rejection(user))
    services.feedback_request_update(request=fr, body="New words")
    assert fr.body == "New words"
    services.feedback_request_mark_sent(request=fr)
    with pytest.raises(InvalidTransition, match="can't be edited"):
        services.feedback_request_update(request=fr, body="Too late")


def test_it_drafts_to_the_hiring_manager_after_interviews_naming_the_last_round(user):
    user.first_name, user.last_name = "Sam", "Lee"
    user.save()
    rejection = _rejection(user, stage=Status.INTERVIEWING)
    application = rejection.application
    recruiter = f.ContactFactory(user=user, company=application.company, role=ContactRole.RECRUITER)
    manager = f.ContactFactory(
        user=user, company=application.company, role=ContactRole.HIRING_MANAGER, name="Max Müller"
    )
    recruiter.applications.add(application)
    manager.applications.add(application)
    f.InterviewFactory(
        user=user,
        application=application,
        round=InterviewRound.PHONE_SCREEN,
        starts_at=NOW - dt.timedelta(days=20),
    )
    # 23:30 UTC is already the next day in Berlin: the draft uses the user's own calendar.
    user.time_zone = "Europe/Berlin"
    user.save()
    f.InterviewFactory(
        user=user,
        application=application,
        round=InterviewRound.TECHNICAL,
        starts_at=dt.datetime(2026, 3, 9, 23, 30, tzinfo=dt.UTC),
    )
    f.InterviewFactory(  # a future one hasn't happened, so it isn't "the last round"
        user=user,
        application=application,
        round=InterviewRound.FINAL,
        starts_at=NOW + dt.timedelta(days=3),
    )

    choice = services.draft_for(rejection=rejection)

    assert choice.situation == Situation.INTERVIEWS and choice.tone == Tone.WARM
    assert choice.contact == manager and choice.recipient_name == "Max Müller"
    assert choice.body.startswith("Hi Max,")
    assert "technical interview on 10 March" in choice.body
    assert application.role_title in choice.subject
    assert choice.body.rstrip().endswith("Sam Lee")


def test_it_drafts_to_the_recruiter_after_an_application_and_uses_company_contacts(user):
    rejection = _rejection(user)
    f.ContactFactory(
        user=user, company=rejection.application.company, role=ContactRole.RECRUITER, name="Rae Ng"
    )
    f.ContactFactory(user=user, role=ContactRole.RECRUITER, name="Elsewhere Person")
    other_users_contact = f.ContactFactory(company=f.CompanyFactory(), role=ContactRole.RECRUITER)

    choice = services.draft_for(rejection=rejection)

    assert choice.situation == Situation.APPLICATION and choice.recipient_name == "Rae Ng"
    assert other_users_contact not in services.contacts_for(rejection.application)


def test_it_drafts_for_nobody_in_particular_when_there_are_no_contacts(user):
    choice = services.draft_for(rejection=_rejection(user), tone=Tone.FORMAL)
    assert choice.contact is None and choice.recipient_name == "" and choice.recipient_email == ""
    assert choice.body.startswith("Dear Hiring Team,")


def test_it_starts_from_the_users_default_template_when_it_fits(user):
    rejection = _rejection(user)
    services.message_template_save(
        template=MessageTemplate(
            user=user,
            name="Mine",
            situation=Situation.APPLICATION,
            tone=Tone.FORMAL,
            subject="About {role}",
            body="Dear {contact}, {company} {unknown}",
            is_default=True,
        )
    )
    choice = services.draft_for(rejection=rejection)
    assert choice.subject == f"About {rejection.application.role_title}"
    assert choice.body == f"Dear Hiring team, {rejection.application.company.name} {{unknown}}"
    assert choice.tone == Tone.FORMAL

    assert services.draft_for(rejection=rejection, use_default_template=False).template is None
    screened = _rejection(user, stage=Status.SCREENING)
    assert services.draft_for(rejection=screened).template is None  # made for another stage


def test_it_keeps_one_default_template_per_user(user, other_user):
    first = services.message_template_save(
        template=f.MessageTemplateFactory.build(user=user, is_default=True)
    )
    theirs = services.message_template_save(
        template=f.MessageTemplateFactory.build(user=other_user, is_default=True)
    )
    second = services.message_template_save(
        template=f.MessageTemplateFactory.build(user=user, is_default=True)
    )

    first.refresh_from_db()
    theirs.refresh_from_db()
    assert not first.is_default and second.is_default and theirs.is_default


def test_it_adds_reflections_only_about_the_same_application(user):
    application = f.ApplicationFactory(user=user)
    interview = f.InterviewFactory(user=user, application=application)
    note = services.reflection_add(application=application, text=" Rambled. ", interview=interview)
    assert note.text == "Rambled." and note.interview == interview

    elsewhere = f.InterviewFactory(user=user)
    with pytest.raises(FeedbackError, match="different application"):
        services.reflection_add(application=application, text="x", interview=elsewhere)
    with pytest.raises(FeedbackError):
        services.reflection_add(application=application, text="   ")


def test_it_keeps_the_rejection_reflection(user):
    rejection = _rejection(user)
    services.rejection_reflect(
        rejection=rejection, feeling=2, feeling_note=" Gutted. ", takeaway="Practise SQL."
    )
    rejection.refresh_from_db()
    assert (rejection.feeling, rejection.feeling_note, rejection.takeaway) == (
        2,
        "Gutted.",
        "Practise SQL.",
    )


def test_it_puts_the_whole_loop_on_the_application_timeline_in_order(user):
    rejection = _rejection(user)
    application = rejection.application
    with time_machine.travel(NOW - dt.timedelta(days=9), tick=False):
        fr = _create(rejection)
    with time_machine.travel(NOW - dt.timedelta(days=8), tick=False):
        services.feedback_request_mark_sent(request=fr)
    with time_machine.travel(NOW - dt.timedelta(days=1), tick=False):
        services.feedback_request_follow_up(request=fr, body="Any news?")
    services.feedback_record(
        rejection=rejection, request=fr, text="More SQL.", received_on=NOW.date()
    )
    services.reflection_add(application=application, text="I should drill window functions.")

    entries = [
        e
        for e in application_timeline(application)
        if e.kind in {"feedback_request", "feedback", "reflection"}
    ]

    titles = [e.title for e in entries]
    assert titles == [
        "Feedback request drafted to Priya Shah",
        "Asked Priya Shah for feedback",
        "Followed up with Priya Shah",
        "Feedback received from Priya Shah",
        "Your notes",
    ]
    timeline = application_timeline(application)
    assert [e.at for e in timeline] == sorted(e.at for e in timeline)
    assert entries[3].detail == "More SQL."


def test_it_puts_the_rejection_reflection_right_after_the_rejection(user):
    rejection = _rejection(user)
    services.rejection_reflect(
        rejection=rejection, feeling=2, feeling_note="", takeaway="More SQL."
    )
    kinds = [(e.kind, e.detail) for e in application_timeline(rejection.application)]
    at = kinds.index(("reflection", "More SQL."))
    assert kinds[at - 1][0] == "rejection"


def test_it_shows_a_decline_on_the_timeline(user):
    fr = _create(_rejection(user))
    services.feedback_request_mark_sent(request=fr)
    services.feedback_request_decline(request=fr)
    titles = [e.title for e in application_timeline(fr.application)]
    assert "Feedback request: declined" in titles


def test_it_keeps_a_dismissed_draft_when_the_user_skips_asking(user):
    rejection = _rejection(user)
    fr = services.feedback_request_skip(rejection=rejection)
    assert fr.dismissed_at == NOW and fr.recipient_name == "Hiring team"
    assert fr.body.startswith("Hello,") and not fr.is_draft
