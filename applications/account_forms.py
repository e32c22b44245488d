"""Forms for signing up, logging in and the profile. Errors are worded for a job seeker."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.utils.html import format_html, format_html_join

from applications.models import TIME_ZONE_CHOICES

# Rebound speaks British English first; the sign-up page swaps in the browser's own zone
# (static/js/accounts.js) when scripts run, so most people never touch the field.
DEFAULT_TIME_ZONE = "Europe/London"

_ZONES = [value for value, _label in TIME_ZONE_CHOICES]


def _zone_lookup() -> dict[str, str]:
    """Every spelling we accept for a zone: "Europe/London", "europe/london", "London"."""
    lookup: dict[str, str] = {}
    cities: dict[str, list[str]] = {}
    for zone in _ZONES:
        lookup[zone.lower()] = zone
        lookup[zone.replace("_", " ").lower()] = zone
        cities.setdefault(zone.rsplit("/", 1)[-1].replace("_", " ").lower(), []).append(zone)
    for city, zones in cities.items():
        if len(zones) == 1:  # "London" is clear; a city name in two regions is not.
            lookup.setdefault(city, zones[0])
    return lookup


_ZONE_LOOKUP = _zone_lookup()


class TimeZoneInput(forms.TextInput):
    """A text box that suggests time zones as you type, using the browser's own datalist."""

    list_id = "time-zone-list"

    def __init__(self, attrs=None):
        base = {"list": self.list_id, "autocomplete": "off", "spellcheck": "false"}
        super().__init__({**base, **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        box = super().render(name, value, attrs, renderer)
        options = format_html_join(
            "",
            '<option value="{}">{}</option>',
            ((zone, zone.replace("_", " ")) for zone in _ZONES),
        )
        return box + format_html('<datalist id="{}">{}</datalist>', self.list_id, options)


class TimeZoneField(forms.CharField):
    widget = TimeZoneInput

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Time zone")
        kwargs.setdefault(
            "help_text",
            "Start typing your city. Reminders arrive at a sensible hour in this zone.",
        )
        super().__init__(max_length=64, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        zone = _ZONE_LOOKUP.get(" ".join(value.split()).lower())
        if zone is None:
            raise forms.ValidationError(
                "We don't know the time zone “%(value)s”. Pick one from the list, "
                "for example Europe/London or America/New_York.",
                params={"value": value},
                code="unknown_time_zone",
            )
        return zone


def _email_taken(email: str, exclude_pk=None) -> bool:
    users = get_user_model().objects.filter(email__iexact=email)
    if exclude_pk is not None:
        users = users.exclude(pk=exclude_pk)
    return users.exists()


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        label="Email",
        help_text="Where Rebound sends your reminders and password resets.",
    )
    time_zone = TimeZoneField(initial=DEFAULT_TIME_ZONE)

    error_messages = {
        **UserCreationForm.error_messages,
        "password_mismatch": "The two passwords don't match. Type the same password twice.",
    }

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email", "time_zone")
        help_texts = {"username": "Letters, digits and @ . + - _ only. You can log in with it."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            # Only a fresh form may swap in the browser's zone; a re-shown one keeps the choice.
            self.fields["time_zone"].widget.attrs["data-guess-zone"] = ""

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if _email_taken(email):
            raise forms.ValidationError(
                "There's already an account with this email. Log in instead, or reset "
                "your password if you've forgotten it.",
                code="email_taken",
            )
        return email


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label="Username or email",
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": (
            "That username or email and password don't match an account. Check both and "
            "try again, or reset your password."
        ),
    }


class ProfileForm(forms.ModelForm):
    time_zone = TimeZoneField()

    class Meta:
        model = get_user_model()
        fields = ("first_name", "last_name", "email", "time_zone", "weekly_goal")
        labels = {"weekly_goal": "Weekly application goal"}
        help_texts = {
            "email": "Reminders and password resets go here.",
            "weekly_goal": "How many applications you aim to send each week (0 to 200).",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if _email_taken(email, exclude_pk=self.instance.pk):
            raise forms.ValidationError(
                "Another account already uses this email.", code="email_taken"
            )
        return email
