from django import forms

from applications.models import User
from insights.classifier.themes import CANDIDATE_THEMES, EXTERNAL_THEMES, THEMES
from insights.models import ImprovementAction, Polarity


def _readings():
    """One choice per theme and polarity, grouped the way a person thinks about them."""
    candidate = [t for t in THEMES if t in CANDIDATE_THEMES]
    external = [t for t in THEMES if t in EXTERNAL_THEMES]
    return [
        ("", "Choose a theme…"),
        ("To work on", [(f"weakness:{t}", THEMES[t]["label"]) for t in candidate]),
        ("Strengths", [(f"strength:{t}", THEMES[t]["label"]) for t in candidate]),
        ("Not about you", [(f"external:{t}", THEMES[t]["label"]) for t in external]),
    ]


class MentionAddForm(forms.Form):
    reading = forms.ChoiceField(
        label="Theme",
        choices=_readings,
        error_messages={"required": "Pick the theme you see in this text."},
    )
    evidence = forms.CharField(
        label="The words that say so",
        max_length=500,
        required=False,
        help_text="Optional: copy the phrase from the text.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reading"].widget.attrs["class"] = "form-select form-select-sm"

    def clean(self):
        data = super().clean()
        if data.get("reading"):
            polarity, theme = data["reading"].split(":", 1)
            data["polarity"], data["theme"] = Polarity(polarity), theme
        return data


class WeeklyGoalForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["weekly_goal"]
        labels = {"weekly_goal": "Weekly goal"}
        error_messages = {
            "weekly_goal": {
                "max_value": "Up to 200 a week; a steady pace beats a burst.",
                "required": "Say how many applications a week you aim for (0 for no goal).",
                "invalid": "Use a whole number, like 10.",
            }
        }


class ImprovementActionForm(forms.ModelForm):
    class Meta:
        model = ImprovementAction
        fields = ["theme", "title", "kind", "status", "completed_on", "notes"]
        labels = {
            "theme": "The weakness it works on",
            "title": "What you'll do",
            "completed_on": "Done on",
        }
        help_texts = {
            "title": "e.g. “Three mock interviews with a friend” or “Rewrite the résumé summary”.",
            "completed_on": "Left empty, a finished action is dated today.",
        }
        widgets = {
            "completed_on": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "title": {"required": "Give the action a short name so you recognise it later."},
            "theme": {"required": "Pick the weakness this action works on."},
        }

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def clean(self):
        data = super().clean()
        done_on = data.get("completed_on")
        if done_on and self.today and done_on > self.today:
            self.add_error("completed_on", "That date is in the future; mark it done once it is.")
        return data
