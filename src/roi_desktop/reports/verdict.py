"""The verdict in one sentence and the executive summary as plain sentences, for the deck and the
leave-behind: the engine's figures in the words of the report (no markup, user text as typed)."""

from __future__ import annotations

import html
import re

from roi_desktop.core import ProjectResult
from roi_desktop.reports import risk_text
from roi_desktop.reports.pdf import summary as pdf_summary
from roi_desktop.reports.pdf.formatting import Fmt
from roi_desktop.reports.words import words


def plain(markup: str) -> str:
    """The PDF's sentence as plain text: tags dropped, escaped user text back as typed (user text was
    escaped before it went into the markup, so no tag of the user's is dropped)."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup.replace("<br/>", "\n")))


def verdict(result: ProjectResult, lang: str) -> str:
    """The verdict in one sentence: the PDF report's page-one verdict as plain text, so the deck, the
    leave-behind and the report say the same (a project without scenarios says what the deck shows)."""
    if not result.scenarios:
        return words(lang)("deck.verdict_empty")
    return plain(pdf_summary.verdict(result, Fmt(lang, result.project.analysis.currency)))


def cost_of_poor_service_sentence(result: ProjectResult, lang: str) -> str | None:
    fmt = Fmt(lang, result.project.analysis.currency)
    cops = result.baseline.cost_of_poor_service
    if cops.customers_lost_per_year <= 0:
        return None
    margin = fmt.money(cops.lifetime_margin_lost) if cops.lifetime_margin_lost is not None else "—"
    return words(lang)("story.cops", n=round(cops.customers_lost_per_year), shown=fmt.count(cops.customers_lost_per_year),
                       revenue=fmt.money(cops.annual_revenue_lost), margin=margin)


def summary_sentences(result: ProjectResult, risk, lang: str) -> list[str]:
    """The PDF's executive summary as plain sentences: the conclusion, one paragraph per scenario, the
    cost of poor service and the Monte Carlo comparison."""
    fmt, years = Fmt(lang, result.project.analysis.currency), result.project.analysis.horizon_years
    out = [verdict(result, lang)]
    out += [plain(pdf_summary.scenario_paragraph(s, fmt, years)) for s in result.scenarios]
    cops = cost_of_poor_service_sentence(result, lang)
    if cops:
        out.append(cops)
    if risk is not None:
        beats = risk_text.comparison_sentence(risk, lang)
        if beats:
            out.append(beats)
    return out
