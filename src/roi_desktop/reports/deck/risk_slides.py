"""The risk slides: P10/P50/P90 of NPV, the tornado (native bar charts) and the break-even table."""

from __future__ import annotations

from roi_desktop.reports import risk_text
from roi_desktop.reports.palette import scenario_style
from roi_desktop.reports.pdf.risk_section import input_label

from . import charts
from .context import BARS_PER_CHART, ROWS_PER_TABLE, Deck
from .layout import add_table, add_text, chunks, speaker_notes, table_chunks

MAX_TORNADO_BARS = 8
TORNADO_EACH_UP_TO = 4  # with more scenarios, the tornado of the best cut and the best investment


def percentile_slides(deck: Deck) -> None:
    if deck.risk is None or not deck.scenarios:
        return
    lang, fmt = deck.lang, deck.fmt
    pairs = [(i, deck.scenario_risk(i)) for i in range(len(deck.scenarios))]
    pairs = [(i, r) for i, r in pairs if r is not None]
    largest = max((max(abs(r.monte_carlo.p10), abs(r.monte_carlo.p90)) for _, r in pairs), default=0.0)
    axis_format = charts.money_format(largest, fmt.currency, lang)
    label_format = charts.money_format(largest, fmt.currency, lang, extra_decimals=1)
    names = [deck.w("report.p10"), deck.w("report.p50"), deck.w("report.p90")]
    parts = chunks(pairs, BARS_PER_CHART // 3 * 2)
    for n, part in enumerate(parts, 1):
        slide, box = deck.maker.new_slide("title_only", deck.titled(deck.w("deck.h_percentiles"), n, len(parts)))
        chart_box, caption_box = box.split(0.9)
        styles = [scenario_style(i).colour for i, _ in part]
        series = [(names[k], [getattr(r.monte_carlo, attr) for _, r in part])
                  for k, attr in enumerate(("p10", "p50", "p90"))]
        shades = [[charts.tint(c, amount) for c in styles] for amount in (0.55, 0.0, 0.3)]
        charts.bar_chart(slide, chart_box, [deck.chart_label(i) for i, _ in part], series, axis_format,
                         label_format=label_format if len(part) <= 6 else None, point_colours=shades, legend=True,
                         size=12 if len(part) <= 6 else 10)
        add_text(slide, caption_box, [deck.w("deck.percentiles_caption", trials=fmt.count(deck.risk.trials))], 11)
        notes = [(deck.label(i), risk_text.monte_carlo_sentence(r, fmt.currency, lang)) for i, r in part]
        deck.maker.finish(slide, speaker_notes(notes, tail=risk_text.comparison_sentence(deck.risk, lang) or ""))


def tornado_indices(deck: Deck) -> list[int]:
    """Every scenario when there are few; else the best cut and the best investment."""
    if len(deck.scenarios) <= TORNADO_EACH_UP_TO:
        return list(range(len(deck.scenarios)))
    leaders = [deck.result.best_index(kind) for kind in ("cut", "investment")]
    return sorted({i for i in leaders if i is not None})


def tornado_slides(deck: Deck) -> None:
    if deck.risk is None:
        return
    lang, fmt = deck.lang, deck.fmt
    chosen = tornado_indices(deck)
    for i in chosen:
        r = deck.scenario_risk(i)
        s = deck.scenarios[i]
        if r is None or not r.tornado:
            continue
        bars = sorted(r.tornado, key=lambda b: -abs(b.swing))[:MAX_TORNADO_BARS]
        slide, box = deck.maker.new_slide("title_only", deck.w("deck.h_tornado", name=deck.quoted(s.name)))
        chart_box, caption_box = box.split(0.88)
        largest = max(max(abs(b.npv_low), abs(b.npv_high)) for b in bars)
        axis_format = charts.money_format(largest, fmt.currency, lang)
        label_format = charts.money_format(largest, fmt.currency, lang, extra_decimals=1)
        series = [(deck.w("report.npv_at_low"), [b.npv_low for b in bars]), (deck.w("report.npv_at_high"), [b.npv_high for b in bars])]
        colours = [charts.tint(scenario_style(i).colour, 0.5), charts.rgb(scenario_style(i).colour)]
        charts.bar_chart(slide, chart_box, [input_label(b, lang) for b in bars], series, axis_format,
                         label_format=label_format, series_colours=colours, overlap=100, crosses_at=s.npv, legend=True)
        caption = deck.w("deck.tornado_caption", npv=fmt.money(s.npv))
        lines = [caption] + ([deck.w("deck.tornado_leaders")] if len(chosen) < len(deck.scenarios) else [])
        add_text(slide, caption_box, lines, 11, spacing=2)
        notes = [(input_label(b, lang), f"{fmt.money(b.npv_low)} → {fmt.money(b.npv_high)}") for b in bars]
        deck.maker.finish(slide, speaker_notes(notes, lead=deck.w("report.chart_tornado")))


def breakeven_slides(deck: Deck) -> None:
    if not deck.scenarios:
        return
    fmt, lang = deck.fmt, deck.lang
    header = [deck.w("report.scenario_col"), deck.w("deck.assumed"), deck.w("report.breakeven"), deck.w("deck.what_it_means")]
    widths = [2.6, 1.4, 1.4, 4.6]
    all_rows, sentences = [], []
    for i, s in enumerate(deck.scenarios):
        sentence = risk_text.breakeven_sentence(s, fmt.currency, lang)
        b = s.breakeven_churn_change_pp
        all_rows.append([deck.label(i), fmt.pp(s.scenario.churn_change_pp, 2), fmt.pp(b, 2) if b is not None else "—",
                         sentence])
        sentences.append((deck.label(i), sentence))
    parts = table_chunks(all_rows, widths, deck.maker.table_room, 12, ROWS_PER_TABLE)
    for n, part in enumerate(parts, 1):
        slide, box = deck.maker.new_slide("title_only", deck.titled(deck.w("deck.h_breakeven"), n, len(parts)))
        add_table(slide, box, header, [all_rows[i] for i in part], widths=widths, size=12, right_from=1)
        _left_align_last_column(slide)
        deck.maker.finish(slide, speaker_notes(sentences[i] for i in part))


def _left_align_last_column(slide) -> None:
    from pptx.enum.text import PP_ALIGN
    table = next(s for s in slide.shapes if s.has_table).table
    last = len(table.columns) - 1
    for row in table.rows:
        for paragraph in row.cells[last].text_frame.paragraphs:
            paragraph.alignment = PP_ALIGN.LEFT
