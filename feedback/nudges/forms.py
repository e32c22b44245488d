"""The notification settings form: which nudges, when, and in which time zone."""

from django import forms

from applications.models import TIME_ZONE_CHOICES
from feedback.nudges.models import EARLIEST_HOUR, LATEST_HOUR, NotificationSettings

HOUR_CHOICES = [(h, f"{h:02d}:00") for h in range(EARLIEST_HOUR, LATEST_HOUR + 1)]


class NotificationSettingsForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        choices=TIME_ZONE_CHOICES,
        help_text="Nudges arrive at these hours in this time zone, summer time included.",
    )
    send_hour = forms.TypedChoiceField(
        label="Morning nudges at",
        choices=HOUR_CHOICES,
        coerce=int,
        help_text="Nothing is ever sent before 07:00 or after 21:00.",
    )
    reflect_hour = forms.TypedChoiceField(
        label="Interview reflections at",
        choices=HOUR_CHOICES,
        coerce=int,
        help_text="The evening of an interview, once it's over.",
    )

    class Meta:
        model = NotificationSettings
        fields = [
            "send_request_feedback",
            "send_follow_up_feedback",
            "send_thank_you",
            "send_reflect",
            "send_follow_up_silence",
            "send_weekly_summary",
            "time_zone",
            "send_hour",
            "reflect_hour",
            "summary_weekday",
            "paused_until",
            "unsubscribed",
        ]
        widgets = {"paused_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["time_zone"].initial = self.instance.user.time_zone

    def clean_paused_until(self):
        day = self.cleaned_data.get("paused_until")
        if day is not None and day <= self.today:
            raise forms.ValidationError(
                "Pick a day after today, or leave it empty to get nudges as usual."
            )
        return day
