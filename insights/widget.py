"""The themes-under-a-text widget: what was read in one text, and the user's corrections."""

from django.urls import reverse

from insights.forms import MentionAddForm
from insights.models import Origin, SourceKind
from insights.services import mentions_of, source_kind

ADD_URLS = {
    SourceKind.REJECTION_REASON: "insights_rejection_mention_add",
    SourceKind.FEEDBACK: "insights_feedback_mention_add",
    SourceKind.REFLECTION: "insights_reflection_mention_add",
    SourceKind.INTERVIEW_ASSESSMENT: "insights_interview_mention_add",
}


def widget_context(source, form=None) -> dict:
    kind = source_kind(source)
    mentions = list(mentions_of(source).order_by("polarity", "theme"))
    return {
        "source": source,
        "kind": kind,
        "widget_id": f"themes-{kind}-{source.pk}",
        "mentions": [m for m in mentions if m.origin != Origin.REMOVED],
        "removed": [m for m in mentions if m.origin == Origin.REMOVED],
        "add_url": reverse(ADD_URLS[kind], args=[source.pk]),
        "form": form or MentionAddForm(auto_id=f"id_%s_{kind}_{source.pk}"),
        "open": form is not None,
    }
