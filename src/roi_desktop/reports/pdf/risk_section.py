"""The risk analysis section (when a risk result is given): per scenario a plain-words reading,
the Monte Carlo range with its distribution chart, and the tornado of the inputs that move NPV most."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import ProjectResult, ScenarioResult
from roi_desktop.core.fields import ANALYSIS_FIELDS, CLIENT_FIELDS, SCENARIO_FIELDS
from roi_desktop.core.risk import ScenarioRisk
from roi_desktop.reports import risk_text
from roi_desktop.reports.field_words import field_label

from .chart_kit import legend
from .formatting import Fmt
from .risk_charts import HIGH_COLOUR, LOW_COLOUR, MAX_TORNADO_BARS, distribution, tornado
from .styles import CONTENT_WIDTH, cell, data_table, esc, para
from .summary import breakeven_sentence
from roi_desktop.reports.words import text


def input_label(bar, lang: str) -> str:
    """The tornado input in the report's language, named as everywhere in the product."""
    return field_label(str(getattr(bar, "input", "")), lang)


def _lower_first(label: str) -> str:
    """'Change of yearly churn' -> 'change of yearly churn' inside a sentence; acronyms (NPV, CLV) stay."""
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def _match(result: ProjectResult, risk) -> list[tuple[int, ScenarioResult, ScenarioRisk]]:
    by_name = {sr.name: sr for sr in risk.scenarios}
    pairs = []
    for i, s in enumerate(result.scenarios):
        sr = risk.scenarios[i] if i < len(risk.scenarios) and risk.scenarios[i].name == s.name else by_name.get(s.name)
        if sr is not None:
            pairs.append((i, s, sr))
    return pairs


def _range_table(mc, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    heads = [text(lang, f"report.{k}") for k in ("p10", "p50", "p90", "prob_positive")]
    values = [fmt.money(mc.p10), fmt.money(mc.p50), fmt.money(mc.p90), fmt.percent(mc.prob_positive, 0)]
    w = CONTENT_WIDTH / 4
    return data_table([[cell(esc(h), "head_r") for h in heads], [cell(esc(v), "cell_r") for v in values]], [w] * 4)


_SIGNED = {"service_spend_change", "revenue_per_customer_change"}


def input_value(bar, value: float, fmt: Fmt) -> str:
    """An input value in its own unit (percent, pp, money or count), as the assumptions show it."""
    field = str(getattr(bar, "input", "")).rsplit(".", 1)[-1]
    spec = CLIENT_FIELDS.get(field) or SCENARIO_FIELDS.get(field) or ANALYSIS_FIELDS.get(field)
    unit = spec.unit if spec else ""
    if unit == "fraction":
        return fmt.signed_percent(value) if field in _SIGNED else fmt.percent(value)
    if unit == "pp":
        return fmt.pp(value)
    if unit == "money":
        return fmt.money(value)
    return fmt.count(value, 0 if float(value).is_integer() or abs(value) >= 100 else 2)


def _tornado_table(bars, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    rows = [[cell(text(lang, "report.input"), "head"), cell(text(lang, "report.low") + " … " + text(lang, "report.high"), "head_r"),
             cell(text(lang, "report.npv_at_low"), "head_r"), cell(text(lang, "report.npv_at_high"), "head_r"),
             cell(text(lang, "report.swing"), "head_r")]]
    for bar in bars:
        span = f"{input_value(bar, bar.low_value, fmt)} … {input_value(bar, bar.high_value, fmt)}"
        rows.append([cell(esc(input_label(bar, lang))), cell(esc(span), "cell_r"),
                     cell(esc(fmt.money(bar.npv_low)), "cell_r"), cell(esc(fmt.money(bar.npv_high)), "cell_r"),
                     cell(esc(fmt.money(bar.swing)), "cell_r")])
    return data_table(rows, [CONTENT_WIDTH - 118 - 3 * 76, 118, 76, 76, 76], zebra=True)


def scenario_risk(i: int, s: ScenarioResult, sr, fmt: Fmt) -> list[Flowable]:
    lang = fmt.lang
    mc = sr.monte_carlo
    bars = sorted(sr.tornado, key=lambda b: -abs(b.swing))
    reading = esc(risk_text.monte_carlo_sentence(sr, fmt.currency, lang))
    if mc.p10 != mc.p90:
        reading += " " + text(lang, "report.r.median", p50=fmt.money(mc.p50), trials=fmt.count(mc.trials))
    if bars:
        reading += " " + text(lang, "report.r.driver", input=esc(_lower_first(input_label(bars[0], lang))),
                            a=fmt.money(bars[0].npv_low), b=fmt.money(bars[0].npv_high))
    reading += " " + breakeven_sentence(s, fmt)
    head: list[Flowable] = [para(text(lang, "report.h_scenario_n", n=i + 1, name=esc(s.name)), "h2"), para(reading)]
    labels = {"p10": "P10", "p50": "P50", "p90": "P90", "share": text(lang, "report.share_of_trials")}
    if mc.histogram_counts and len(mc.histogram_edges) == len(mc.histogram_counts) + 1:
        head += [para(text(lang, "report.chart_distribution", trials=fmt.count(mc.trials)), "h3"),
                 distribution(mc, fmt, labels), Spacer(1, 4)]
    out: list[Flowable] = [KeepTogether(head + [_range_table(mc, fmt), Spacer(1, 8)])]
    if bars:
        shown = bars[:MAX_TORNADO_BARS]
        key = legend([(LOW_COLOUR, text(lang, "report.at_low"), False), (HIGH_COLOUR, text(lang, "report.at_high"), False)])
        out.append(KeepTogether([
            para(text(lang, "report.chart_tornado"), "h3"),
            tornado(shown, s.npv, [input_label(b, lang) for b in shown], fmt,
                    base_label=f"NPV {fmt.money(s.npv)}"), Spacer(1, 2), key, Spacer(1, 4)]))
        out += [_tornado_table(bars, fmt), Spacer(1, 8)]  # every input; may continue on the next page
    return out


def risk_section(result: ProjectResult, risk, fmt: Fmt) -> list[Flowable]:
    out: list[Flowable] = []
    for i, s, sr in _match(result, risk):
        out += scenario_risk(i, s, sr, fmt)
    return out


def risk_overview(result: ProjectResult, risk, fmt: Fmt) -> list[Flowable]:
    """The range of outcomes of every scenario in one table (main part; the details are in the appendix)."""
    lang = fmt.lang
    heads = [text(lang, "story.scenario")] + [text(lang, f"report.{k}") for k in ("p10", "p50", "p90", "prob_positive")]
    rows = [[cell(esc(heads[0]), "head")] + [cell(esc(h), "head_r") for h in heads[1:]]]
    for i, s, sr in _match(result, risk):
        mc = sr.monte_carlo
        rows.append([cell(f"{i + 1}. {esc(s.name)}")] + [cell(esc(v), "cell_r") for v in (
            fmt.money(mc.p10), fmt.money(mc.p50), fmt.money(mc.p90), fmt.percent(mc.prob_positive, 0))])
    w = (CONTENT_WIDTH - 170) / 4
    out: list[Flowable] = [para(text(lang, "report.r.intro")), data_table(rows, [170] + [w] * 4, zebra=True)]
    beats = risk_text.comparison_sentence(risk, lang)
    if beats:
        out.append(para(esc(beats)))
    return out
