from django.contrib import messages
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from applications.models import Interview, Rejection
from feedback.models import Feedback, Reflection
from insights import dashboard as board
from insights import page, services
from insights.forms import ImprovementActionForm, MentionAddForm, WeeklyGoalForm
from insights.models import CANDIDATE_CHOICES, ImprovementAction, ThemeMention
from insights.widget import widget_context


def _mention(request, mention_id) -> ThemeMention:
    return get_object_or_404(ThemeMention.objects.for_user(request.user), pk=mention_id)


def _action(request, action_id) -> ImprovementAction:
    return get_object_or_404(ImprovementAction.objects.for_user(request.user), pk=action_id)


def _source_of(mention: ThemeMention):
    return mention.feedback or mention.reflection or mention.source_rejection or mention.interview


def dashboard(request):
    html = page.with_token(page.content(request.user), get_token(request))
    html = mark_safe(html)  # rendered from the template, values escaped there
    if request.htmx:
        return HttpResponse(html)
    return render(request, "insights/dashboard.html", {"content": html})


@require_POST
def goal_update(request):
    form = WeeklyGoalForm(request.POST, instance=request.user)
    if form.is_valid():
        form.save()
    elif not request.htmx:
        messages.error(request, form.errors["weekly_goal"][0])
    if not request.htmx:
        return redirect("insights_dashboard")
    context = {
        "momentum": board.momentum(request.user, request.user.local_today()),
        "goal_form": form,
    }
    return render(request, "insights/dashboard.html#momentum", context)


def _after_change(request, source):
    if request.htmx:
        return render(request, "insights/themes_widget.html#widget", widget_context(source))
    return redirect(source.get_absolute_url())


@require_POST
def mention_confirm(request, mention_id):
    mention = services.mention_confirm(mention=_mention(request, mention_id))
    return _after_change(request, _source_of(mention))


@require_POST
def mention_remove(request, mention_id):
    mention = _mention(request, mention_id)
    source = _source_of(mention)
    services.mention_remove(mention=mention)
    return _after_change(request, source)


def _mention_add(request, source):
    form = MentionAddForm(request.POST, auto_id=f"id_%s_{services.source_kind(source)}_{source.pk}")
    if form.is_valid():
        services.mention_add(
            source=source,
            theme=form.cleaned_data["theme"],
            polarity=form.cleaned_data["polarity"],
            evidence=form.cleaned_data["evidence"],
        )
        return _after_change(request, source)
    if request.htmx:
        return render(
            request, "insights/themes_widget.html#widget", widget_context(source, form=form)
        )
    messages.error(request, next(iter(form.errors.values()))[0])
    return redirect(source.get_absolute_url())


@require_POST
def rejection_mention_add(request, rejection_id):
    return _mention_add(
        request, get_object_or_404(Rejection.objects.for_user(request.user), pk=rejection_id)
    )


@require_POST
def feedback_mention_add(request, feedback_id):
    return _mention_add(
        request, get_object_or_404(Feedback.objects.for_user(request.user), pk=feedback_id)
    )


@require_POST
def reflection_mention_add(request, reflection_id):
    return _mention_add(
        request, get_object_or_404(Reflection.objects.for_user(request.user), pk=reflection_id)
    )


@require_POST
def interview_mention_add(request, interview_id):
    return _mention_add(
        request, get_object_or_404(Interview.objects.for_user(request.user), pk=interview_id)
    )


def _action_form(request, action: ImprovementAction):
    today = request.user.local_today()
    form = ImprovementActionForm(request.POST or None, instance=action, today=today)
    if request.method == "POST" and form.is_valid():
        action = form.save(commit=False)
        action.settle_completion(today)
        action.save()
        messages.success(request, f"Saved “{action.title}”.")
        return redirect("insights_dashboard")
    return render(request, "insights/action_form.html", {"form": form, "action": action})


def action_create(request):
    theme = request.GET.get("theme", "")
    action = ImprovementAction(user=request.user)
    if theme in dict(CANDIDATE_CHOICES):
        action.theme = theme
    return _action_form(request, action)


def action_edit(request, action_id):
    return _action_form(request, _action(request, action_id))


@require_POST
def action_delete(request, action_id):
    action = _action(request, action_id)
    action.delete()
    messages.success(request, f"Deleted “{action.title}”.")
    return redirect("insights_dashboard")
