"""The executive summary: the conclusion in plain words, one short paragraph per scenario with its
key figures, and a key-figures table. Figures come from the engine's result only."""

from __future__ import annotations

from reportlab.platypus import Flowable

from roi_desktop.core import ProjectResult, ScenarioResult
from roi_desktop.reports import risk_text

from .formatting import Fmt
from .styles import CONTENT_WIDTH, cell, data_table, esc, para
from .tables import breakeven_text, roi_text
from .texts import tr
from .texts import years as years_text

_S = {  # key: (en, pl)
    "q": ("“{}”", "„{}”"),
    "inv_wins": ("Investing in customer service creates more value than cutting it. The best investment, {inv}, "
                 "has an NPV of {inv_npv} over {horizon}; the best cut, {cut}, {cut_npv}.",
                 "Inwestycja w obsługę klienta tworzy większą wartość niż cięcie kosztów obsługi. Najlepsza "
                 "inwestycja, {inv}, ma NPV {inv_npv} w horyzoncie {horizon}; najlepsze cięcie, {cut}: {cut_npv}."),
    "cut_wins": ("Under these assumptions the cut {cut} creates more value (NPV {cut_npv} over {horizon}) than "
                 "the best investment, {inv} (NPV {inv_npv}). The result depends on how churn reacts: see the "
                 "break-even below.",
                 "Przy tych założeniach cięcie {cut} daje większą wartość (NPV {cut_npv} w horyzoncie "
                 "{horizon}) niż najlepsza inwestycja, {inv} (NPV {inv_npv}). Wynik zależy od reakcji klientów: "
                 "zob. próg opłacalności poniżej."),
    "best_only": ("The scenario with the highest NPV is {best}: {npv} over {horizon}.",
                  "Najwyższe NPV ma scenariusz {best}: {npv} w horyzoncie {horizon}."),
    "none_pays": ("No scenario pays back within {horizon} under these assumptions.",
                  "Przy tych założeniach żaden scenariusz nie zwraca się w horyzoncie {horizon}."),
    "no_scenarios": ("The project holds no scenarios yet; this report shows the baseline only.",
                     "Projekt nie zawiera jeszcze scenariuszy; raport pokazuje tylko stan obecny."),
    "cut": ("{name} (cut) saves {benefits} but costs {costs} in lost margin and other costs: NPV {npv}, ROI {roi}.",
            "{name} (cięcie) oszczędza {benefits}, ale kosztuje {costs} w utraconej marży i innych kosztach: "
            "NPV {npv}, ROI {roi}."),
    "investment": ("{name} (investment) costs {costs} and returns {benefits}: NPV {npv}, ROI {roi}.",
                   "{name} (inwestycja) kosztuje {costs} i przynosi {benefits}: NPV {npv}, ROI {roi}."),
    "basis": ("Amounts are present values over {horizon}, risk-adjusted (TEI); payback and crossover in months "
              "from the start.",
              "Kwoty to wartości bieżące w horyzoncie {horizon}, skorygowane o ryzyko (TEI); okres zwrotu i punkt "
              "zwrotny w miesiącach od początku."),
    "lost": ("After {after} the client has {n} fewer customers than without the change, and "
             "{revenue} of revenue is at risk.",
             "Po {after} klient ma o {n} klientów mniej niż bez tej zmiany, a zagrożony przychód "
             "wynosi {revenue}."),
    "kept": ("After {after} the client has {n} more customers than without the change.",
             "Po {after} klient ma o {n} klientów więcej niż bez tej zmiany."),
    "crossover": ("The savings come first; the cumulative effect turns into a loss {month}.",
                  "Oszczędności przychodzą najpierw; skumulowany efekt zamienia się w stratę {month}."),
    "no_crossover": ("The cumulative effect stays positive within the horizon.",
                     "Skumulowany efekt pozostaje dodatni w horyzoncie analizy."),
    "payback": ("It pays back {month}.", "Zwraca się {month}."),
    "no_payback": ("It does not pay back within the horizon.", "Nie zwraca się w horyzoncie analizy."),
    "assumed": ("This analysis assumes {x}.", "W analizie przyjęto {x}."),
    "cops": ("Today the client loses about {n} customers a year to poor service, worth {revenue} of yearly "
             "revenue and {margin} of lifetime margin (Genesys approach; CLV after Gupta and Lehmann).",
             "Już dziś klient traci przez złą obsługę około {n} klientów rocznie, wartych {revenue} rocznego "
             "przychodu i {margin} marży w całym okresie współpracy (podejście Genesys; CLV według Gupty i Lehmanna)."),
    "key_figures": ("Key figures", "Najważniejsze liczby"),
    "scenario": ("Scenario", "Scenariusz"),
}


def s_(lang: str, key: str, **kw: object) -> str:
    return _S[key][0 if lang == "en" else 1].format(**kw)


def quoted(name: str, lang: str) -> str:
    return _S["q"][0 if lang == "en" else 1].format(esc(name))


def breakeven_sentence(s: ScenarioResult, fmt: Fmt) -> str:
    """Markup: the churn change at which NPV is zero, in the product's shared words
    (:mod:`roi_desktop.reports.risk_text`), followed by the change the consultant assumed."""
    text = esc(risk_text.breakeven_sentence(s, fmt.currency, fmt.lang))
    if s.breakeven_churn_change_pp is not None:
        text += " " + s_(fmt.lang, "assumed", x=fmt.pp(s.scenario.churn_change_pp)).replace("..", ".")
    return text


def scenario_paragraph(s: ScenarioResult, fmt: Fmt, years: int) -> str:
    lang = fmt.lang
    parts = [s_(lang, s.kind, name=quoted(s.name, lang), benefits=fmt.money_short(s.pv_benefits),
                costs=fmt.money_short(s.pv_costs), npv=f"<b>{fmt.money_short(s.npv)}</b>", roi=roi_text(s, fmt))]
    if s.kind == "cut":
        parts.append(s_(lang, "crossover", month=_when(fmt, s.crossover_month)) if s.crossover_month is not None
                     else s_(lang, "no_crossover"))
    else:
        parts.append(s_(lang, "payback", month=_when(fmt, s.payback_month)) if s.payback_month is not None
                     else s_(lang, "no_payback"))
    diff = float(s.customers_vs_baseline[-1])
    if diff < -0.5:
        parts.append(s_(lang, "lost", after=years_text(lang, years, "loc"), n=fmt.count(-diff), revenue=fmt.money_short(s.revenue_at_risk)))
    elif diff > 0.5:
        parts.append(s_(lang, "kept", after=years_text(lang, years, "loc"), n=fmt.count(diff)))
    parts.append(breakeven_sentence(s, fmt))
    return " ".join(parts)


def _when(fmt: Fmt, month: int) -> str:
    """'in month 14 (Year 2)' / 'w miesiącu 14 (rok 2)'; month 0: 'at once' / 'od razu'."""
    if month == 0:
        return "at once (month 0)" if fmt.lang == "en" else "od razu (miesiąc 0)"
    year = (month + 11) // 12
    return f"in month {month} (Year {year})" if fmt.lang == "en" else f"w miesiącu {month} (rok {year})"


def conclusion(result: ProjectResult, fmt: Fmt) -> str:
    lang, years = fmt.lang, result.project.analysis.horizon_years
    if not result.scenarios:
        return s_(lang, "no_scenarios")
    cuts = [s for s in result.scenarios if s.kind == "cut"]
    invs = [s for s in result.scenarios if s.kind == "investment"]
    best = max(result.scenarios, key=lambda s: s.npv)
    if cuts and invs:
        cut, inv = result.scenarios[result.best_index("cut")], result.scenarios[result.best_index("investment")]
        kw = dict(inv=quoted(inv.name, lang), inv_npv=f"<b>{fmt.money_short(inv.npv)}</b>", horizon=years_text(lang, years, "gen"),
                  cut=quoted(cut.name, lang), cut_npv=f"<b>{fmt.money_short(cut.npv)}</b>")
        text = s_(lang, "inv_wins" if inv.npv >= cut.npv else "cut_wins", **kw)
    else:
        text = s_(lang, "best_only", best=quoted(best.name, lang), npv=f"<b>{fmt.money_short(best.npv)}</b>",
                  horizon=years_text(lang, years, "gen"))
    if best.npv < 0:
        text += " " + s_(lang, "none_pays", horizon=years_text(lang, years, "gen"))
    return text


def key_figures_table(result: ProjectResult, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    widths = [140, 60, 84, 50, CONTENT_WIDTH - 140 - 60 - 84 - 50 - 66, 66]
    rows = [[cell(s_(lang, "scenario"), "head"), cell(tr(lang, "kind"), "head"), cell(tr(lang, "npv_short"), "head_r"),
             cell(tr(lang, "roi"), "head_r"), cell(tr(lang, "timing"), "head_r"), cell(tr(lang, "breakeven"), "head_r")]]
    for i, s in enumerate(result.scenarios):
        rows.append([cell(f"{i + 1}. {esc(s.name)}"), cell(tr(lang, s.kind)),
                     cell(f"<b>{esc(fmt.money(s.npv))}</b>", "cell_r"), cell(esc(roi_text(s, fmt)), "cell_r"),
                     cell(esc(fmt.month(s.timing_month)), "cell_r"), cell(esc(breakeven_text(s, fmt)), "cell_r")])
    return data_table(rows, widths, zebra=True)


def summary_section(result: ProjectResult, fmt: Fmt, risk=None) -> list[Flowable]:
    lang, years = fmt.lang, result.project.analysis.horizon_years
    out: list[Flowable] = [para(conclusion(result, fmt), "lead")]
    if result.scenarios:
        out += [key_figures_table(result, fmt),
                para(s_(lang, "basis", horizon=years_text(lang, years, "gen")), "caption")]
    for s in result.scenarios:
        out.append(para(scenario_paragraph(s, fmt, years), "bullet", bullet="•"))
    cops = result.baseline.cost_of_poor_service
    if cops.customers_lost_per_year > 0:
        margin = fmt.money_short(cops.lifetime_margin_lost) if cops.lifetime_margin_lost is not None else "—"
        out.append(para(s_(lang, "cops", n=fmt.count(cops.customers_lost_per_year),
                           revenue=fmt.money_short(cops.annual_revenue_lost), margin=margin)))
    beats = risk_text.comparison_sentence(risk, lang) if risk is not None else None
    if beats:
        out.append(para(esc(beats)))
    return out
