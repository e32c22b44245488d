from urllib.parse import urlsplit

from django import template

from applications.forms import QuickAddForm
from applications.models import Status

register = template.Library()

_STATUS_COLOURS = {
    Status.WISHLIST: "secondary",
    Status.APPLIED: "primary",
    Status.SCREENING: "info",
    Status.INTERVIEWING: "warning",
    Status.OFFER: "success",
    Status.ACCEPTED: "success",
    Status.REJECTED: "danger",
    Status.WITHDRAWN: "dark",
    Status.GHOSTED: "secondary",
}


@register.simple_tag
def quick_add_form():
    """A fresh quick-add form for the modal every page carries."""
    return QuickAddForm()


@register.filter
def status_colour(status) -> str:
    return _STATUS_COLOURS.get(status, "secondary")


@register.filter
def dots(value, out_of=5) -> str:
    """A 1–5 score as filled and empty dots, e.g. ●●●○○."""
    if not value:
        return ""
    return "●" * int(value) + "○" * (int(out_of) - int(value))


@register.filter
def progress_step(percent) -> int:
    """A percentage rounded to a step of ten, for the .w-pct-N width classes (no inline styles)."""
    return max(0, min(100, round(int(percent or 0) / 10) * 10))


@register.simple_tag
def status_choices():
    return Status.choices


@register.filter
def http_url(value) -> str:
    """The URL if it is a web address, else "": a stored javascript: URL must never be a link.

    Forms only accept http(s), but rows can also arrive by import or the admin.
    """
    value = (value or "").strip()
    return value if urlsplit(value).scheme.lower() in {"http", "https"} else ""
