"""Forms for the applications pipeline. They validate and explain; services do the saving."""

from django import forms
from django.db.models import Q
from django.urls import reverse_lazy
from django.utils import formats

from applications.models import (
    Application,
    Company,
    Contact,
    Interview,
    Rejection,
    Source,
    Status,
    WorkMode,
)

RATING_CHOICES = [("", "—")] + [(str(n), str(n)) for n in range(1, 6)]
DATE_INPUT = {"type": "date"}


def _day(value) -> str:
    return formats.date_format(value, "j M Y")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class CompanyNameField(forms.CharField):
    """The company is typed, not picked: an unknown name becomes a new company."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("error_messages", {"required": "Which company is it? Type its name."})
        super().__init__(**kwargs)
        # The datalist is filled by htmx from the user's own companies as they type.
        self.widget.attrs.update(
            {
                "list": "company-options",
                "autocomplete": "off",
                "hx-get": reverse_lazy("company_suggestions"),
                "hx-trigger": "input changed delay:150ms, focus once",
                "hx-target": "#company-options",
                "hx-swap": "innerHTML",
                "hx-sync": "this:replace",
            }
        )


class QuickAddForm(forms.Form):
    # Its own id prefix: it sits in a modal on every page, beside the page's own forms.
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "qa_%s")
        super().__init__(*args, **kwargs)

    company = CompanyNameField()
    role_title = forms.CharField(
        label="Role",
        max_length=200,
        error_messages={"required": "What role is it? A rough title is fine."},
    )
    # A rejection needs its own form (date, stage, reason), so it is not offered here.
    status = forms.ChoiceField(
        required=False,
        choices=[c for c in Status.choices if c[0] != Status.REJECTED],
        initial=Status.APPLIED,
    )

    def clean_status(self):
        return self.cleaned_data["status"] or Status.APPLIED


class ApplicationForm(forms.ModelForm):
    # Neither is a model field here: the company is found or created by name, and a status
    # change must go through the service so it is kept as an event.
    company = CompanyNameField()
    status = forms.ChoiceField(choices=Status.choices, initial=Status.APPLIED)

    class Meta:
        model = Application
        fields = [
            "role_title",
            "applied_on",
            "job_url",
            "location",
            "work_mode",
            "seniority",
            "salary_min",
            "salary_max",
            "currency",
            "salary_text",
            "source",
            "referral_contact",
            "resume_version",
            "cover_letter_sent",
            "excitement",
            "job_description",
            "notes",
        ]
        widgets = {
            "applied_on": DateInput(),
            "excitement": forms.Select(choices=RATING_CHOICES),
            "job_description": forms.Textarea(attrs={"rows": 5}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"applied_on": "Date applied", "excitement": "Excitement (1–5)"}
        help_texts = {
            "excitement": "How much you want this one: 1 is meh, 5 is dream job.",
            "resume_version": "Which résumé you sent, so you can see which one works.",
        }
        error_messages = {
            "role_title": {"required": "What role is it? A rough title is fine."},
            "job_url": {"invalid": "That doesn't look like a web address. Start with https://"},
            "currency": {"max_length": "Use the three-letter code, like EUR, USD or GBP."},
            "excitement": {
                "min_value": "Excitement goes from 1 to 5.",
                "max_value": "Excitement goes from 1 to 5.",
            },
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.order_fields(["company", "role_title", "status"])
        self.fields["referral_contact"].queryset = Contact.objects.for_user(user)
        self.fields["referral_contact"].empty_label = "Nobody"
        for name in ("work_mode", "seniority", "source"):
            self.fields[name].choices = [("", "Not set"), *self.fields[name].choices[1:]]
        if self.instance.pk:
            self.initial.setdefault("company", self.instance.company.name)
            self.initial.setdefault("status", self.instance.status)
        else:
            self.initial.setdefault("applied_on", user.local_today())

    def clean_currency(self):
        currency = self.cleaned_data["currency"].strip().upper()
        if currency and (len(currency) != 3 or not currency.isalpha()):
            raise forms.ValidationError("Use the three-letter code, like EUR, USD or GBP.")
        return currency

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error(
                "salary_min", "The minimum salary is higher than the maximum. Swap them?"
            )
        applied_on = cleaned.get("applied_on")
        if applied_on and applied_on > self.user.local_today():
            self.add_error("applied_on", "That date is in the future. When did you apply?")
        if applied_on and self.instance.pk:
            self._check_applied_before_the_rest(applied_on)
        return cleaned

    def _check_applied_before_the_rest(self, applied_on):
        first = (
            self.instance.interviews.order_by("starts_at").values_list("starts_at", flat=True)
        ).first()
        if first and first.astimezone(self.user.tz).date() < applied_on:
            self.add_error(
                "applied_on",
                f"You had an interview on {_day(first.astimezone(self.user.tz))}, "
                "so you must have applied before then.",
            )
        rejection = Rejection.objects.filter(application=self.instance).first()
        if rejection and rejection.rejected_on < applied_on:
            self.add_error(
                "applied_on",
                f"The rejection came on {_day(rejection.rejected_on)}, "
                "so you must have applied before then.",
            )

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data["company_name"] = data.pop("company")
        return data


class ApplicationFilterForm(forms.Form):
    SORTS = {
        "-applied": "Newest first",
        "applied": "Oldest first",
        "company": "Company A–Z",
        "status": "Status",
        "-excitement": "Most exciting",
    }
    q = forms.CharField(required=False, label="Search")
    status = forms.ChoiceField(required=False, choices=[("", "Any status")] + Status.choices)
    source = forms.ChoiceField(required=False, choices=[("", "Any source")] + Source.choices)
    work_mode = forms.ChoiceField(
        required=False, label="Work mode", choices=[("", "Any work mode")] + WorkMode.choices
    )
    applied_from = forms.DateField(required=False, label="Applied from", widget=DateInput())
    applied_to = forms.DateField(required=False, label="Applied to", widget=DateInput())
    sort = forms.ChoiceField(required=False, choices=list(SORTS.items()))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("applied_from"), cleaned.get("applied_to")
        if start and end and start > end:
            self.add_error("applied_to", "The end date is before the start date.")
        return cleaned


class InterviewForm(forms.ModelForm):
    class Meta:
        model = Interview
        fields = [
            "round",
            "starts_at",
            "duration_minutes",
            "format",
            "interviewers",
            "questions_asked",
            "rating",
            "went_well",
            "to_improve",
            "caught_off_guard",
            "answer_differently",
        ]
        widgets = {
            "starts_at": DateTimeInput(),
            "interviewers": forms.CheckboxSelectMultiple(),
            "rating": forms.RadioSelect(choices=RATING_CHOICES[1:]),
            "questions_asked": forms.Textarea(attrs={"rows": 3}),
            "went_well": forms.Textarea(attrs={"rows": 3}),
            "to_improve": forms.Textarea(attrs={"rows": 3}),
            "caught_off_guard": forms.Textarea(attrs={"rows": 3}),
            "answer_differently": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "starts_at": "Date and time",
            "duration_minutes": "Length (minutes)",
            "rating": "How did it go? (1–5)",
            "went_well": "What went well",
            "to_improve": "What to improve",
            "caught_off_guard": "What caught me off guard",
            "questions_asked": "Questions they asked",
            "answer_differently": "What I'd answer differently",
        }
        help_texts = {
            "starts_at": "In your own time zone.",
            "questions_asked": "Write them down while you still remember: they come back.",
            "rating": "Your own honest feeling, not a guess at their verdict.",
            "went_well": "Which answers landed? Did you show your soft skills as well as "
            "your technical ones?",
            "to_improve": "Were you prepared for every question? What would you practise "
            "before the next one?",
            "caught_off_guard": "A question, a format or a person you didn't expect.",
            "answer_differently": "The answer you thought of on the way home.",
        }
        error_messages = {
            "starts_at": {
                "required": "When is (or was) the interview?",
                "invalid": "Enter a date and a time, like 14/03/2026 10:30.",
            },
            "duration_minutes": {
                "min_value": "An interview lasts at least 5 minutes.",
                "max_value": "That's longer than 12 hours; enter the length in minutes.",
            },
        }

    def __init__(self, *args, application, assessment=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        # The people of this application or company, not the whole address book.
        people = Q(applications=application) | Q(company_id=application.company_id)
        if self.instance.pk:
            people |= Q(interviews=self.instance)
        interviewers = self.fields["interviewers"]
        interviewers.queryset = Contact.objects.for_user(application.user).filter(people).distinct()
        interviewers.help_text = "Add people on the application page first to pick them here."
        self.fields["starts_at"].help_text = f"In your time zone ({application.user.time_zone})."
        self.fields["format"].choices = [("", "Not set"), *self.fields["format"].choices[1:]]
        if not assessment:
            for name in ("rating", "went_well", "to_improve", "caught_off_guard"):
                del self.fields[name]
            del self.fields["answer_differently"]

    def clean_starts_at(self):
        starts_at = self.cleaned_data["starts_at"]
        applied_on = self.application.applied_on
        local_day = starts_at.astimezone(self.application.user.tz).date()
        if applied_on and local_day < applied_on:
            raise forms.ValidationError(
                f"That's before you applied ({_day(applied_on)}). Check the date, or "
                "correct the application date first."
            )
        return starts_at


class RejectionForm(forms.ModelForm):
    class Meta:
        model = Rejection
        fields = ["rejected_on", "stage", "channel", "reason", "feeling", "feeling_note"]
        widgets = {
            "rejected_on": DateInput(),
            "channel": forms.RadioSelect(),
            "reason": forms.Textarea(attrs={"rows": 4}),
            "feeling": forms.RadioSelect(choices=RATING_CHOICES[1:]),
            "feeling_note": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {
            "rejected_on": "Date",
            "stage": "Stage it ended at",
            "reason": "Their reason, in their words",
            "feeling": "How are you feeling? (optional)",
            "feeling_note": "A note to yourself (optional)",
        }
        help_texts = {
            "stage": "Filled in from the timeline; change it if it's wrong.",
            "reason": "Paste it as they wrote it, even if it's vague. Patterns show up later.",
            "feeling": "1 is gutted, 5 is fine. Only you see this.",
        }

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        self.fields["feeling"].required = False
        if not self.instance.pk:
            self.initial.setdefault("stage", application.furthest_stage())
            self.initial.setdefault("rejected_on", application.user.local_today())

    def clean_rejected_on(self):
        rejected_on = self.cleaned_data["rejected_on"]
        applied_on = self.application.applied_on
        if applied_on and rejected_on < applied_on:
            raise forms.ValidationError(
                f"That's before you applied ({_day(applied_on)}). Check the date."
            )
        if rejected_on > self.application.user.local_today():
            raise forms.ValidationError("That date is in the future.")
        return rejected_on


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "company", "email", "profile_url", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "name": {"required": "Give the contact a name."},
            "email": {"invalid": "That doesn't look like an email address."},
            "profile_url": {"invalid": "That doesn't look like a web address. Start with https://"},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["company"].queryset = Company.objects.for_user(user)


class ContactPickForm(forms.Form):
    contact = forms.ModelChoiceField(
        queryset=Contact.objects.none(),
        label="Someone you already know",
        error_messages={"invalid_choice": "Pick one of your contacts."},
        widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = (
            Contact.objects.for_user(application.user)
            .exclude(applications=application)
            .select_related("company")
        )
        self.fields["contact"].label_from_instance = lambda c: (
            f"{c.name} ({c.company.name})" if c.company else c.name
        )


class CompanyForm(forms.ModelForm):
    class Meta:
        model = Company
        fields = ["name", "website", "industry", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "name": {"required": "Give the company a name."},
            "website": {"invalid": "That doesn't look like a web address. Start with https://"},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        taken = Company.objects.for_user(self.user).filter(name__iexact=name)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError("You already have a company with that name.")
        return name
