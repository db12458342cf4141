"""The report's section "What customers will feel": the queue (Erlang C) of today and of every
scenario, a chart of service level and average wait against the service budget (-50 % .. +50 %, the
scenarios marked) and the model's assumptions. Empty when the client has no operations figures.

Hooked into the story by one line in document.py (after the risk analysis, before the assumptions).
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from roi_desktop.core import ProjectResult
from roi_desktop.core.queue_model import SWEEP_CHANGES, budget_sweep
from roi_desktop.reports.palette import scenario_style
from roi_desktop.reports.queue_text import churn_link_note, wait_time
from roi_desktop.reports.words import text as words

from .chart_kit import Axis, gridlines_x, gridlines_y, legend, new_drawing, text, wrap
from .formatting import Fmt
from .styles import BASELINE, CONTENT_WIDTH, MUTED, cell, data_table, esc, para

PANEL_HEIGHT = 170
NEVER_FILL = colors.HexColor("#F4E1DC")


def queue_section(result: ProjectResult, fmt: Fmt) -> list[Flowable]:
    queue, ops = result.queue, result.project.client.operations
    if queue is None or ops is None:
        return []
    lang = fmt.lang
    w = lambda key, **v: words(lang, key, **v)  # noqa: E731
    story: list[Flowable] = [CondPageBreak(420), para(w("queue.title"), "h1")]
    story.append(para(w("queue.intro", contacts=fmt.count(ops.contacts_per_year),
                        handle=wait_time(ops.handle_time_s, lang), hours=fmt.count(ops.open_hours_per_year))))
    story += [Spacer(1, 4), _table(result, fmt), Spacer(1, 4)]
    for i, s in enumerate(result.scenarios):
        if not queue.scenarios[i].stable:
            story.append(para(f"<b>{_esc(s.name)}</b>: {w('queue.never_clears_long')}", "small"))
        note = churn_link_note(queue, i, lang)
        if note:
            story.append(para(f"<b>{_esc(s.name)}</b>: {note}", "small"))
    story += [Spacer(1, 6), KeepTogether([para(w("queue.chart_title"), "h2"), sweep_chart(result, fmt),
                                          _legend(result, fmt)])]
    story += [Spacer(1, 4), para(w("queue.assumptions"), "small")]
    return story


def _esc(value: str) -> str:
    return esc(value)


def _table(result: ProjectResult, fmt: Fmt):
    lang, queue, ops = fmt.lang, result.queue, result.project.client.operations
    assert queue is not None and ops is not None  # queue_section shows the queue only when both exist
    t = f"{ops.answer_target_s:g}"
    header = [cell(words(lang, "queue.scenario"), "head")] + [cell(words(lang, k, t=t, sl=fmt.percent(
        ops.target_service_level, 0)), "head_r") for k in ("queue.col_agents", "queue.col_asa", "queue.col_sl",
                                                             "queue.col_wait", "queue.col_occupancy", "queue.col_needed")]
    rows = [header]
    for name, q in [(words(lang, "queue.baseline"), queue.baseline)] + [
            (s.name, q) for s, q in zip(result.scenarios, queue.scenarios)]:
        rows.append([cell(name, user=True), cell(fmt.count(q.agents), "cell_r"),
                     cell(wait_time(q.asa_seconds, lang), "cell_r"), cell(fmt.percent(q.service_level), "cell_r"),
                     cell(fmt.percent(q.prob_wait), "cell_r"),
                     cell("—" if q.occupancy is None else fmt.percent(q.occupancy), "cell_r"),
                     cell("—" if q.agents_needed is None else fmt.count(q.agents_needed), "cell_r")])
    first = CONTENT_WIDTH * 0.28
    rest = (CONTENT_WIDTH - first) / 6
    return data_table(rows, [first] + [rest] * 6, zebra=True)


def sweep_chart(result: ProjectResult, fmt: Fmt, width: float = CONTENT_WIDTH) -> Drawing:
    """Two panels side by side: service level and average wait against the service budget change."""
    client, queue = result.project.client, result.queue
    assert queue is not None and client.operations is not None  # a queue is modelled only with operations
    sweep = budget_sweep(client)
    xs = [100 * c for c in SWEEP_CHANGES]
    marks = [(i, 100 * s.scenario.service_spend_change, q) for i, (s, q) in enumerate(zip(result.scenarios,
                                                                                            queue.scenarios))]
    marks = [m for m in marks if -50 <= m[1] <= 50]
    d = new_drawing(width, PANEL_HEIGHT)
    half = width / 2
    t = f"{client.operations.answer_target_s:g}"
    sl = [100 * q.service_level for q in sweep]
    _panel(d, 0, half - 8, xs, sl, [(i, x, 100 * q.service_level) for i, x, q in marks], (0, 100), fmt,
           words(fmt.lang, "queue.chart_sl", t=t) + " (%)", sweep)
    finite = [q.asa_seconds for q in sweep if q.asa_seconds is not None] + [
        q.asa_seconds for _, _, q in marks if q.asa_seconds is not None]
    top = min(max(finite + [60.0]), 900.0)
    asa = [None if q.asa_seconds is None else min(q.asa_seconds, top) for q in sweep]  # never clears: the band
    _panel(d, half + 8, width, xs, asa, [(i, x, None if q.asa_seconds is None else min(q.asa_seconds, top))
                                         for i, x, q in marks], (0, top), fmt, words(fmt.lang, "queue.chart_asa"), sweep)
    return d


def _panel(d, left, right, xs, ys, marks, y_range, fmt: Fmt, title: str, sweep) -> None:
    x0, x1, y0, y1 = left + 34, right - 6, 24, PANEL_HEIGHT - 16
    x_axis = Axis(-50, 50, x0, x1, 5)
    x_axis.ticks, x_axis.lo, x_axis.hi = [-50, -25, 0, 25, 50], -50, 50
    y_axis = Axis(y_range[0], y_range[1], y0, y1, 5)
    # where the queue never clears, shade the budget changes
    for k, q in enumerate(sweep):
        if not q.stable:
            half_step = (xs[1] - xs[0]) / 2
            a, b = max(-50, xs[k] - half_step), min(50, xs[k] + half_step)
            d.add(Rect(x_axis(a), y0, x_axis(b) - x_axis(a), y1 - y0, fillColor=NEVER_FILL, strokeColor=None))
    gridlines_y(d, y_axis, x0, x1, lambda v: f"{v:g}", zero_strong=False)
    gridlines_x(d, x_axis, y0, y1, lambda v: f"{v:+g} %" if v else "0 %", zero_strong=True)
    d.add(text(x0 - 30, PANEL_HEIGHT - 9, title, bold=True))
    d.add(text(x1, 2, words(fmt.lang, "queue.chart_x"), anchor="end"))
    runs: list[list[float]] = [[]]
    for x, y in zip(xs, ys):
        if y is None:
            runs.append([])
        else:
            runs[-1] += [x_axis(x), y_axis(y)]
    for points in runs:
        if len(points) >= 4:
            d.add(PolyLine(points, strokeColor=BASELINE, strokeWidth=1.6))
    unstable = [xs[k] for k, q in enumerate(sweep) if not q.stable]
    if unstable:
        middle = x_axis((min(unstable) + max(unstable)) / 2)
        for n, line in enumerate(wrap(words(fmt.lang, "queue.never_clears"), x_axis(max(unstable)) - x_axis(
                min(unstable)) + 20, size=6.5, max_lines=3)):
            d.add(text(middle, (y0 + y1) / 2 - 8 * n, line, size=6.5, anchor="middle", colour=MUTED))
    for i, x, y in marks:
        y = y_axis.hi if y is None else y  # a scenario whose queue never clears sits at the top, in the band
        _marker(d, x_axis(x), y_axis(y), i)
        d.add(text(x_axis(x) + 5, y_axis(y) + 3, str(i + 1), size=6.5, bold=True))


def _marker(d, x: float, y: float, index: int, r: float = 3.6) -> None:
    style = scenario_style(index)
    colour = colors.HexColor(style.colour)
    kw = {"fillColor": colour, "strokeColor": colors.white, "strokeWidth": 0.6}
    if style.marker == "circle":
        d.add(Circle(x, y, r, **kw))
    elif style.marker == "square":
        d.add(Rect(x - r, y - r, 2 * r, 2 * r, **kw))
    elif style.marker == "triangle":
        d.add(Polygon([x - r, y - r, x + r, y - r, x, y + r], **kw))
    elif style.marker == "diamond":
        d.add(Polygon([x, y - r, x + r, y, x, y + r, x - r, y], **kw))
    else:  # x and plus
        cross = style.marker == "x"
        a = r * (1 if cross else 0)
        b = r * (0 if cross else 1)
        d.add(Line(x - r, y - a, x + r, y + a, strokeColor=colour, strokeWidth=1.6))
        d.add(Line(x - b if not cross else x - r, y + r if cross else y - r, x + b if not cross else x + r,
                   y - r if cross else y + r, strokeColor=colour, strokeWidth=1.6))


def _legend(result: ProjectResult, fmt: Fmt):
    entries = [(BASELINE, words(fmt.lang, "queue.baseline"), False)]
    entries += [(colors.HexColor(scenario_style(i).colour), f"{i + 1}. {s.name}", False)
                for i, s in enumerate(result.scenarios)]
    return legend(entries, columns=2)

