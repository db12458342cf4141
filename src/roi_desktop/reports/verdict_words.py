"""The engine's verdicts in words, for the app, the PDF, the workbook and the command line alike.

The engine decides (:mod:`roi_desktop.core.timing`, :mod:`roi_desktop.core.irr_verdict`): when a scenario
pays back or turns into a loss, and whether its IRR means something. This module only puts the decision
into the reader's language, so every output says the same thing the same way:

>>> from roi_desktop.core.timing import Timing
>>> payback_text("en", Timing("pays_back", 29, 5))
'pays back in month 29'
>>> payback_text("pl", Timing("never_within_horizon", None, 5))
'nie zwraca się w ciągu 5 lat'
>>> payback_text("en", Timing("turns_into_loss", 32, 5))
'savings turn into a loss in month 32'
>>> payback_text("pl", Timing("stays_ahead", None, 2))
'pozostaje na plusie przez wszystkie 2 lata'
>>> from roi_desktop.core.irr_verdict import IrrVerdict
>>> irr_text("en", IrrVerdict("several_rates", (0.112, 2.143), 0.09))
'not shown: 2 rates fit (11.2%, 214.3%); judge by NPV at 9.0%'
"""

from __future__ import annotations

from roi_desktop.core.irr_verdict import IrrVerdict
from roi_desktop.core.timing import Timing

from . import numbers
from .words import text


def payback_text(lang: str, timing: Timing) -> str:
    """The engine's payback basis in words: pays back / never within N years (an investment), savings turn
    into a loss / stays ahead for all N years (a cut)."""
    code, month, years = timing.code, timing.month, timing.horizon_years
    if code == "pays_back":
        return text(lang, "verdict.payback.at_once") if month == 0 else \
            text(lang, "verdict.payback.pays_back", month=month)
    if code == "turns_into_loss":
        return text(lang, "verdict.payback.loss_from_start") if month == 0 else \
            text(lang, "verdict.payback.turns_to_loss", month=month)
    if code == "never_within_horizon":
        return text(lang, "verdict.payback.never", n=years)
    if code == "stays_ahead":
        return text(lang, "verdict.payback.stays_ahead", n=years)
    raise ValueError(f"unknown payback basis {code!r}")


def irr_text(lang: str, verdict: IrrVerdict) -> str:
    """The IRR as a percentage where it means something, else the short reason naming the project's own
    discount rate (and the rates found, where there are several)."""
    rate = numbers.percent(verdict.discount_rate, lang)
    code = verdict.code
    if code == "meaningful":
        return numbers.percent(verdict.rate, lang)
    if code == "none":
        return text(lang, "verdict.irr.none")
    if code == "gains_first":
        return text(lang, "verdict.irr.gains_first", rate=rate)
    if code == "several_rates":
        rates = ", ".join(numbers.percent(r, lang) for r in verdict.rates)
        return text(lang, "verdict.irr.several_rates", n=len(verdict.rates), rates=rates, rate=rate)
    if code == "disagrees_with_npv":
        return text(lang, "verdict.irr.disagrees", irr=numbers.percent(verdict.rates[0], lang), rate=rate)
    raise ValueError(f"unknown IRR verdict {code!r}")
