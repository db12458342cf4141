"""The verdict in one sentence and the executive summary as plain sentences, for the deck and the
leave-behind: the engine's figures in the words of the report (no markup, user text as typed)."""

from __future__ import annotations

import html
import re

from roi_desktop.core import ProjectResult
from roi_desktop.reports import risk_text
from roi_desktop.reports.pdf import summary as pdf_summary
from roi_desktop.reports.pdf.formatting import Fmt
from roi_desktop.reports.pdf.texts import years as years_text
from roi_desktop.reports.words import words


def plain(markup: str) -> str:
    """The PDF's sentence as plain text: tags dropped, escaped user text back as typed (user text was
    escaped before it went into the markup, so no tag of the user's is dropped)."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup.replace("<br/>", "\n")))


def verdict(result: ProjectResult, lang: str) -> str:
    """The verdict in one sentence: which scenario creates the most value, with the NPVs behind it."""
    w, fmt = words(lang), Fmt(lang, result.project.analysis.currency)
    horizon = years_text(lang, result.project.analysis.horizon_years, "gen")

    def quoted(name: str) -> str:
        return w("deck.quote").format(name)

    if not result.scenarios:
        return w("deck.verdict_empty")
    best = max(result.scenarios, key=lambda s: s.npv)
    if best.npv < 0:
        return w("deck.verdict_none_pays", horizon=horizon, best=quoted(best.name), npv=fmt.money_short(best.npv))
    cut, inv = result.best_index("cut"), result.best_index("investment")
    if cut is not None and inv is not None:
        c, i = result.scenarios[cut], result.scenarios[inv]
        key = "deck.verdict_inv_wins" if i.npv >= c.npv else "deck.verdict_cut_wins"
        return w(key, inv=quoted(i.name), inv_npv=fmt.money_short(i.npv), cut=quoted(c.name),
                 cut_npv=fmt.money_short(c.npv), horizon=horizon)
    return w("deck.verdict_best", best=quoted(best.name), npv=fmt.money_short(best.npv), horizon=horizon)


def cost_of_poor_service_sentence(result: ProjectResult, lang: str) -> str | None:
    fmt = Fmt(lang, result.project.analysis.currency)
    cops = result.baseline.cost_of_poor_service
    if cops.customers_lost_per_year <= 0:
        return None
    margin = fmt.money_short(cops.lifetime_margin_lost) if cops.lifetime_margin_lost is not None else "—"
    return pdf_summary.s_(lang, "cops", n=fmt.count(cops.customers_lost_per_year),
                          revenue=fmt.money_short(cops.annual_revenue_lost), margin=margin)


def summary_sentences(result: ProjectResult, risk, lang: str) -> list[str]:
    """The PDF's executive summary as plain sentences: the conclusion, one paragraph per scenario, the
    cost of poor service and the Monte Carlo comparison."""
    fmt, years = Fmt(lang, result.project.analysis.currency), result.project.analysis.horizon_years
    out = [plain(pdf_summary.conclusion(result, fmt))]
    out += [plain(pdf_summary.scenario_paragraph(s, fmt, years)) for s in result.scenarios]
    cops = cost_of_poor_service_sentence(result, lang)
    if cops:
        out.append(cops)
    if risk is not None:
        beats = risk_text.comparison_sentence(risk, lang)
        if beats:
            out.append(beats)
    return out
