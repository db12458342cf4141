"""Every input the consultant entered: client fields with notes and ranges, analysis settings,
and each scenario's parameters, notes and custom lines."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import Project, Scenario
from roi_desktop.core.fields import CLIENT_FIELDS

from .formatting import Fmt
from .sources import data_sources
from .styles import CONTENT_WIDTH, cell, data_table, esc, key_value_table, para
from .texts import tr, years

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
    pairs = [(tr(lang, "client_name"), c.name)]
    if c.industry:
        pairs.append((tr(lang, "industry"), c.industry))
    pairs += [(tr(lang, name), _client_value(name, getattr(c, name), fmt)) for name in CLIENT_FIELDS]
    if project.report.consultant:
        pairs.append((tr(lang, "consultant"), project.report.consultant))
    if company:
        pairs.append((tr(lang, "company"), company))
    out: list[Flowable] = [para(tr(lang, "h_client"), "h2"), key_value_table(pairs), *data_sources(project, fmt)]
    if c.ranges:
        rows = [[cell(tr(lang, "range"), "head"), cell(tr(lang, "low"), "head_r"), cell(tr(lang, "high"), "head_r")]]
        for name, rng in c.ranges.items():
            rows.append([cell(esc(tr(lang, name))), cell(esc(_client_value(name, rng.low, fmt)), "cell_r"),
                         cell(esc(_client_value(name, rng.high, fmt)), "cell_r")])
        out += [Spacer(1, 6), data_table(rows, [CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.225, CONTENT_WIDTH * 0.225])]
    if c.notes.strip():
        out += [para(tr(lang, "notes"), "h3"), para(c.notes, user=True)]
    a = project.analysis
    settings = [
        (tr(lang, "horizon_years"), years(lang, a.horizon_years)),
        (tr(lang, "discount_rate"), fmt.percent(a.discount_rate)),
        (tr(lang, "currency"), f"{a.currency} ({fmt.symbol})"),
        (tr(lang, "trials"), fmt.count(a.trials)),
        (tr(lang, "seed"), str(a.seed)),
    ]
    out += [para(tr(lang, "h_analysis"), "h2"), key_value_table(settings)]
    return out


def _scenario_pairs(s: Scenario, fmt: Fmt) -> list[tuple[str, str]]:
    lang = fmt.lang
    churn = fmt.pp(s.churn_change_pp)
    if s.churn_low != s.churn_change_pp or s.churn_high != s.churn_change_pp:
        churn += f" ({fmt.pp(s.churn_low)} … {fmt.pp(s.churn_high)})"
    pairs = [
        (tr(lang, "kind"), tr(lang, s.kind)),
        (tr(lang, "s_service_spend_change"), fmt.signed_percent(s.service_spend_change)),
        (tr(lang, "s_one_off_cost"), fmt.money(s.one_off_cost)),
        (tr(lang, "s_extra_annual_cost"), fmt.money(s.extra_annual_cost)),
        (tr(lang, "churn_change_pp"), churn),
        (tr(lang, "revenue_per_customer_change"), fmt.signed_percent(s.revenue_per_customer_change)),
        (tr(lang, "ramp_months"), tr(lang, "months_n", n=s.ramp_months)),
        (tr(lang, "benefit_risk"), fmt.percent(s.benefit_risk)),
        (tr(lang, "cost_risk"), fmt.percent(s.cost_risk)),
    ]
    for name, rng in s.ranges.items():
        label = tr(lang, "s_" + name) if name in ("one_off_cost", "extra_annual_cost", "service_spend_change") \
            else tr(lang, name)
        if name in ("one_off_cost", "extra_annual_cost"):
            low, high = fmt.money(rng.low), fmt.money(rng.high)
        else:
            low, high = fmt.signed_percent(rng.low), fmt.signed_percent(rng.high)
        pairs.append((f"{label}: {tr(lang, 'range').lower()}", f"{low} … {high}"))
    return pairs


def _custom_lines(s: Scenario, fmt: Fmt) -> list[Flowable]:
    """Lines across (at most four per table, names wrap), kind, risk and Year 0..T down the side."""
    lang = fmt.lang
    out: list[Flowable] = []
    label_w, per_table = 130, 4
    for start in range(0, len(s.lines), per_table):
        chunk = s.lines[start:start + per_table]
        col_w = min(110.0, (CONTENT_WIDTH - label_w) / len(chunk))
        rows = [[cell(tr(lang, "custom_lines"), "head")] + [cell(esc(l.name), "head_r") for l in chunk]]
        rows.append([cell(tr(lang, "kind"))] + [cell(tr(lang, l.kind), "cell_r") for l in chunk])
        rows.append([cell(tr(lang, "line_risk"))] + [
            cell(esc(tr(lang, "scenario_default_risk") if l.risk is None else fmt.percent(l.risk)), "cell_r")
            for l in chunk])
        for y in range(len(chunk[0].amounts)):
            rows.append([cell(tr(lang, "year_n", n=y))] + [cell(fmt.amount(l.amounts[y]), "cell_r") for l in chunk])
        out += [data_table(rows, [label_w] + [col_w] * len(chunk), zebra=True), Spacer(1, 4)]
    return out


def scenario_assumptions(project: Project, fmt: Fmt) -> list[Flowable]:
    lang = fmt.lang
    out: list[Flowable] = []
    for i, s in enumerate(project.scenarios):
        out.append(KeepTogether([para(tr(lang, "h_scenario_n", n=i + 1, name=esc(s.name)), "h2"),
                                 key_value_table(_scenario_pairs(s, fmt))]))
        details: list[Flowable] = []
        if s.lines:
            details += [Spacer(1, 6), para(tr(lang, "amounts_entered", currency=esc(fmt.symbol)), "caption"),
                        *_custom_lines(s, fmt)]
        if s.notes.strip():
            details += [para(tr(lang, "notes"), "h3"), para(s.notes, user=True)]
        if details:
            out.append(KeepTogether(details))
    return out
