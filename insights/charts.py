"""Server-rendered SVG charts: geometry and markup computed here, as one string per chart.

Pure functions of plain data; no scripts, no inline styles (the CSP forbids them), colours
through classes and SVG presentation attributes so the page's CSS can theme them.

The markup is joined in Python rather than rendered from a template: a chart is dozens of
small repeated elements, and the template engine's cost per variable made the charts a
noticeable share of the dashboard's time. Every piece of text goes through ``escape``;
numbers are written plainly (never localised), as SVG coordinates need.
"""

from django.utils.dateformat import format as date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

FUNNEL_WIDTH = 320
BAR_HEIGHT = 28
BAR_GAP = 10
LABEL_WIDTH = 96


def funnel_svg(steps: list[dict]) -> str:
    """Horizontal bars, one per step, widths relative to the first step."""
    top = max((s["n"] for s in steps), default=0) or 1
    usable = FUNNEL_WIDTH - LABEL_WIDTH - 40
    bars = []
    for i, step in enumerate(steps):
        width = round(usable * step["n"] / top, 1)
        y = i * (BAR_HEIGHT + BAR_GAP)
        bars.append(
            {
                "label": step["label"],
                "n": step["n"],
                "x": LABEL_WIDTH,
                "label_x": LABEL_WIDTH - 8,
                "y": y,
                "width": max(width, 1.5 if step["n"] else 0),
                "text_x": LABEL_WIDTH + max(width, 0) + 6,
                "text_y": y + BAR_HEIGHT / 2 + 5,
                "step": i,
            }
        )
    height = len(steps) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
    summary = ", ".join(f"{escape(b['label'])} {b['n']}" for b in bars)
    parts = [
        f'<svg class="chart chart-funnel" viewBox="0 0 {FUNNEL_WIDTH} {height}" width="100%" '
        'role="img" aria-labelledby="funnel-title" xmlns="http://www.w3.org/2000/svg">\n'
        f'  <title id="funnel-title">How far your applications got: {summary}</title>\n'
    ]
    for b in bars:
        label = escape(b["label"])
        parts.append(
            f'  <g class="funnel-step funnel-step-{b["step"]}">\n'
            f'    <text x="{b["label_x"]}" y="{b["text_y"]}" text-anchor="end" '
            f'class="chart-label">{label}</text>\n'
            f'    <rect x="{b["x"]}" y="{b["y"]}" width="{b["width"]}" height="{BAR_HEIGHT}" '
            'rx="3" class="funnel-bar"></rect>\n'
            f'    <text x="{b["text_x"]}" y="{b["text_y"]}" class="chart-value">{b["n"]}</text>\n'
            "  </g>\n"
        )
    parts.append("</svg>\n")
    return _safe(parts)


def _safe(parts: list[str]) -> SafeString:
    # Every interpolated text above was escaped; numbers need no escaping.
    return mark_safe("".join(parts))


WEEK_WIDTH = 26
WEEK_CHART_HEIGHT = 120
WEEK_TOP = 14
WEEK_BOTTOM = 20
GOAL_LABEL_ROOM = 46


def weekly_svg(weeks: list[dict], goal: int) -> str:
    """Applications per week as columns, with the weekly goal as a dashed line."""
    top = max([w["n"] for w in weeks] + [goal, 1])
    plot = WEEK_CHART_HEIGHT - WEEK_TOP - WEEK_BOTTOM
    base = WEEK_TOP + plot
    columns = []
    for i, week in enumerate(weeks):
        height = round(plot * week["n"] / top, 1)
        columns.append(
            {
                "x": i * WEEK_WIDTH + 3,
                "y": base - height,
                "width": WEEK_WIDTH - 6,
                "height": height,
                "n": week["n"],
                "met": goal and week["n"] >= goal,
                "label_x": i * WEEK_WIDTH + WEEK_WIDTH / 2,
                "value_y": base - height - 3,
                "tick": date_format(week["week"], "j M") if i % 3 == 0 else "",
                "title": f"Week of {date_format(week['week'], 'j M')}: {week['n']}",
            }
        )
    goal_y = round(base - plot * goal / top, 1) if goal else None
    plot_width = len(weeks) * WEEK_WIDTH
    width = plot_width + GOAL_LABEL_ROOM
    goal_text = f", against a goal of {goal}" if goal else ""
    parts = [
        f'<svg class="chart chart-weekly" viewBox="0 0 {width} {WEEK_CHART_HEIGHT}" '
        'width="100%" role="img" aria-labelledby="weekly-title" '
        'xmlns="http://www.w3.org/2000/svg">\n'
        '  <title id="weekly-title">Applications per week for the last '
        f"{len(columns)} weeks{goal_text}</title>\n"
        f'  <line x1="0" y1="{base}" x2="{plot_width}" y2="{base}" class="chart-axis"></line>\n'
    ]
    tick_y = WEEK_CHART_HEIGHT - 5
    for c in columns:
        met = " week-bar-met" if c["met"] else ""
        parts.append(
            f"  <g>\n    <title>{escape(c['title'])}</title>\n"
            f'    <rect x="{c["x"]}" y="{c["y"]}" width="{c["width"]}" height="{c["height"]}" '
            f'rx="2" class="week-bar{met}"></rect>\n'
        )
        if c["n"]:
            parts.append(
                f'    <text x="{c["label_x"]}" y="{c["value_y"]}" text-anchor="middle" '
                f'class="chart-value chart-small">{c["n"]}</text>\n'
            )
        if c["tick"]:
            parts.append(
                f'    <text x="{c["label_x"]}" y="{tick_y}" text-anchor="middle" '
                f'class="chart-label chart-small">{escape(c["tick"])}</text>\n'
            )
        parts.append("  </g>\n")
    if goal_y is not None:
        parts.append(
            f'  <line x1="0" y1="{goal_y}" x2="{plot_width}" y2="{goal_y}" class="goal-line" '
            'stroke-dasharray="4 3"></line>\n'
            f'  <text x="{plot_width + 4}" y="{goal_y + 4}" '
            f'class="chart-label chart-small goal-label">goal {goal}</text>\n'
        )
    parts.append("</svg>\n")
    return _safe(parts)


CELL = 34
ROW_LABEL = 150
GRID_TOP = 22


def themes_svg(rows: list[dict], months: list) -> str:
    """A grid of themes by month; each dot's area grows with the number of rejections."""
    top = max([n for row in rows for n in row["counts"]] + [1])
    cells, labels = [], []
    for r, row in enumerate(rows):
        y = GRID_TOP + r * CELL + CELL / 2
        labels.append({"text": row["label"], "y": y + 4})
        for c, n in enumerate(row["counts"]):
            radius = round(3 + 11 * (n / top) ** 0.5, 1) if n else 0
            cells.append(
                {
                    "cx": ROW_LABEL + c * CELL + CELL / 2,
                    "cy": y,
                    "text_y": y + 4,
                    "r": radius,
                    "n": n,
                    "title": f"{row['label']}, {date_format(months[c], 'F Y')}: {n}",
                }
            )
    width = ROW_LABEL + len(months) * CELL
    height = GRID_TOP + max(len(rows), 1) * CELL
    parts = [
        f'<svg class="chart chart-themes" viewBox="0 0 {width} {height}" width="100%" '
        'role="img" aria-labelledby="themes-title" xmlns="http://www.w3.org/2000/svg">\n'
        '  <title id="themes-title">Weakness themes by month: each dot grows with the number '
        "of rejections that named the theme</title>\n  "
    ]
    for c, m in enumerate(months):
        x = ROW_LABEL + c * CELL + CELL / 2
        parts.append(
            f'<text x="{x}" y="14" text-anchor="middle" class="chart-label chart-small">'
            f"{escape(date_format(m, 'M'))}</text>"
        )
    parts.append("\n  ")
    for label in labels:
        text = escape(Truncator(label["text"]).chars(22))
        parts.append(f'<text x="0" y="{label["y"]}" class="chart-label">{text}</text>')
    parts.append("\n")
    for cell in cells:
        parts.append(f"  <g>\n    <title>{escape(cell['title'])}</title>\n    ")
        if cell["n"]:
            parts.append(
                f'<circle cx="{cell["cx"]}" cy="{cell["cy"]}" r="{cell["r"]}" '
                'class="theme-dot"></circle>\n'
                f'    <text x="{cell["cx"]}" y="{cell["text_y"]}" text-anchor="middle" '
                f'class="chart-dot-value">{cell["n"]}</text>\n'
            )
        else:
            parts.append(
                f'<circle cx="{cell["cx"]}" cy="{cell["cy"]}" r="2" '
                'class="theme-dot-empty"></circle>\n'
            )
        parts.append("  </g>\n")
    parts.append("</svg>\n")
    return _safe(parts)
