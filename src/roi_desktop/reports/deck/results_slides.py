"""The result slides: title, verdict, comparison table, cumulative cash flow, NPV, customers."""

from __future__ import annotations

import io
import logging

import numpy as np
from pptx.util import Emu, Pt

from roi_desktop.reports import numbers
from roi_desktop.reports.palette import scenario_style
from roi_desktop.reports.verdict import plain, summary_sentences, verdict
from roi_desktop.reports.pdf import summary as pdf_summary
from roi_desktop.reports.pdf.summary import breakeven_figure, roi_figure

from . import charts
from .context import BARS_PER_CHART, LINES_PER_CHART, ROWS_PER_TABLE, Deck
from .layout import INCH, Box, add_table, add_text, chunks, fill_body, speaker_notes, table_chunks

log = logging.getLogger(__name__)


def title_slide(deck: Deck) -> None:
    project, w = deck.project, deck.w
    title = project.report.title.strip() or w("deck.default_title")
    slide, box = deck.maker.new_slide("title", title)
    client = project.client.name + (f" · {project.client.industry}" if project.client.industry else "")
    who = ", ".join(x for x in (project.report.consultant or deck.branding.consultant, deck.branding.company)
                    if x.strip())
    lines = [w("deck.for_client", client=client)] + ([w("deck.prepared_by", who=who)] if who else [])
    lines.append(numbers.date(deck.date, deck.lang))
    subtitle = next((s for s in slide.placeholders if s.placeholder_format.idx == 1), None)
    if subtitle is not None and subtitle.has_text_frame:
        fill_body(subtitle, lines, 20)
    else:
        top = int(deck.maker.height * 0.62)
        add_text(slide, Box(deck.maker.margin, top, deck.maker.width - 2 * deck.maker.margin,
                            int(deck.maker.height * 0.3)), lines, 20)
    _logo(slide, deck)
    a = project.analysis
    deck.maker.finish(slide, deck.w("report.horizon_cover", years=deck.horizon, rate=deck.fmt.percent(a.discount_rate),
                                     currency=deck.fmt.symbol))


def _logo(slide, deck: Deck) -> None:
    path = deck.branding.logo_path
    if not path:
        return
    try:
        from PIL import Image
        with Image.open(path) as picture:
            picture.load()
            buffer = io.BytesIO()
            picture.convert("RGBA").save(buffer, format="PNG")
        buffer.seek(0)
        height = Emu(int(INCH * 0.8))
        slide.shapes.add_picture(buffer, Emu(deck.maker.width - deck.maker.margin - INCH * 2), Emu(INCH // 3),
                                 height=height)
    except Exception as error:  # noqa: BLE001 - an unreadable logo is left out, never fails the deck
        log.warning("logo %s left out of the deck: %s", path, error)


def verdict_slide(deck: Deck) -> None:
    """The verdict in one sentence, then the NPV of up to four scenarios (the best ones) as large figures."""
    slide, box = deck.maker.new_slide("content", deck.w("deck.h_verdict"))
    sentence_box, tiles_box = box.split(0.45)
    add_text(slide, sentence_box, [verdict(deck.result, deck.lang)], 26)
    shown = sorted(range(len(deck.scenarios)), key=lambda i: -deck.scenarios[i].npv)[:4]
    width = tiles_box.width // max(1, len(shown))
    for k, i in enumerate(sorted(shown)):
        s = deck.scenarios[i]
        tile = Box(tiles_box.left + k * width, tiles_box.top, width - INCH // 6, tiles_box.height)
        value = deck.fmt.money_short(s.npv)
        shape = add_text(slide, tile, [value, deck.label(i), f"{deck.w('report.roi')} {roi_figure(s, deck.fmt)} · "
                                       f"{deck.payback(i)}"], 14, bold_first=True, spacing=4)
        first = shape.text_frame.paragraphs[0].runs[0]
        first.font.size = Pt(30 if len(value) <= 12 else 24)
        first.font.color.rgb = charts.rgb(scenario_style(i).colour)
        for run in shape.text_frame.paragraphs[2].runs:
            run.font.size = Pt(11)
    deck.maker.finish(slide, "\n\n".join(summary_sentences(deck.result, deck.risk, deck.lang)))


def comparison_slides(deck: Deck) -> None:
    if not deck.scenarios:
        return
    fmt = deck.fmt
    header = [deck.w("report.scenario_col"), deck.w("field.kind"), deck.w("report.npv_short"), deck.w("report.roi"), deck.w("report.timing"),
              deck.w("report.customers_vs_baseline"), deck.w("report.breakeven")]
    widths = [2.8, 1.2, 1.8, 1.0, 2.7, 1.5, 1.5]  # the payback words (about 40 characters) on one or two lines
    all_rows = []
    for i, s in enumerate(deck.scenarios):
        all_rows.append([deck.label(i), deck.w(s.kind), fmt.money(s.npv), roi_figure(s, fmt), deck.payback(i),
                         fmt.signed_count(float(s.customers_vs_baseline[-1])), breakeven_figure(s, fmt)])
    parts = table_chunks(all_rows, widths, deck.maker.table_room, 12, ROWS_PER_TABLE)
    for n, part in enumerate(parts, 1):
        slide, box = deck.maker.new_slide("title_only", deck.titled(deck.w("deck.h_comparison"), n, len(parts)))
        rows = [all_rows[i] for i in part]
        table_box, caption_box = box.split(0.88)
        add_table(slide, table_box, header, rows, widths=widths, size=12, right_from=2)
        caption = deck.w("story.basis", n=deck.project.analysis.horizon_years)
        add_text(slide, caption_box, [caption], 11)
        deck.maker.finish(slide, caption)


def cumulative_slides(deck: Deck) -> None:
    if not deck.scenarios:
        return
    lang, fmt = deck.lang, deck.fmt
    indices = list(range(len(deck.scenarios)))
    largest = max((float(np.max(np.abs(s.cumulative_net))) for s in deck.scenarios), default=0.0)
    value_format = charts.money_format(largest, fmt.currency, lang)
    months = deck.scenarios[0].cumulative_net.size if deck.scenarios else 0
    parts = chunks(indices, LINES_PER_CHART)
    for n, part in enumerate(parts, 1):
        slide, box = deck.maker.new_slide("title_only", deck.titled(deck.w("deck.h_cumulative"), n, len(parts)))
        chart_box, caption_box = box.split(0.9)
        series = [(deck.chart_label(i), deck.scenarios[i].cumulative_net, scenario_style(i)) for i in part]
        charts.line_chart(slide, chart_box, list(range(months)), series, value_format,
                          category_title=deck.w("deck.axis_month"), label_every=12)
        add_text(slide, caption_box, [deck.w("deck.cumulative_caption")], 11)
        deck.maker.finish(slide, speaker_notes([(deck.label(i), deck.payback(i)) for i in part],
                                               lead=deck.w("report.chart_cumulative")))


def npv_slides(deck: Deck) -> None:
    if not deck.scenarios:
        return
    lang, fmt = deck.lang, deck.fmt
    a = deck.project.analysis
    largest = max((abs(s.npv) for s in deck.scenarios), default=0.0)
    axis_format = charts.money_format(largest, fmt.currency, lang)
    label_format = charts.money_format(largest, fmt.currency, lang, extra_decimals=1)
    parts = chunks(list(range(len(deck.scenarios))), BARS_PER_CHART)
    for n, part in enumerate(parts, 1):
        slide, box = deck.maker.new_slide("title_only", deck.titled(deck.w("deck.h_npv"), n, len(parts)))
        chart_box, caption_box = box.split(0.9)
        colours = [charts.rgb(scenario_style(i).colour) for i in part]
        charts.bar_chart(slide, chart_box, [deck.chart_label(i) for i in part],
                         [(deck.w("deck.series_npv"), [deck.scenarios[i].npv for i in part])], axis_format,
                         label_format=label_format, point_colours=[colours], size=12 if len(part) <= 8 else 10)
        caption = deck.w("deck.npv_caption", over=deck.over_horizon, rate=fmt.percent(a.discount_rate))
        add_text(slide, caption_box, [caption], 11)
        paragraphs = [("", plain(pdf_summary.scenario_paragraph(deck.scenarios[i], fmt, a.horizon_years))) for i in part]
        deck.maker.finish(slide, speaker_notes(paragraphs, lead=caption, sep="\n\n"))


def customers_slides(deck: Deck) -> None:
    if not deck.scenarios:
        return
    fmt = deck.fmt
    years = deck.project.analysis.horizon_years
    categories = [deck.w("year_n", n=t) for t in range(1, years + 1)]
    after = deck.after_horizon[:1].upper() + deck.after_horizon[1:]
    parts = chunks(list(range(len(deck.scenarios))), LINES_PER_CHART)
    for n, part in enumerate(parts, 1):
        slide, box = deck.maker.new_slide("title_only", deck.titled(deck.w("deck.h_customers"), n, len(parts)))
        chart_box, caption_box = box.split(0.9)
        series = [(deck.chart_label(i), deck.scenarios[i].customers_vs_baseline) for i in part]
        colours = [charts.rgb(scenario_style(i).colour) for i in part]
        charts.bar_chart(slide, chart_box, categories, series, charts.SIGNED_COUNT_FORMAT,
                         label_format=charts.SIGNED_COUNT_FORMAT if len(part) * years <= 24 else None,
                         series_colours=colours, horizontal=False, legend=True, size=12 if len(part) <= 6 else 10)
        add_text(slide, caption_box, [deck.w("deck.customers_caption")], 11)
        notes = []
        for i in part:
            s = deck.scenarios[i]
            diff = float(s.customers_vs_baseline[-1])
            key = "story.lost" if round(diff) < 0 else "story.kept" if round(diff) > 0 else None
            if key:
                notes.append((deck.label(i), deck.w(key, After=after, n=round(abs(diff)), shown=fmt.count(abs(diff)),
                                                    revenue=fmt.money(s.revenue_at_risk))))
        deck.maker.finish(slide, speaker_notes(notes))


__all__ = ["title_slide", "verdict_slide", "comparison_slides", "cumulative_slides", "npv_slides",
           "customers_slides"]
