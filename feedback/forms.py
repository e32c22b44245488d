"""Forms of the feedback loop. They validate and explain; the services do the work."""

from django import forms

from applications.models import Contact, Interview, Rejection
from feedback import drafts
from feedback.models import Feedback, FeedbackRequest, MessageTemplate, Situation, Tone
from feedback.services import reply_date_problem

FEELINGS = [
    (1, "1 · Awful"),
    (2, "2 · Low"),
    (3, "3 · Okay"),
    (4, "4 · Fine"),
    (5, "5 · Good"),
]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class RecipientMixin(forms.Form):
    def clean_recipient_name(self):
        name = " ".join(self.cleaned_data["recipient_name"].split())
        if not name:
            raise forms.ValidationError(
                "Who are you writing to? Add their name, or write “Hiring team”."
            )
        return name


_RECIPIENT_ERRORS = {
    "recipient_name": {
        "required": "Who are you writing to? Add their name, or write “Hiring team”."
    },
    "recipient_email": {"invalid": "That doesn't look like an email address."},
    "subject": {"required": "Give the message a subject line."},
    "body": {"required": "The message is empty. Write a few lines, or start from a draft."},
}


class AskForm(RecipientMixin, forms.ModelForm):
    """A new request: who to, which kind of draft, and the words themselves."""

    template = forms.ChoiceField(label="Start from", required=False)

    class Meta:
        model = FeedbackRequest
        fields = [
            "contact",
            "recipient_name",
            "recipient_email",
            "situation",
            "tone",
            "subject",
            "body",
        ]
        labels = {"contact": "Write to", "situation": "Where it ended"}
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}
        error_messages = _RECIPIENT_ERRORS

    def __init__(self, *args, contacts, templates, **kwargs):
        super().__init__(*args, **kwargs)
        contact_field = self.fields["contact"]
        contact_field.queryset = Contact.objects.filter(pk__in=[c.pk for c in contacts])
        contact_field.empty_label = "Someone else (type their name below)"
        contact_field.label_from_instance = lambda c: (
            f"{c.name} · {c.get_role_display()}" + ("" if c.email else " (no email)")
        )
        self.fields["template"].choices = [("builtin", "Rebound's draft")] + [
            (str(t.pk), f"Your template: {t.name}") for t in templates
        ]
        self.fields[
            "recipient_email"
        ].help_text = "Optional. Without it you can still copy the message into any mail program."


class DraftForm(RecipientMixin, forms.ModelForm):
    """Editing a request that hasn't gone out yet."""

    class Meta:
        model = FeedbackRequest
        fields = ["recipient_name", "recipient_email", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}
        error_messages = _RECIPIENT_ERRORS


class FollowUpForm(forms.Form):
    body = forms.CharField(
        label="Follow-up message",
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": "The follow-up is empty."},
    )


class FeedbackForm(forms.ModelForm):
    class Meta:
        model = Feedback
        fields = ["text", "received_on", "from_name"]
        labels = {"text": "What they said", "from_name": "Who said it"}
        help_texts = {"text": "Paste their words as they wrote them; you can reread them later."}
        widgets = {"text": forms.Textarea(attrs={"rows": 7}), "received_on": DateInput()}
        error_messages = {
            "text": {"required": "Paste what they said."},
            "received_on": {
                "required": "When did it arrive?",
                "invalid": "Enter a date, e.g. 2026-03-14.",
            },
        }

    def __init__(self, *args, user, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.feedback_request = request
        if not self.is_bound and not self.instance.pk:
            self.initial.setdefault("received_on", user.local_today())
            if request is not None:
                self.initial.setdefault("from_name", request.recipient_name)

    def clean_received_on(self):
        received_on = self.cleaned_data["received_on"]
        request = self.feedback_request or self.instance.request
        problem = reply_date_problem(user=self.user, received_on=received_on, request=request)
        if problem:
            raise forms.ValidationError(problem)
        return received_on


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label="New note",
        widget=forms.Textarea(
            attrs={
                "rows": 5,
                "placeholder": "What happened, what you'd do differently, what you learned…",
            }
        ),
        error_messages={"required": "Write a few words first."},
    )
    interview = forms.ModelChoiceField(
        queryset=Interview.objects.none(),
        required=False,
        label="About",
        empty_label="The application as a whole",
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        interviews = Interview.objects.for_user(application.user).filter(application=application)
        self.fields["interview"].queryset = interviews
        tz = application.user.tz
        self.fields["interview"].label_from_instance = lambda i: (
            f"{i.get_round_display()} on {drafts.format_day(i.starts_at.astimezone(tz).date())}"
        )
        if not interviews.exists():
            del self.fields["interview"]


class RejectionReflectionForm(forms.ModelForm):
    feeling = forms.TypedChoiceField(
        label="How do you feel about it right now?",
        choices=FEELINGS,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Rejection
        fields = ["feeling", "feeling_note", "takeaway"]
        labels = {
            "feeling_note": "Anything you want to get off your chest",
            "takeaway": "What you take from it",
        }
        help_texts = {
            "feeling_note": "Disappointment is normal. Naming it helps you move on.",
            "takeaway": "Once the sting has passed: one thing you'd keep, one you'd change.",
        }
        widgets = {
            "feeling_note": forms.Textarea(attrs={"rows": 3}),
            "takeaway": forms.Textarea(attrs={"rows": 3}),
        }


class MessageTemplateForm(forms.ModelForm):
    class Meta:
        model = MessageTemplate
        fields = ["name", "situation", "tone", "subject", "body", "is_default"]
        labels = {"situation": "For rejections"}
        widgets = {"body": forms.Textarea(attrs={"rows": 12})}
        error_messages = {
            "name": {"required": "Give the template a name you'll recognise."},
            "subject": {"required": "Give the message a subject line."},
            "body": {"required": "The message is empty."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["situation"].choices = [("", "Any stage")] + list(Situation.choices)
        self.fields["tone"].choices = list(Tone.choices)

    def _check_placeholders(self, name):
        text = self.cleaned_data[name]
        unknown = drafts.unknown_placeholders(text)
        if unknown:
            known = ", ".join("{" + p + "}" for p in drafts.PLACEHOLDERS)
            raise forms.ValidationError(
                f"Rebound can't fill {', '.join(unknown)}. The placeholders it knows are "
                f"{known}; to write a brace itself, type it twice ({{{{ or }}}})."
            )
        return text

    def clean_subject(self):
        return self._check_placeholders("subject")

    def clean_body(self):
        return self._check_placeholders("body")
