"""Native PowerPoint charts (their data in the embedded workbook, so the client can edit and restyle
them), with a number format on every axis and data label and the scenario look of the app and the PDF.

Values are the engine's figures unrounded; the number formats scale them for reading (thousands,
millions), so a chart's data sheet holds the exact amounts.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_AXIS_CROSSES, XL_CHART_TYPE, XL_LEGEND_POSITION, XL_LABEL_POSITION, XL_MARKER_STYLE, XL_TICK_LABEL_POSITION
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.util import Emu, Pt

from roi_desktop.reports import numbers
from roi_desktop.reports.palette import ScenarioStyle

from .layout import Box

DASHES = {"solid": MSO_LINE_DASH_STYLE.SOLID, "dash": MSO_LINE_DASH_STYLE.DASH,
          "dot": MSO_LINE_DASH_STYLE.ROUND_DOT, "dash_dot": MSO_LINE_DASH_STYLE.DASH_DOT,
          "long_dash": MSO_LINE_DASH_STYLE.LONG_DASH}
GREY = RGBColor(0x59, 0x59, 0x59)
_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def tint(colour: str, amount: float) -> RGBColor:
    """``colour`` mixed with white (amount 0: as is, 1: white)."""
    c = colour.lstrip("#")
    parts = [int(c[i:i + 2], 16) for i in (0, 2, 4)]
    return RGBColor(*(round(p + (255 - p) * amount) for p in parts))


def _quoted(text: str) -> str:
    return '"' + text.replace('"', "") + '"'


def money_format(max_abs: float, currency: str, lang: str, extra_decimals: int = 0) -> str:
    """An Excel/PowerPoint number format for amounts up to ``max_abs``: scaled to thousands or millions
    with the unit in the language's words ('1,2 mln zł', '€1.2m'); the value itself stays exact."""
    symbol = numbers.currency_symbol(currency, lang)
    if max_abs >= 1e6:
        commas, unit_pl, unit_en, decimals = ",,", "mln", "m", 1
    elif max_abs >= 1e4:
        commas, unit_pl, unit_en, decimals = ",", "tys.", "k", 0
    else:
        commas, unit_pl, unit_en, decimals = "", "", "", 0
    decimals += extra_decimals
    body = "#,##0" + ("." + "0" * decimals if decimals else "") + commas
    if lang == "pl":
        return body + _quoted(" " + " ".join(x for x in (unit_pl, symbol) if x))
    prefix = symbol if len(symbol) == 1 else symbol + " "
    return _quoted(prefix) + body + (_quoted(unit_en) if unit_en else "")


COUNT_FORMAT = "#,##0"
SIGNED_COUNT_FORMAT = "+#,##0;-#,##0;0"


def _style_axes(chart, value_format: str, category_format: str | None = None, size: float = 12) -> None:
    value_axis = chart.value_axis
    value_axis.tick_labels.number_format = value_format
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.tick_labels.font.size = Pt(size)
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = RGBColor(0xD9, 0xD9, 0xD9)
    category_axis = chart.category_axis
    category_axis.tick_labels.font.size = Pt(size)
    category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    category_axis.tick_labels.number_format = category_format or "General"
    category_axis.tick_labels.number_format_is_linked = category_format is None
    category_axis.format.line.color.rgb = RGBColor(0xA6, 0xA6, 0xA6)


def _legend(chart, size: float = 12) -> None:
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.legend.font.size = Pt(size)


def _axis_title(axis, text: str, size: float = 12) -> None:
    axis.has_title = True
    axis.axis_title.text_frame.text = text
    for paragraph in axis.axis_title.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size, run.font.bold = Pt(size), False


def line_chart(slide, box: Box, categories: Sequence, series: Sequence[tuple[str, Sequence[float], ScenarioStyle | None]],
               value_format: str, *, category_title: str = "", label_every: int = 1):
    """A line chart: one series per (name, values, style); style None draws a grey dashed reference."""
    data = CategoryChartData(number_format=value_format)
    data.categories = list(categories)
    for name, values, _ in series:  # None: no value that month (a gap in the line)
        data.add_series(name, [None if v is None else float(v) for v in values], number_format=value_format)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE, Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height),
                                   data)
    chart = frame.chart
    chart.has_title = False
    _style_axes(chart, value_format, "0")
    _legend(chart, 12 if len(series) <= 6 else 10)
    if category_title:
        _axis_title(chart.category_axis, category_title)
    for plotted, (_, _, style) in zip(chart.plots[0].series, series):
        plotted.smooth = False
        plotted.marker.style = XL_MARKER_STYLE.NONE
        line = plotted.format.line
        line.width = Pt(2.5 if style is not None else 1.75)
        line.color.rgb = rgb(style.colour) if style is not None else GREY
        line.dash_style = DASHES[style.dash] if style is not None else MSO_LINE_DASH_STYLE.DASH
    if label_every > 1:
        skip_labels(chart, label_every)
    return chart


def skip_labels(chart, every: int) -> None:
    """Label and tick every ``every``-th category (months: one label a year)."""
    axis = chart.category_axis._element
    for tag in ("tickLblSkip", "tickMarkSkip"):
        for old in axis.findall(f"{{{_C}}}{tag}"):
            axis.remove(old)
    anchor = axis.find(f"{{{_C}}}noMultiLvlLbl")
    for tag in ("tickLblSkip", "tickMarkSkip"):
        element = etree.Element(f"{{{_C}}}{tag}", val=str(every))
        if anchor is not None:
            anchor.addprevious(element)
        else:
            axis.append(element)


def bar_chart(slide, box: Box, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
              value_format: str, *, label_format: str | None = None, point_colours: Sequence[Sequence] | None = None,
              series_colours: Sequence | None = None, horizontal: bool = True, overlap: int = 0,
              crosses_at: float | None = None, legend: bool = False, size: float = 12):
    """Bars: one group per category, one bar per series. ``point_colours[s][i]`` colours a single bar
    (scenario colours); ``crosses_at`` starts the bars at that value (a tornado starts at the NPV)."""
    data = CategoryChartData(number_format=value_format)
    data.categories = list(categories)
    for name, values in series:
        data.add_series(name, [float(v) for v in values], number_format=value_format)
    kind = XL_CHART_TYPE.BAR_CLUSTERED if horizontal else XL_CHART_TYPE.COLUMN_CLUSTERED
    chart = slide.shapes.add_chart(kind, Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height), data).chart
    chart.has_title = False  # the slide's title says what the chart shows
    _style_axes(chart, value_format, size=size)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = overlap
    plot.vary_by_categories = False
    if horizontal:
        chart.category_axis.reverse_order = True  # the first scenario on top, as in the table
        chart.category_axis.crosses = XL_AXIS_CROSSES.MAXIMUM  # and the value axis stays at the bottom
    if crosses_at is not None:
        chart.value_axis.crosses_at = float(crosses_at)
    if legend:
        _legend(chart, size)
    else:
        chart.has_legend = False
    if label_format is not None:
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format = label_format
        labels.number_format_is_linked = False
        labels.font.size = Pt(max(8.0, size - 2))
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
    for s, plotted in enumerate(plot.series):
        if series_colours is not None:
            plotted.format.fill.solid()
            plotted.format.fill.fore_color.rgb = series_colours[s]
        if point_colours is not None:
            for i, colour in enumerate(point_colours[s]):
                point = plotted.points[i]
                point.format.fill.solid()
                point.format.fill.fore_color.rgb = colour
    return chart
