"""Asking for feedback: the Feedback page, drafting a request, and moving it along."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from applications.models import Status
from feedback import drafts, services
from feedback.forms import AskForm, DraftForm, FeedbackForm, FollowUpForm
from feedback.models import (
    FeedbackError,
    FeedbackRequest,
    MessageTemplate,
    RequestStatus,
    Situation,
    Tone,
)
from feedback.views._common import get_rejection, get_request, render_page

FILTERS = {
    "": ("All", Q()),
    "to_send": ("To send", Q(status=RequestStatus.TO_SEND, dismissed_at__isnull=True)),
    "awaiting": ("Awaiting reply", Q(status=RequestStatus.SENT)),
    "replied": ("Replied", Q(status=RequestStatus.REPLIED)),
}
PAGE_SIZE = 50


def feedback_list(request):
    show = request.GET.get("show", "")
    if show not in FILTERS:
        show = ""
    mine = FeedbackRequest.objects.for_user(request.user)
    counts = mine.aggregate(
        **{key or "all": Count("id", filter=q) for key, (_, q) in FILTERS.items()}
    )
    requests = (
        mine.filter(FILTERS[show][1])
        .select_related("rejection__application__company")
        .annotate(reply_count=Count("replies"))
        .order_by("-created_at", "-id")
    )
    page = Paginator(requests, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "show": show,
        "filters": [(key, label, counts[key or "all"]) for key, (label, _) in FILTERS.items()],
        "has_templates": MessageTemplate.objects.for_user(request.user).exists(),
    }
    return render_page(request, "feedback/list.html", context, "list")


def _pick(value, choices):
    return value if value in dict(choices) else None


def _draft_from_query(request, rejection, contacts, templates):
    """The draft the 'Ask for feedback' form starts from, steered by the pickers on the form."""
    query = request.GET
    contact = None
    if query.get("contact"):
        contact = next((c for c in contacts if str(c.pk) == query["contact"]), None)
    template, use_default = None, True
    if query.get("template") == "builtin":
        use_default = False
    elif query.get("template"):
        template = next((t for t in templates if str(t.pk) == query["template"]), None)
    return services.draft_for(
        rejection=rejection,
        situation=_pick(query.get("situation"), Situation.choices),
        tone=_pick(query.get("tone"), Tone.choices),
        contact=contact,
        template=template,
        use_default_template=use_default,
        # "Someone else" on the picker: the user types who, so nobody is picked for them.
        pick_contact=not ("contact" in query and not query["contact"]),
    )


def feedback_request_new(request, rejection_id):
    rejection = get_rejection(request, rejection_id)
    application = rejection.application
    if application.status != Status.REJECTED:
        messages.error(
            request,
            "You can ask for feedback once the application is marked as rejected; "
            f"this one is “{application.get_status_display()}”.",
        )
        return redirect(application)
    contacts = services.contacts_for(application)
    templates = list(MessageTemplate.objects.for_user(request.user))
    if request.method == "POST":
        form = AskForm(request.POST, contacts=contacts, templates=templates)
        if form.is_valid():
            data = form.cleaned_data
            try:
                with transaction.atomic():
                    feedback_request = services.feedback_request_create(
                        rejection=rejection,
                        contact=data["contact"],
                        recipient_name=data["recipient_name"],
                        recipient_email=data["recipient_email"],
                        subject=data["subject"],
                        body=data["body"],
                        situation=data["situation"],
                        tone=data["tone"],
                    )
                    if "send" in request.POST:
                        services.feedback_request_mark_sent(request=feedback_request)
            except FeedbackError as error:
                messages.error(request, str(error))
                return redirect(application)
            if "send" in request.POST:
                messages.success(request, "Marked as sent. Well done for asking.")
            else:
                messages.success(
                    request, "Draft saved. Send it from your mail program, then mark it sent."
                )
            return redirect(feedback_request)
    else:
        choice = _draft_from_query(request, rejection, contacts, templates)
        form = AskForm(
            initial={
                "contact": choice.contact,
                "recipient_name": choice.recipient_name,
                "recipient_email": choice.recipient_email,
                "situation": choice.situation,
                "tone": choice.tone,
                "subject": choice.subject,
                "body": choice.body,
                "template": str(choice.template.pk) if choice.template else "builtin",
            },
            contacts=contacts,
            templates=templates,
        )
    values = {name: form[name].value() or "" for name in ("recipient_email", "subject", "body")}
    context = {
        "form": form,
        "rejection": rejection,
        "application": application,
        "contacts": contacts,
        "mailto": drafts.mailto_url(values["recipient_email"], values["subject"], values["body"]),
    }
    return render_page(request, "feedback/ask.html", context, "draft")


def _detail_context(feedback_request, *, draft_form=None, follow_up_form=None, reply_form=None):
    fr = feedback_request
    user = fr.user
    context = {"fr": fr, "application": fr.application, "rejection": fr.rejection}
    if fr.status == RequestStatus.TO_SEND:
        context["draft_form"] = draft_form or DraftForm(instance=fr)
        context["mailto"] = drafts.mailto_url(fr.recipient_email, fr.subject, fr.body)
    else:
        context["sent_mailto"] = drafts.mailto_url(fr.recipient_email, fr.subject, fr.body)
    if fr.can_follow_up:
        draft = services.follow_up_draft(fr)
        context["follow_up_form"] = follow_up_form or FollowUpForm(initial={"body": draft.body})
        context["follow_up_subject"] = draft.subject
        body = context["follow_up_form"]["body"].value() or ""
        context["follow_up_mailto"] = drafts.mailto_url(fr.recipient_email, draft.subject, body)
        context["follow_up_due"] = services.follow_up_due_on(fr)
        context["follow_up_early"] = context["follow_up_due"] > user.local_today()
    if fr.status != RequestStatus.TO_SEND:
        context["reply_form"] = reply_form or FeedbackForm(user=user, request=fr)
    context["replies"] = list(fr.replies.all())
    return context


def _show(request, feedback_request, status=200, **forms):
    context = _detail_context(feedback_request, **forms)
    return render_page(request, "feedback/request_detail.html", context, "panel", status=status)


def _done(request, feedback_request):
    """After a change: the fresh panel for htmx, else a redirect so a reload can't repeat it."""
    if request.htmx:
        return _show(request, get_request(request, feedback_request.pk))
    return redirect(feedback_request)


def feedback_request_detail(request, request_id):
    """The request page; a POST saves edits to the draft, and 'send' marks it sent as well."""
    fr = get_request(request, request_id)
    if request.method != "POST":
        return _show(request, fr)
    if fr.status != RequestStatus.TO_SEND:
        messages.error(request, "This request has already been sent, so it can't be edited.")
        return _done(request, fr)
    form = DraftForm(request.POST, instance=fr)
    if not form.is_valid():
        # Re-show the form as typed: an error must never cost the user their words.
        return _show(request, fr, draft_form=form)
    try:
        with transaction.atomic():
            services.feedback_request_update(request=fr, **form.cleaned_data)
            if "send" in request.POST:
                services.feedback_request_mark_sent(request=fr)
    except FeedbackError as error:
        messages.error(request, str(error))
        return _done(request, fr)
    if "send" in request.POST:
        messages.success(request, "Marked as sent. Well done for asking.")
    else:
        messages.success(request, "Draft saved.")
    return _done(request, fr)


def _simple_action(request, request_id, action, success):
    fr = get_request(request, request_id)
    try:
        action(request=fr)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)
    return _done(request, fr)


@require_POST
def feedback_request_sent(request, request_id):
    return _simple_action(
        request,
        request_id,
        services.feedback_request_mark_sent,
        "Marked as sent. Well done for asking.",
    )


@require_POST
def feedback_request_declined(request, request_id):
    return _simple_action(
        request,
        request_id,
        services.feedback_request_decline,
        "Noted: they declined. Asking was still the right move.",
    )


@require_POST
def feedback_request_no_reply(request, request_id):
    return _simple_action(
        request,
        request_id,
        services.feedback_request_no_reply,
        "Noted: no reply. If they answer later, you can still log it here.",
    )


@require_POST
def feedback_request_dismiss(request, request_id):
    return _simple_action(
        request,
        request_id,
        services.feedback_request_dismiss,
        "Fine: no request this time. The draft stays here if you change your mind.",
    )


@require_POST
def feedback_request_skip(request, rejection_id):
    """'Not this time', straight from the application page: no draft to finish, no reminders."""
    rejection = get_rejection(request, rejection_id)
    try:
        services.feedback_request_skip(rejection=rejection)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, "Fine: no request this time. You can still ask later from this page."
        )
    return redirect(rejection.application)


@require_POST
def feedback_request_follow_up(request, request_id):
    fr = get_request(request, request_id)
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        return _show(request, fr, follow_up_form=form)
    try:
        services.feedback_request_follow_up(request=fr, body=form.cleaned_data["body"])
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Follow-up marked as sent. That's the last nudge from you.")
    return _done(request, fr)


@require_POST
def feedback_request_reply(request, request_id):
    fr = get_request(request, request_id)
    form = FeedbackForm(request.POST, user=request.user, request=fr)
    if not form.is_valid():
        return _show(request, fr, reply_form=form)
    try:
        services.feedback_record(rejection=fr.rejection, request=fr, **form.cleaned_data)
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Their feedback is kept with the application.")
    return _done(request, fr)
