"""The Operations sheet: the contact-centre queue by Erlang C as live formulas (MODEL.md, "The
contact-centre queue"). Inputs are blue; the budget comes from the Inputs sheet (``annual_service_spend``,
``s{i}_service_spend_change``), so a changed cut changes the queue. Erlang C is built on POISSON.DIST:
B = POISSON.DIST(N, A, FALSE) / POISSON.DIST(N, A, TRUE) (Erlang B) and C = B / (1 - A / N x (1 - B)).
Agents needed counts (SUMPRODUCT, no locale-dependent criteria text) the candidates above A that miss the target (service level rises with N).

Defined names: ``ops_<field>`` for each input, ``queue_<figure>_<k>`` for the baseline (k = 0) and
scenario k.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from roi_desktop.core.operations import OPERATIONS_FIELDS
from roi_desktop.core.results import ProjectResult
from roi_desktop.reports.words import text

from . import cells
from .names import define, scenario_name

FORMATS = {"fraction": cells.PERCENT, "count": cells.COUNT, "seconds": "#,##0.0", "hours": cells.COUNT}
EPS = "1E-9"  # the engine's allowance for rounding before it takes whole agents (queue_model.agents_on_lines)


def _formats(name: str, currency: str) -> str:
    spec = OPERATIONS_FIELDS[name]
    return cells.money_format(currency) if spec.unit == "money" else FORMATS.get(spec.unit, "General")


def build_operations(wb, title: str, result: ProjectResult, lang: str) -> None:
    """Add the sheet when the client has operations (nothing otherwise)."""
    queue, ops = result.queue, result.project.client.operations
    if queue is None or ops is None:
        return
    ws = wb.create_sheet(title)
    cur = result.project.analysis.currency
    cells.put_label(ws, "A1", text(lang, "queue.sheet_title"), font=cells.TITLE_FONT)
    cells.put_label(ws, "A2", text(lang, "queue.sheet_note"), font=cells.NOTE_FONT)
    cells.put_label(ws, "A3", text(lang, "queue.assumptions"), font=cells.NOTE_FONT)
    row = 5
    for name in OPERATIONS_FIELDS:
        cells.put_label(ws, f"A{row}", text(lang, f"queue.{name}"))
        cells.style_input(cells.put_number(ws, f"B{row}", getattr(ops, name), _formats(name, cur)))
        cells.put_label(ws, f"C{row}", f"client.operations.{name}", font=cells.NOTE_FONT)
        define(wb, f"ops_{name}", title, f"B{row}")
        row += 1
    row += 1
    scenarios = result.project.scenarios
    header = [""] + [text(lang, "queue.baseline")] + [f"{i}. {s.name}" for i, s in enumerate(scenarios, start=1)]
    cells.header_row(ws, row, 1, header)
    top = row + 1
    labels = ("service_spend_change", "contacts_change", "handle_time_change", "annual_service_spend", "fte",
              "agents", "contacts_per_year", "handle_time_s", "traffic", "stable", "erlang_b", "prob_wait",
              "service_level", "asa", "occupancy", "agents_needed")
    r = {key: top + k for k, key in enumerate(labels)}
    words = {"agents": "queue.agents", "traffic": "queue.traffic", "prob_wait": "queue.prob_wait",
             "asa": "queue.asa", "occupancy": "queue.occupancy", "erlang_b": None}
    for key, at in r.items():
        if key == "service_level":
            label = text(lang, "queue.service_level", t=f"{ops.answer_target_s:g}")
        elif key == "agents_needed":
            label = text(lang, "queue.agents_needed", sl=f"{ops.target_service_level:.0%}", t=f"{ops.answer_target_s:g}")
        elif key == "erlang_b":
            label = "Erlang B"
        else:
            label = text(lang, words.get(key) or f"queue.{key}")
        cells.put_label(ws, f"A{at}", label)
    linked = [i for i, rate in enumerate(queue.churn_per_minute_asa_pp, start=1) if rate is not None]
    if linked:  # the churn link: the consultant's assumption and the churn change it gives
        r["churn_rate"], r["churn_derived"] = r["agents_needed"] + 1, r["agents_needed"] + 2
        cells.put_label(ws, f"A{r['churn_rate']}", text(lang, "queue.churn_rate"))
        cells.put_label(ws, f"A{r['churn_derived']}", text(lang, "queue.churn_derived"))
        for i in linked:
            col = get_column_letter(2 + i)
            cells.style_input(cells.put_number(ws, f"{col}{r['churn_rate']}", queue.churn_per_minute_asa_pp[i - 1],
                                               cells.pp_format(lang)))
            cells.put_formula(ws, f"{col}{r['churn_derived']}",
                              f"={col}{r['churn_rate']}*({col}{r['asa']}-B{r['asa']})/60", cells.pp_format(lang),
                              fill=cells.RESULT_FILL)
            define(wb, f"queue_churn_change_pp_{i}", title, f"{col}{r['churn_derived']}")
    search_top = r["agents_needed"] + (5 if linked else 3)
    gap = max([q.agents_needed - int(q.traffic_erlangs) for q in (queue.baseline, *queue.scenarios)
               if q.agents_needed is not None] + [1])
    depth = 2 * gap + 12  # room for inputs changed in the workbook (the gap grows like sqrt(A))
    cells.put_label(ws, f"A{search_top - 1}", "N = INT(A) + k: service level", font=cells.NOTE_FONT)
    cells.put_label(ws, f"A{search_top + depth}", "N = INT(A) + k: Erlang B", font=cells.NOTE_FONT)
    for k in range(len(scenarios) + 1):
        col = get_column_letter(2 + k)
        _column(ws, wb, title, col, k, scenarios[k - 1] if k else None, r, search_top, depth, cur, lang)
        ws.column_dimensions[col].width = 18
    ws.column_dimensions["A"].width = 42


def _column(ws, wb, title, col, k, scenario, r, search_top, depth, cur, lang):
    c = lambda key: f"{col}{r[key]}"  # noqa: E731
    if k == 0:
        for key in ("service_spend_change", "contacts_change", "handle_time_change"):
            cells.put_number(ws, c(key), 0, cells.PERCENT)
    else:
        cells.put_formula(ws, c("service_spend_change"), f"={scenario_name('service_spend_change', k)}", cells.PERCENT)
        for key in ("contacts_change", "handle_time_change"):
            cells.style_input(cells.put_number(ws, c(key), getattr(scenario, key), cells.PERCENT))
    f = cells.put_formula
    f(ws, c("annual_service_spend"), f"=ops_agent_share_of_spend*annual_service_spend*(1+{c('service_spend_change')})",
      cells.money_format(cur))
    f(ws, c("fte"), f"={c('annual_service_spend')}/ops_agent_cost_per_year", cells.COUNT_FINE)
    exact = f"{c('fte')}*ops_paid_hours_per_agent*(1-ops_shrinkage)/ops_open_hours_per_year"
    f(ws, c("agents"), f"=MAX(0,INT({exact}+{EPS}*MAX(1,{exact})))", cells.COUNT, bold=True)
    f(ws, c("contacts_per_year"), f"=ops_contacts_per_year*(1+{c('contacts_change')})", cells.COUNT)
    f(ws, c("handle_time_s"), f"=ops_handle_time_s*(1+{c('handle_time_change')})", "#,##0.0")
    f(ws, c("traffic"), f"={c('contacts_per_year')}*{c('handle_time_s')}/(ops_open_hours_per_year*3600)", "0.000")
    n, a, h = c("agents"), c("traffic"), c("handle_time_s")
    f(ws, c("stable"), f"=IF({n}>{a},1,0)", cells.INTEGER)
    f(ws, c("erlang_b"), f"=IF({n}>{a},_xlfn.POISSON.DIST({n},{a},FALSE)/_xlfn.POISSON.DIST({n},{a},TRUE),1)",
      "0.000000")
    b = c("erlang_b")
    f(ws, c("prob_wait"), f"=IF({n}>{a},{b}/(1-{a}/{n}*(1-{b})),1)", cells.PERCENT, fill=cells.RESULT_FILL)
    p = c("prob_wait")
    f(ws, c("service_level"), f"=IF({n}>{a},1-{p}*EXP(-({n}-{a})*ops_answer_target_s/{h}),0)", cells.PERCENT,
      fill=cells.RESULT_FILL)
    never = text(lang, "queue.never_clears").replace('"', "'")
    f(ws, c("asa"), f'=IF({n}>{a},{p}*{h}/({n}-{a}),"{never}")', "#,##0.0", fill=cells.RESULT_FILL)
    f(ws, c("occupancy"), f'=IF({n}>{a},{a}/{n},"{never}")', cells.PERCENT, fill=cells.RESULT_FILL)
    first = search_top
    for j in range(depth):  # service level of candidate N = INT(A) + j + 1; its Erlang B in the block below
        cand, erl = f"(INT({a})+{j + 1})", f"{col}{first + depth + j}"
        f(ws, erl, f"=_xlfn.POISSON.DIST({cand},{a},FALSE)/_xlfn.POISSON.DIST({cand},{a},TRUE)", "0.000000")
        wait = f"{erl}/(1-{a}/{cand}*(1-{erl}))"
        f(ws, f"{col}{first + j}", f"=1-{wait}*EXP(-({cand}-{a})*ops_answer_target_s/{h})", "0.0000")
    last = first + depth - 1
    f(ws, c("agents_needed"),
      f"=INT({a})+1+SUMPRODUCT(({col}{first}:{col}{last}<ops_target_service_level)*1)", cells.COUNT, bold=True)
    for key in ("agents", "traffic", "prob_wait", "service_level", "asa", "occupancy", "agents_needed"):
        define(wb, f"queue_{key}_{k}", title, c(key))
