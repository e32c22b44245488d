"""The user's own message templates for feedback requests."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from feedback import drafts, services
from feedback.forms import MessageTemplateForm
from feedback.models import MessageTemplate
from feedback.views._common import get_template


def template_list(request):
    templates = MessageTemplate.objects.for_user(request.user)
    return render(request, "feedback/templates.html", {"templates": templates})


def _edit(request, template):
    form = MessageTemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        services.message_template_save(template=form.save(commit=False))
        messages.success(request, f"Saved “{template.name}”.")
        return redirect("feedback_templates")
    context = {"form": form, "template": template, "placeholders": drafts.PLACEHOLDERS}
    return render(request, "feedback/template_form.html", context)


def template_new(request):
    return _edit(request, MessageTemplate(user=request.user))


def template_edit(request, template_id):
    return _edit(request, get_template(request, template_id))


@require_POST
def template_delete(request, template_id):
    template = get_template(request, template_id)
    template.delete()
    messages.success(request, f"Deleted “{template.name}”.")
    return redirect("feedback_templates")
