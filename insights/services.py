"""Theme mentions: reading a saved text, and the user's corrections, which always win.

The places that save a text (a rejection reason, a feedback, a reflection, an interview
self-assessment) call `mentions_refresh(source=...)` inside their own transaction.
Only automatic mentions are ever replaced; confirmed, added and removed ones are the
user's word and survive any re-reading, including `manage.py reclassify`.
"""

import logging

from django.db import transaction

from applications.models import Interview, Rejection
from insights import classifier
from insights.models import (
    SOURCE_FIELDS,
    Origin,
    SourceKind,
    ThemeMention,
    polarity_fits,
)

log = logging.getLogger(__name__)

_ASSESSMENT_FIELDS = ("went_well", "to_improve", "caught_off_guard", "answer_differently")


def read_text(text: str) -> list[tuple[str, str, str]]:
    """(theme, polarity, evidence) found in a text; the one place the classifier is called."""
    if not text.strip():
        return []
    return [tuple(m) for m in classifier.classify(text).mentions]


def classifier_version() -> str:
    return str(getattr(classifier, "CLASSIFIER_VERSION", ""))


def source_kind(source) -> str:
    from feedback.models import Feedback, Reflection

    if isinstance(source, Feedback):
        return SourceKind.FEEDBACK
    if isinstance(source, Reflection):
        return SourceKind.REFLECTION
    if isinstance(source, Rejection):
        return SourceKind.REJECTION_REASON
    if isinstance(source, Interview):
        return SourceKind.INTERVIEW_ASSESSMENT
    raise TypeError(f"No theme mentions are read from {type(source).__name__}")


def source_text(source) -> str:
    kind = source_kind(source)
    if kind == SourceKind.REJECTION_REASON:
        return source.reason
    if kind == SourceKind.INTERVIEW_ASSESSMENT:
        return "\n".join(getattr(source, f) for f in _ASSESSMENT_FIELDS if getattr(source, f))
    return source.text


def source_links(source) -> dict:
    """The denormalised application and rejection of a text, from wherever it hangs."""
    kind = source_kind(source)
    if kind == SourceKind.REJECTION_REASON:
        return {"application_id": source.application_id, "rejection_id": source.pk}
    if kind == SourceKind.FEEDBACK:
        return {
            "application_id": source.rejection.application_id,
            "rejection_id": source.rejection_id,
        }
    application_id = source.application_id
    rejection_id = getattr(source, "rejection_id", None)
    if rejection_id is None:
        rejection_id = (
            Rejection.objects.filter(application_id=application_id)
            .values_list("pk", flat=True)
            .first()
        )
    return {"application_id": application_id, "rejection_id": rejection_id}


def mentions_of(source):
    kind = source_kind(source)
    return ThemeMention.objects.filter(
        user_id=source.user_id, source_kind=kind, **{SOURCE_FIELDS[kind]: source}
    )


@transaction.atomic
def mentions_refresh(*, source, readings=None) -> list[ThemeMention]:
    """Read a saved text again; replace its automatic mentions, keep the user's.

    `readings` (theme, polarity, evidence) can be passed when they are already known.
    """
    kind = source_kind(source)
    if readings is None:
        try:
            readings = read_text(source_text(source))
        except Exception:
            # A reading that fails must never stop the user's text from being saved: keep
            # what was there, and let the next `manage.py reclassify` try again.
            log.exception("Could not read themes from %s %s", kind, source.pk)
            return list(mentions_of(source).exclude(origin=Origin.REMOVED))
    links = source_links(source)
    version = classifier_version()
    existing = {(m.theme, m.polarity): m for m in mentions_of(source).select_for_update()}
    found = {}
    for theme, polarity, evidence in readings:
        if polarity_fits(theme, polarity):
            found.setdefault((theme, polarity), evidence[:500])
    for key, mention in existing.items():
        if mention.origin == Origin.AUTO and key not in found:
            mention.delete()
    for (theme, polarity), evidence in found.items():
        mention = existing.get((theme, polarity))
        if mention is None:
            ThemeMention.objects.create(
                user_id=source.user_id,
                theme=theme,
                polarity=polarity,
                evidence=evidence,
                source_kind=kind,
                classifier_version=version,
                **{SOURCE_FIELDS[kind]: source},
                **links,
            )
        elif mention.origin == Origin.AUTO:
            mention.evidence = evidence
            mention.classifier_version = version
            mention.save(update_fields=["evidence", "classifier_version"])
    # The text may have moved (a reflection linked to a rejection later): keep the links true.
    mentions_of(source).exclude(**links).update(**links)
    if kind == SourceKind.REJECTION_REASON:
        # Texts written before the rejection was logged now count towards it too.
        ThemeMention.objects.filter(
            application_id=source.application_id, rejection__isnull=True
        ).update(rejection=source)
    return list(mentions_of(source).exclude(origin=Origin.REMOVED))


def mention_confirm(*, mention: ThemeMention) -> ThemeMention:
    """The user agrees with a reading (or restores one they removed)."""
    if mention.origin in (Origin.AUTO, Origin.REMOVED):
        mention.origin = Origin.CONFIRMED
        mention.save(update_fields=["origin"])
    return mention


def mention_remove(*, mention: ThemeMention) -> None:
    """An added mention just goes; a found one stays as a tombstone so it never comes back."""
    if mention.origin == Origin.ADDED:
        mention.delete()
        return
    mention.origin = Origin.REMOVED
    mention.save(update_fields=["origin"])


@transaction.atomic
def mention_add(*, source, theme: str, polarity: str, evidence: str = "") -> ThemeMention:
    if not polarity_fits(theme, polarity):
        raise ValueError(f"{theme} can't be a {polarity}")
    kind = source_kind(source)
    mention = mentions_of(source).filter(theme=theme, polarity=polarity).first()
    if mention is None:
        return ThemeMention.objects.create(
            user_id=source.user_id,
            theme=theme,
            polarity=polarity,
            evidence=evidence[:500],
            origin=Origin.ADDED,
            source_kind=kind,
            **{SOURCE_FIELDS[kind]: source},
            **source_links(source),
        )
    # Already there (found, or removed earlier): the user's word makes it theirs.
    mention.origin = Origin.ADDED if mention.origin == Origin.REMOVED else Origin.CONFIRMED
    if evidence:
        mention.evidence = evidence[:500]
    mention.save(update_fields=["origin", "evidence"])
    return mention


def texts_of(user=None):
    """Every text mentions are read from, for one user or for everyone."""
    from feedback.models import Feedback, Reflection

    def mine(qs):
        return qs if user is None else qs.filter(user=user)

    yield from mine(Rejection.objects.select_related("application")).iterator(chunk_size=500)
    yield from mine(Feedback.objects.select_related("rejection")).iterator(chunk_size=500)
    yield from mine(Reflection.objects.all()).iterator(chunk_size=500)
    yield from mine(Interview.objects.exclude(self_assessed_at=None)).iterator(chunk_size=500)


def texts_reclassify(*, user=None) -> int:
    """Read every text again after a classifier upgrade; only automatic mentions change."""
    count = 0
    for source in texts_of(user):
        mentions_refresh(source=source)
        count += 1
    return count
