"""The engine's verdicts in words, for the app, the PDF, the workbook and the command line alike.

The engine decides (core): when a scenario pays back or turns into a loss, and whether its IRR means
something. This module only puts the decision into the reader's language, so every output says the
same thing the same way:

>>> from types import SimpleNamespace as S
>>> payback_text("en", S(code="pays_back", month=29), years=5)
'pays back in month 29'
>>> payback_text("pl", S(code="never_pays_back", month=None), years=5)
'nie zwraca się w ciągu 5 lat'
>>> payback_text("en", S(code="turns_to_loss", month=32), years=5)
'savings turn into a loss in month 32'
>>> payback_text("pl", S(code="stays_ahead", month=None), years=2)
'pozostaje na plusie przez wszystkie 2 lata'
"""

from __future__ import annotations

from . import numbers
from .words import text

PAYBACK_CODES = ("pays_back", "never_pays_back", "turns_to_loss", "stays_ahead")


def payback_text(lang: str, basis, years: int) -> str:
    """``basis``: the engine's payback basis (``code`` one of PAYBACK_CODES, ``month`` or None)."""
    code, month = basis.code, basis.month
    if code == "pays_back":
        return text(lang, "verdict.payback.at_once") if month == 0 else \
            text(lang, "verdict.payback.pays_back", month=month)
    if code == "turns_to_loss":
        return text(lang, "verdict.payback.loss_from_start") if month == 0 else \
            text(lang, "verdict.payback.turns_to_loss", month=month)
    if code == "never_pays_back":
        return text(lang, "verdict.payback.never", n=years)
    if code == "stays_ahead":
        return text(lang, "verdict.payback.stays_ahead", n=years)
    raise ValueError(f"unknown payback basis {code!r}")


def irr_text(lang: str, verdict, discount_rate: float) -> str:
    """The IRR as a percentage where it means something, else the short reason naming the project's own
    discount rate. ``verdict``: the engine's IRR verdict (``code``, ``irr``, ``rates``)."""
    rate = numbers.percent(discount_rate, lang)
    code = verdict.code
    if code == "meaningful":
        return numbers.percent(verdict.irr, lang)
    if code == "no_sign_change":
        return text(lang, "verdict.irr.none")
    if code == "gains_first":
        return text(lang, "verdict.irr.gains_first", rate=rate)
    if code == "several_rates":
        rates = ", ".join(numbers.percent(r, lang) for r in verdict.rates)
        return text(lang, "verdict.irr.several_rates", n=len(verdict.rates), rates=rates, rate=rate)
    if code == "disagrees_with_npv":
        return text(lang, "verdict.irr.disagrees", irr=numbers.percent(verdict.irr, lang), rate=rate)
    raise ValueError(f"unknown IRR verdict {code!r}")
