"""The user's word always wins over the classifier's, and survives re-reading."""

import pytest

from applications.services import rejection_log
from feedback.models import Feedback, Reflection
from insights import services
from insights.models import Origin, ThemeMention
from tests.factories import ApplicationFactory, RejectionFactory

pytestmark = pytest.mark.django_db

COMMS = ("communication", "weakness", "answers were hard to follow")
PREP = ("preparation", "weakness", "no questions prepared")
PRAISE = ("technical_skills", "strength", "strong Python")


def _state(source):
    return sorted((m.theme, m.polarity, m.origin, m.evidence) for m in services.mentions_of(source))


def test_it_stores_what_a_rejection_reason_names(user, readings):
    readings["Your answers were hard to follow."] = [COMMS, PRAISE]
    rejection = RejectionFactory(user=user, reason="Your answers were hard to follow.")

    services.mentions_refresh(source=rejection)

    assert _state(rejection) == [
        ("communication", "weakness", "auto", "answers were hard to follow"),
        ("technical_skills", "strength", "auto", "strong Python"),
    ]
    mention = ThemeMention.objects.get(theme="communication")
    assert mention.rejection == rejection
    assert mention.application == rejection.application
    assert mention.source_kind == "rejection_reason"


def test_it_reads_the_reason_when_a_rejection_is_logged(user, readings):
    readings["No questions prepared."] = [PREP]
    application = ApplicationFactory(user=user)

    rejection_log(application=application, reason="No questions prepared.")

    assert _state(application.rejection) == [
        ("preparation", "weakness", "auto", "no questions prepared")
    ]


def test_it_ignores_a_reading_whose_polarity_breaks_the_contract(user, readings):
    readings["x"] = [("logistics", "weakness", "Berlin"), ("competition", "external", "another")]
    rejection = RejectionFactory(user=user, reason="x")

    services.mentions_refresh(source=rejection)

    assert _state(rejection) == [("competition", "external", "auto", "another")]


def test_it_replaces_automatic_mentions_when_the_text_changes(user, readings):
    readings["first"] = [COMMS]
    readings["second"] = [PREP]
    rejection = RejectionFactory(user=user, reason="first")
    services.mentions_refresh(source=rejection)

    rejection.reason = "second"
    services.mentions_refresh(source=rejection)

    assert _state(rejection) == [("preparation", "weakness", "auto", "no questions prepared")]


def test_it_keeps_a_confirmed_mention_the_classifier_no_longer_finds(user, readings):
    readings["text"] = [COMMS]
    rejection = RejectionFactory(user=user, reason="text")
    (mention,) = services.mentions_refresh(source=rejection)
    services.mention_confirm(mention=mention)

    readings["text"] = []
    services.texts_reclassify(user=user)

    assert _state(rejection) == [
        ("communication", "weakness", "confirmed", "answers were hard to follow")
    ]


def test_it_never_brings_back_a_removed_mention(user, readings):
    readings["text"] = [COMMS, PREP]
    rejection = RejectionFactory(user=user, reason="text")
    services.mentions_refresh(source=rejection)
    services.mention_remove(mention=ThemeMention.objects.get(theme="communication"))

    services.texts_reclassify(user=user)
    services.texts_reclassify()

    assert _state(rejection) == [
        ("communication", "weakness", "removed", "answers were hard to follow"),
        ("preparation", "weakness", "auto", "no questions prepared"),
    ]


def test_it_keeps_an_added_mention_through_reclassification(user, readings):
    rejection = RejectionFactory(user=user, reason="Not this time.")
    services.mention_add(
        source=rejection, theme="motivation", polarity="weakness", evidence="why us?"
    )

    services.texts_reclassify(user=user)

    assert _state(rejection) == [("motivation", "weakness", "added", "why us?")]


def test_it_deletes_an_added_mention_outright_when_removed(user, readings):
    rejection = RejectionFactory(user=user, reason="")
    mention = services.mention_add(source=rejection, theme="logistics", polarity="external")

    services.mention_remove(mention=mention)

    assert _state(rejection) == []


def test_it_makes_an_added_mention_of_a_found_theme_the_users(user, readings):
    readings["text"] = [COMMS]
    rejection = RejectionFactory(user=user, reason="text")
    services.mentions_refresh(source=rejection)

    services.mention_add(source=rejection, theme="communication", polarity="weakness")
    readings["text"] = []
    services.texts_reclassify(user=user)

    assert _state(rejection) == [
        ("communication", "weakness", "confirmed", "answers were hard to follow")
    ]


def test_it_restores_a_removed_mention_when_confirmed(user, readings):
    readings["text"] = [COMMS]
    rejection = RejectionFactory(user=user, reason="text")
    (mention,) = services.mentions_refresh(source=rejection)
    services.mention_remove(mention=mention)

    services.mention_confirm(mention=mention)

    assert _state(rejection)[0][2] == "confirmed"


def test_it_refuses_a_theme_with_the_wrong_polarity(user):
    rejection = RejectionFactory(user=user)
    with pytest.raises(ValueError):
        services.mention_add(source=rejection, theme="competition", polarity="strength")


def test_it_links_earlier_texts_to_the_rejection_once_it_is_logged(user, readings):
    readings["I rambled."] = [("communication", "weakness", "I rambled")]
    application = ApplicationFactory(user=user)
    reflection = Reflection.objects.create(user=user, application=application, text="I rambled.")
    services.mentions_refresh(source=reflection)
    assert ThemeMention.objects.get().rejection is None

    rejection_log(application=application, reason="")

    assert ThemeMention.objects.get().rejection == application.rejection


def test_it_reads_feedback_against_its_rejection(user, readings):
    readings["Great SQL."] = [("technical_skills", "strength", "Great SQL")]
    rejection = RejectionFactory(user=user)
    feedback = Feedback.objects.create(
        user=user, rejection=rejection, text="Great SQL.", received_on=rejection.rejected_on
    )

    services.mentions_refresh(source=feedback)

    mention = ThemeMention.objects.get(source_kind="feedback")
    assert (mention.feedback, mention.rejection) == (feedback, rejection)


def test_it_reclassifies_only_the_given_users_texts(user, other_user, readings):
    readings["text"] = [COMMS]
    mine = RejectionFactory(user=user, reason="text")
    theirs = RejectionFactory(user=other_user, reason="text")

    count = services.texts_reclassify(user=user)

    assert count == 1
    assert _state(mine) and not _state(theirs)


def test_it_reads_the_real_classifier_end_to_end(user):
    rejection = RejectionFactory(user=user, reason="We've decided to fill the role internally.")

    services.mentions_refresh(source=rejection)

    assert [(m.theme, m.polarity, m.origin) for m in services.mentions_of(rejection)] == [
        ("position_change", "external", Origin.AUTO)
    ]


def test_it_saves_the_text_even_when_the_classifier_fails(user, monkeypatch, caplog):
    def broken(text):
        raise RuntimeError("lexicon bug")

    monkeypatch.setattr(services, "read_text", broken)
    application = ApplicationFactory(user=user)

    rejection = rejection_log(application=application, reason="Anything at all.")

    assert rejection.pk and application.status == "rejected"
    assert not ThemeMention.objects.exists()
    assert "Could not read themes" in caplog.text
