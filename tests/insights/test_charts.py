import datetime as dt
import re

from insights import charts


def _no_inline_style(svg: str):
    assert "style=" not in svg and "<script" not in svg


def test_it_draws_the_funnel_with_widths_relative_to_the_first_step():
    svg = charts.funnel_svg(
        [{"label": "Applied", "n": 40}, {"label": "Screening", "n": 10}, {"label": "Offer", "n": 0}]
    )

    widths = [
        float(w)
        for w in re.findall(r'width="([\d.]+)" height="\d+" rx="3" class="funnel-bar"', svg)
    ]
    assert widths[0] == 4 * widths[1] and widths[2] == 0
    assert "Applied 40, Screening 10, Offer 0" in svg
    _no_inline_style(svg)


def test_it_marks_weeks_that_met_the_goal():
    weeks = [
        {"week": dt.date(2026, 3, 2) + dt.timedelta(weeks=i), "n": n}
        for i, n in enumerate([3, 10, 12])
    ]

    svg = charts.weekly_svg(weeks, goal=10)

    assert svg.count("week-bar-met") == 2
    assert "goal 10" in svg
    _no_inline_style(svg)


def test_it_draws_a_dot_per_theme_and_month():
    months = [dt.date(2026, m, 1) for m in (1, 2, 3)]

    svg = charts.themes_svg([{"label": "Communication", "counts": [0, 2, 4]}], months)

    assert svg.count('class="theme-dot"') == 2 and svg.count("theme-dot-empty") == 1
    assert "Communication, March 2026: 4" in svg
    _no_inline_style(svg)
