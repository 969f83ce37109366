"""Charts in the house style, drawn with reportlab.graphics (vector, no matplotlib).

Each function returns a ``Drawing`` (a flowable) the width of the text column. Months are labelled
"May" with the year under the first month and under every January; suppressed counts are drawn as
nothing (the table next to the chart says "<5").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from ..i18n import month_short
from .pdf import GREY, INK, RULE, SERIES, styles


def month_labels(months: Sequence[date]) -> list[str]:
    """"May", with the year under the first month shown in each year; every 2nd or 3rd month when crowded."""
    step = 1 if len(months) <= 14 else 2 if len(months) <= 28 else 3
    labels = []
    year_shown = None
    for index, month in enumerate(months):
        if index % step:
            labels.append("")
            continue
        name = month_short(month)
        if month.year != year_shown:
            labels.append(f"{name}\n{month.year}")
            year_shown = month.year
        else:
            labels.append(name)
    return labels


def _nice_step(top: float, steps: int = 5) -> float:
    if top <= 0:
        return 1
    raw = top / steps
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            step = factor * magnitude
            return max(1, int(step)) if step >= 1 else 1
    return magnitude * 10


def _legend(pairs: Sequence[tuple[colors.Color, str]], x: float, y: float) -> Legend:
    s = styles()
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.fontName = s.regular
    legend.fontSize = 7.5
    legend.fillColor = INK
    legend.colorNamePairs = list(pairs)
    legend.dx, legend.dy = 7, 7
    legend.deltax, legend.deltay = 10, 9
    legend.columnMaximum = 1
    legend.boxAnchor = "ne"
    legend.variColumn = 1
    legend.dxTextSpace = 4
    legend.autoXPadding = 14
    legend.strokeWidth = 0
    legend.strokeColor = None
    return legend


def _axis_title(drawing: Drawing, value: str, x: float, y: float) -> None:
    s = styles()
    drawing.add(String(x, y, value, fontName=s.regular, fontSize=7, fillColor=GREY))


def stacked_bars(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], width: float,
                 height: float = 200, *, y_title: str = "") -> Drawing:
    """Bars per category, one stacked block per series (referrals per month, by pathway)."""
    s = styles()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 42
    chart.width, chart.height = width - 52, height - 72
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = s.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = GREY
    chart.categoryAxis.tickDown = 2
    totals = [sum(v[i] for _, v in series) for i in range(len(categories))] or [0]
    _value_axis(chart.valueAxis, max(totals), s.regular)
    chart.barSpacing = 0
    chart.barWidth = 10
    slot = chart.width / max(1, len(categories))
    chart.groupSpacing = 10 * max(0.25, slot / 34 - 1)  # bars at most 34 pt wide
    chart.bars.strokeColor = None
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES[index % len(SERIES)]
    drawing.add(chart)
    drawing.add(_legend([(SERIES[i % len(SERIES)], name) for i, (name, _) in enumerate(series)],
                        width - 4, height - 4))
    if y_title:
        _axis_title(drawing, y_title, 0, height - 14)
    return drawing


def _value_axis(axis, top: float, font: str) -> None:
    """A value axis from 0 to a round number at or above ``top``, light grid lines, grouped labels."""
    top = top if top > 0 else 1
    step = _nice_step(top)
    axis.valueMin = 0
    axis.valueMax = step * (int(top / step) + (0 if top % step == 0 else 1))
    axis.valueStep = step
    axis.labels.fontName = font
    axis.labels.fontSize = 7
    axis.labels.fillColor = GREY
    axis.labelTextFormat = lambda v: f"{v:,.0f}"
    axis.strokeColor = None
    axis.visibleGrid = True
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.4


def horizontal_bars(labels: Sequence[str], values: Sequence[float], value_labels: Sequence[str],
                    bar_colours: Sequence[colors.Color], width: float, *, legend: Sequence[tuple[colors.Color, str]] = ()
                    ) -> Drawing:
    """One bar per label (open cases by stage), coloured by pathway, its figure at the bar's end."""
    s = styles()
    bar = 13
    height = max(60, bar * len(labels) + 44)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_room = min(210, max(90, max((len(x) for x in labels), default=10) * 4.3))
    chart.x, chart.y = label_room, 26
    chart.width, chart.height = width - label_room - 40, height - 34
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = s.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = GREY
    chart.categoryAxis.tickLeft = 0
    _value_axis(chart.valueAxis, max(values) if values else 0, s.regular)
    chart.barWidth = bar * 0.7
    chart.groupSpacing = bar * 0.3
    chart.bars.strokeColor = None
    for index, colour in enumerate(reversed(list(bar_colours))):
        chart.bars[(0, index)].fillColor = colour
    chart.barLabelFormat = "values"
    chart.barLabelArray = [list(reversed(list(value_labels)))]
    chart.barLabels.fontName = s.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if legend:
        drawing.add(_legend(legend, width - 4, height - 2))
    return drawing


def percent_lines(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], width: float,
                  height: float = 190) -> Drawing:
    """Percentages over months, a line per series (SLA timers met on time, by pathway)."""
    s = styles()
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 40, 42
    chart.width, chart.height = width - 52, height - 72
    chart.data = [[v for v in values] for _, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = s.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = GREY
    chart.categoryAxis.tickDown = 2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = s.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f}%"
    chart.valueAxis.strokeColor = None
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.joinedLines = 1
    from reportlab.graphics.widgets.markers import makeMarker
    for index in range(len(series)):
        colour = SERIES[index % len(SERIES)]
        chart.lines[index].strokeColor = colour
        chart.lines[index].strokeWidth = 1.6
        chart.lines[index].symbol = makeMarker("FilledCircle", size=3.2, fillColor=colour, strokeColor=colour)
    drawing.add(chart)
    drawing.add(_legend([(SERIES[i % len(SERIES)], name) for i, (name, _) in enumerate(series)],
                        width - 4, height - 4))
    return drawing
