"""The risk analysis section (when a risk result is given): per scenario a plain-words reading,
the Monte Carlo range with its distribution chart, and the tornado of the inputs that move NPV most."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import ProjectResult, ScenarioResult

from .chart_kit import legend
from .formatting import Fmt
from .risk_charts import HIGH_COLOUR, LOW_COLOUR, MAX_TORNADO_BARS, distribution, tornado
from .styles import CONTENT_WIDTH, cell, data_table, esc, para
from .summary import breakeven_sentence
from .texts import has, tr

_R = {  # key: (en, pl)
    "range": ("In 80% of the {trials} simulated outcomes the NPV lies between {p10} and {p90}; the median is "
              "{p50}. The NPV is positive in {prob} of the outcomes.",
              "W 80 % z {trials} symulowanych wyników NPV mieści się między {p10} a {p90}; mediana wynosi {p50}. "
              "NPV jest dodatnie w {prob} wyników."),
    "driver": ("The input that moves the NPV most is {input}: from {a} at its low value to {b} at its high value.",
               "Najsilniej na NPV wpływa dana: {input} – od {a} przy wartości niskiej do {b} przy wartości wysokiej."),
    "intro": ("The ranges below show how far the results move when the consultant's estimates turn out lower or "
              "higher than the point values used above.",
              "Poniższe zakresy pokazują, jak bardzo zmieniają się wyniki, gdy szacunki konsultanta okażą się "
              "niższe lub wyższe od wartości punktowych użytych wyżej."),
}
_SCENARIO_PREFIX = {"service_spend_change", "one_off_cost", "extra_annual_cost"}


def r_(lang: str, key: str, **kw: object) -> str:
    return _R[key][0 if lang == "en" else 1].format(**kw)


def input_label(bar, lang: str) -> str:
    """The tornado input in the report's language: known fields translated, others as the engine named them."""
    field = re.sub(r"\[\d+\]", "", str(getattr(bar, "input", ""))).split(".")[-1]
    if field in _SCENARIO_PREFIX:
        return tr(lang, "s_" + field)
    if field and has(field) and field not in ("kind", "value", "line", "net", "none", "range"):
        return tr(lang, field)
    return str(getattr(bar, "label", field) or field)


def _lower_first(label: str) -> str:
    """'Change of yearly churn' -> 'change of yearly churn' inside a sentence; acronyms (NPV, CLV) stay."""
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def _match(result: ProjectResult, risk) -> list[tuple[int, ScenarioResult, object]]:
    by_name = {sr.name: sr for sr in risk.scenarios}
    pairs = []
    for i, s in enumerate(result.scenarios):
        sr = risk.scenarios[i] if i < len(risk.scenarios) and risk.scenarios[i].name == s.name else by_name.get(s.name)
        if sr is not None:
            pairs.append((i, s, sr))
    return pairs


def _range_table(mc, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    heads = [tr(lang, k) for k in ("p10", "p50", "p90", "prob_positive")]
    values = [fmt.money(mc.p10), fmt.money(mc.p50), fmt.money(mc.p90), fmt.percent(mc.prob_positive, 0)]
    w = CONTENT_WIDTH / 4
    return data_table([[cell(esc(h), "head_r") for h in heads], [cell(esc(v), "cell_r") for v in values]], [w] * 4)


def _tornado_table(bars, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    rows = [[cell(tr(lang, "input"), "head"), cell(tr(lang, "npv_at_low"), "head_r"),
             cell(tr(lang, "npv_at_high"), "head_r"), cell(tr(lang, "swing"), "head_r")]]
    for bar in bars:
        rows.append([cell(esc(input_label(bar, lang))), cell(esc(fmt.money(bar.npv_low)), "cell_r"),
                     cell(esc(fmt.money(bar.npv_high)), "cell_r"), cell(esc(fmt.money(bar.swing)), "cell_r")])
    return data_table(rows, [CONTENT_WIDTH - 3 * 95, 95, 95, 95], zebra=True)


def scenario_risk(i: int, s: ScenarioResult, sr, fmt: Fmt) -> list[Flowable]:
    lang = fmt.lang
    mc = sr.monte_carlo
    bars = sorted(sr.tornado, key=lambda b: -abs(b.swing))
    reading = r_(lang, "range", trials=fmt.count(mc.trials), p10=fmt.money_short(mc.p10),
                 p90=fmt.money_short(mc.p90), p50=fmt.money_short(mc.p50), prob=fmt.percent(mc.prob_positive, 0))
    if bars:
        reading += " " + r_(lang, "driver", input=esc(_lower_first(input_label(bars[0], lang))),
                            a=fmt.money_short(bars[0].npv_low), b=fmt.money_short(bars[0].npv_high))
    reading += " " + breakeven_sentence(s, fmt)
    head: list[Flowable] = [para(tr(lang, "h_scenario_n", n=i + 1, name=esc(s.name)), "h2"), para(reading)]
    labels = {"p10": "P10", "p50": "P50", "p90": "P90", "share": tr(lang, "share_of_trials")}
    if mc.histogram_counts and len(mc.histogram_edges) == len(mc.histogram_counts) + 1:
        head += [para(tr(lang, "chart_distribution", trials=fmt.count(mc.trials)), "h3"),
                 distribution(mc, fmt, labels), Spacer(1, 4)]
    out: list[Flowable] = [KeepTogether(head + [_range_table(mc, fmt), Spacer(1, 8)])]
    if bars:
        shown = bars[:MAX_TORNADO_BARS]
        key = legend([(LOW_COLOUR, tr(lang, "at_low"), False), (HIGH_COLOUR, tr(lang, "at_high"), False)])
        out.append(KeepTogether([
            para(tr(lang, "chart_tornado"), "h3"),
            tornado(shown, s.npv, [input_label(b, lang) for b in shown], fmt,
                    base_label=f"NPV {fmt.money_short(s.npv)}"), Spacer(1, 2), key, Spacer(1, 4),
            _tornado_table(shown, fmt), Spacer(1, 8)]))
    return out


def risk_section(result: ProjectResult, risk, fmt: Fmt) -> list[Flowable]:
    out: list[Flowable] = [para(r_(fmt.lang, "intro"))]
    for i, s, sr in _match(result, risk):
        out += scenario_risk(i, s, sr, fmt)
    return out
