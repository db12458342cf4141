"""Every input the consultant entered: client fields with notes and ranges, analysis settings,
and each scenario's parameters, notes and custom lines."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import Project, Scenario
from roi_desktop.core.fields import CLIENT_FIELDS

from .formatting import Fmt
from .sources import data_sources
from .styles import CONTENT_WIDTH, cell, data_table, esc, key_value_table, para
from roi_desktop.reports.words import text

_FRACTIONS = {"gross_margin", "annual_churn_rate", "service_churn_share"}


def _client_value(name: str, value: float, fmt: Fmt) -> str:
    spec = CLIENT_FIELDS[name]
    if spec.unit == "fraction":
        return fmt.percent(value)
    if spec.unit == "money":
        return fmt.money(value)
    return fmt.count(value)


def client_assumptions(project: Project, fmt: Fmt, company: str) -> list[Flowable]:
    lang, c = fmt.lang, project.client
    pairs = [(text(lang, "field.client_name"), c.name)]
    if c.industry:
        pairs.append((text(lang, "field.industry"), c.industry))
    pairs += [(text(lang, f"field.{name}"), _client_value(name, getattr(c, name), fmt)) for name in CLIENT_FIELDS]
    if project.report.consultant:
        pairs.append((text(lang, "report.consultant"), project.report.consultant))
    if company:
        pairs.append((text(lang, "report.company"), company))
    out: list[Flowable] = [para(text(lang, "report.h_client"), "h2"), key_value_table(pairs), *data_sources(project, fmt)]
    if c.ranges:
        rows = [[cell(text(lang, "report.range"), "head"), cell(text(lang, "report.low"), "head_r"), cell(text(lang, "report.high"), "head_r")]]
        for name, rng in c.ranges.items():
            rows.append([cell(esc(text(lang, f"field.{name}"))), cell(esc(_client_value(name, rng.low, fmt)), "cell_r"),
                         cell(esc(_client_value(name, rng.high, fmt)), "cell_r")])
        out += [Spacer(1, 6), data_table(rows, [CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.225, CONTENT_WIDTH * 0.225])]
    if c.notes.strip():
        out += [para(text(lang, "field.notes"), "h3"), para(c.notes, user=True)]
    a = project.analysis
    settings = [
        (text(lang, "field.horizon_years"), text(lang, "years_count", n=a.horizon_years)),
        (text(lang, "field.discount_rate"), fmt.percent(a.discount_rate)),
        (text(lang, "field.currency"), f"{a.currency} ({fmt.symbol})"),
        (text(lang, "field.trials"), fmt.count(a.trials)),
        (text(lang, "field.seed"), str(a.seed)),
    ]
    out += [para(text(lang, "report.h_analysis"), "h2"), key_value_table(settings)]
    return out


def _scenario_pairs(s: Scenario, fmt: Fmt) -> list[tuple[str, str]]:
    lang = fmt.lang
    churn = fmt.pp(s.churn_change_pp)
    if s.churn_low != s.churn_change_pp or s.churn_high != s.churn_change_pp:
        churn += f" ({fmt.pp(s.churn_low)} … {fmt.pp(s.churn_high)})"
    pairs = [
        (text(lang, "report.kind"), text(lang, s.kind)),
        (text(lang, "field.service_spend_change"), fmt.signed_percent(s.service_spend_change)),
        (text(lang, "field.one_off_cost"), fmt.money(s.one_off_cost)),
        (text(lang, "field.extra_annual_cost"), fmt.money(s.extra_annual_cost)),
        (text(lang, "field.churn_change_pp"), churn),
        (text(lang, "field.revenue_per_customer_change"), fmt.signed_percent(s.revenue_per_customer_change)),
        (text(lang, "field.ramp_months"), text(lang, "report.months_n", n=s.ramp_months)),
        (text(lang, "field.benefit_risk"), fmt.percent(s.benefit_risk)),
        (text(lang, "field.cost_risk"), fmt.percent(s.cost_risk)),
    ]
    for name, rng in s.ranges.items():
        label = text(lang, f"field.{name}")
        if name in ("one_off_cost", "extra_annual_cost"):
            low, high = fmt.money(rng.low), fmt.money(rng.high)
        else:
            low, high = fmt.signed_percent(rng.low), fmt.signed_percent(rng.high)
        pairs.append((f"{label}: {text(lang, 'report.range').lower()}", f"{low} … {high}"))
    return pairs


def _custom_lines(s: Scenario, fmt: Fmt) -> list[Flowable]:
    """Lines across (at most four per table, names wrap), kind, risk and Year 0..T down the side."""
    lang = fmt.lang
    out: list[Flowable] = []
    label_w, per_table = 130, 4
    for start in range(0, len(s.lines), per_table):
        chunk = s.lines[start:start + per_table]
        col_w = min(110.0, (CONTENT_WIDTH - label_w) / len(chunk))
        rows = [[cell(text(lang, "report.custom_lines"), "head")] + [cell(esc(line.name), "head_r") for line in chunk]]
        rows.append([cell(text(lang, "report.kind"))] + [cell(text(lang, f"report.{line.kind}"), "cell_r") for line in chunk])
        rows.append([cell(text(lang, "report.line_risk"))] + [
            cell(esc(text(lang, "report.scenario_default_risk") if line.risk is None else fmt.percent(line.risk)), "cell_r")
            for line in chunk])
        for y in range(len(chunk[0].amounts)):
            rows.append([cell(text(lang, "year_n", n=y))] + [cell(fmt.amount(line.amounts[y]), "cell_r") for line in chunk])
        out += [data_table(rows, [label_w] + [col_w] * len(chunk), zebra=True), Spacer(1, 4)]
    return out


def scenario_assumptions(project: Project, fmt: Fmt) -> list[Flowable]:
    lang = fmt.lang
    out: list[Flowable] = []
    for i, s in enumerate(project.scenarios):
        out.append(KeepTogether([para(text(lang, "report.h_scenario_n", n=i + 1, name=esc(s.name)), "h2"),
                                 key_value_table(_scenario_pairs(s, fmt))]))
        details: list[Flowable] = []
        if s.lines:
            details += [Spacer(1, 6), para(text(lang, "report.amounts_entered", currency=esc(fmt.symbol)), "caption"),
                        *_custom_lines(s, fmt)]
        if s.notes.strip():
            details += [para(text(lang, "field.notes"), "h3"), para(s.notes, user=True)]
        if details:
            out.append(KeepTogether(details))
    return out
