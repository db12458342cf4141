"""The methodology (formulas and conventions of the model contract), the sources as published, and the
disclaimer. The words live in the catalogue (``reports/words/method.py``); sources are quoted from the
project's CONTEXT facts."""

from __future__ import annotations

from reportlab.platypus import Flowable

from roi_desktop.reports.words import words

from .styles import para

CONVENTIONS = 11  # method.convention_1 .. _11; the last one is the risk analysis
SOURCES = 5


def methodology_section(lang: str, years: int, *, with_risk: bool = True) -> list[Flowable]:
    """Formulas and conventions (the risk methods only when the report has a risk section), then sources."""
    w = words(lang)
    out: list[Flowable] = [para(w("method.h_conventions"), "h2")]
    horizon = w("years_count", n=years)
    for i in range(1, CONVENTIONS + (1 if with_risk else 0)):
        body = w(f"method.convention_{i}", years=years, horizon=horizon)
        out.append(para(f"<b>{w(f'method.convention_{i}_title')}.</b> {body}"))
    out.append(para(w("method.h_sources"), "h2"))
    for i in range(1, SOURCES + 1):
        out.append(para(w(f"method.source_{i}"), "quote", bullet="•"))
    return out


def disclaimer(lang: str) -> list[Flowable]:
    return [para(words(lang)("method.disclaimer"), "body")]
