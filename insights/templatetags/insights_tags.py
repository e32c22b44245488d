from django import template

from insights.widget import widget_context

register = template.Library()


@register.inclusion_tag("insights/themes_widget.html#widget", takes_context=True)
def theme_mentions(context, source):
    """Themes found in a text, with confirm/remove/add: {% theme_mentions rejection %}."""
    return {**widget_context(source), "csrf_token": context.get("csrf_token")}
