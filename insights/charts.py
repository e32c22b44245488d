"""Server-rendered SVG charts: geometry computed here, markup in templates/insights/charts/.

Pure functions of plain data; no scripts, no inline styles (the CSP forbids them), colours
through classes and SVG presentation attributes so the page's CSS can theme them.
"""

from django.template.loader import render_to_string
from django.utils.dateformat import format as date_format

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
    return render_to_string(
        "insights/charts/funnel.svg",
        {"bars": bars, "width": FUNNEL_WIDTH, "height": height, "bar_height": BAR_HEIGHT},
    )


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
    goal_label_y = goal_y + 4 if goal else None
    return render_to_string(
        "insights/charts/weekly.svg",
        {
            "columns": columns,
            "plot_width": len(weeks) * WEEK_WIDTH,
            "width": len(weeks) * WEEK_WIDTH + GOAL_LABEL_ROOM,
            "height": WEEK_CHART_HEIGHT,
            "base": base,
            "goal": goal,
            "goal_y": goal_y,
            "goal_label_y": goal_label_y,
            "tick_y": WEEK_CHART_HEIGHT - 5,
        },
    )


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
    heads = [
        {"x": ROW_LABEL + c * CELL + CELL / 2, "text": date_format(m, "M")}
        for c, m in enumerate(months)
    ]
    return render_to_string(
        "insights/charts/themes.svg",
        {
            "cells": cells,
            "labels": labels,
            "heads": heads,
            "width": ROW_LABEL + len(months) * CELL,
            "height": GRID_TOP + max(len(rows), 1) * CELL,
        },
    )
