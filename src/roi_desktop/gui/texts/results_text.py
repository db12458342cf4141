"""The engine's numbers as short texts for cards, charts and the meeting headline (UI language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from roi_desktop.core import ProjectResult, ScenarioResult
from roi_desktop.reports.numbers import money_short, number, percent
from roi_desktop.reports.verdict_words import payback_text
from roi_desktop.gui.texts.i18n import fill

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def timing_text(s: ScenarioResult, lang: str) -> str:
    """The engine's payback basis in the same words as the report and the workbook ("pays back in month 29",
    "savings turn into a loss in month 32"), capitalised for a card."""
    words = payback_text(lang, s.timing)
    return words[:1].upper() + words[1:]


def customers_text(s: ScenarioResult, lang: str) -> str:
    change = float(s.customers_vs_baseline[-1])
    if change < -0.5:
        return translate("Results", "%1 customers lost").replace("%1", number(-change, lang))
    if change > 0.5:
        return translate("Results", "%1 customers kept").replace("%1", number(change, lang))
    return translate("Results", "No change in customers")


def roi_text(s: ScenarioResult, lang: str) -> str:
    return "—" if s.roi is None else percent(s.roi, lang, 0)


def featured(result: ProjectResult) -> tuple[int | None, int | None]:
    """The scenarios a meeting talks about: the cut and the investment with the highest NPV, the
    same two the PDF's summary compares."""
    return result.best_index("cut"), result.best_index("investment")


def headline(result: ProjectResult, lang: str, cut_index: int | None = None, investment_index: int | None = None) -> str:
    """'Cutting service spend by 20 % saves X a year but loses Y customers: Z over 3 years. Investing W in
    <name> returns V (ROI r).' From the cut and the investment with the highest NPV."""
    cur = result.project.analysis.currency
    years = result.project.analysis.horizon_years
    auto_cut, auto_inv = featured(result)
    n = len(result.scenarios)
    cut_i = cut_index if cut_index is not None and cut_index < n and result.scenarios[cut_index].kind == "cut" else auto_cut
    inv_i = (investment_index if investment_index is not None and investment_index < n
             and result.scenarios[investment_index].kind == "investment" else auto_inv)
    parts = []
    if cut_i is not None:
        cut = result.scenarios[cut_i]
        saving = next((float(line.raw[1]) for line in cut.lines if line.key == "service_spend_change"), 0.0)
        size = percent(-cut.scenario.service_spend_change, lang, 0)
        if abs(cut.scenario.service_spend_change) < 0.005:  # rounds to 0 %: nothing is cut
            template = translate("Results", "“%6”: no change to the service budget, %4 over %5 years.")
        else:
            template = translate("Results", "Cutting service by %1 (“%6”) saves %2 a year but loses %3 customers: "
                                            "%4 over %5 years.")
        parts.append(fill(template,
                          size, money_short(saving, cur, lang), number(cut.customers_lost, lang),
                          money_short(cut.npv, cur, lang), years, cut.name))
    if inv_i is not None:
        best = result.scenarios[inv_i]
        # the one-off is what the investment slider shows; the present value of every cost is said as such
        one_off = best.scenario.one_off_cost
        text = (translate("Results", "Investing %1 up front in “%2” (%6 of costs over %5 years, present value) "
                                     "returns %3 (ROI %4).") if one_off > 0 else
                translate("Results", "“%2” costs %6 over %5 years (present value) and returns %3 (ROI %4)."))
        parts.append(fill(text, money_short(one_off, cur, lang), best.name, money_short(best.npv, cur, lang),
                          roi_text(best, lang), years, money_short(best.pv_costs, cur, lang)))
    if not parts:
        return translate("Results", "Add a cut and an investment to compare them.")
    return " ".join(parts)
