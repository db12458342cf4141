"""The risk analysis in plain words, Polish or English: break-even sentences and Monte Carlo readings.
The words live in :mod:`roi_desktop.reports.words.risk`.

NPV falls as churn rises, so a scenario pays (NPV >= 0) exactly when the churn change stays at or
below its break-even. The break-even is formatted once (:func:`breakeven_figure`, two decimals) and the
sentence quotes that same string, so the table and the sentence read the same figure, and the sentence
speaks of the break-even itself, so the rounding cannot make it untrue.

>>> from types import SimpleNamespace as S
>>> investment = S(kind="investment", npv=1.0, breakeven_churn_change_pp=-0.6744)
>>> breakeven_sentence(investment, lang="en")
'The investment pays only if churn falls by at least its break-even of −0.67\\xa0pp.'
>>> breakeven_sentence(S(kind="cut", npv=1.0, breakeven_churn_change_pp=0.9142), lang="pl")
'Cięcie się opłaca tylko wtedy, gdy odejścia klientów wzrosną mniej niż o próg opłacalności: +0,91\\xa0p.p.'
"""

from __future__ import annotations

from . import numbers
from .words import text

LANGS = ("pl", "en")
BREAKEVEN_DECIMALS = 2


def _lang(lang: str | None) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be 'pl' or 'en', got {lang!r}")
    return lang


def breakeven_figure(breakeven_pp: float | None, lang: str) -> str | None:
    """The break-even churn change as every output shows it: '+0.91 pp' / '+0,91 p.p.'; None for none."""
    if breakeven_pp is None:
        return None
    return numbers.pp(breakeven_pp, _lang(lang), BREAKEVEN_DECIMALS)


def breakeven_sentence(scenario_result, *args: str, lang: str | None = None, currency: str | None = None) -> str:
    """One sentence on the churn change at which ``scenario_result``'s NPV is 0.

    Called as ``breakeven_sentence(result, lang)``, ``breakeven_sentence(result, currency, lang)`` or
    with keywords. The currency is accepted for a uniform signature; the sentence has no money in it.
    ``scenario_result`` needs ``kind``, ``npv`` and ``breakeven_churn_change_pp`` (a ScenarioResult).
    """
    if len(args) == 2:
        currency, lang = args
    elif len(args) == 1:
        lang = args[0] if lang is None else lang
    lang = _lang(lang)
    kind = scenario_result.kind if scenario_result.kind in ("cut", "investment") else "investment"
    subject = text(lang, f"risk.subject.{kind}")
    b = scenario_result.breakeven_churn_change_pp
    if b is None:
        npv = scenario_result.npv
        key = "positive" if npv > 0 else "negative" if npv < 0 else "flat"
        return text(lang, f"risk.breakeven.{key}", s=subject)
    x = breakeven_figure(b, lang)
    if round(b, BREAKEVEN_DECIMALS) == 0:
        return text(lang, "risk.breakeven.zero", s=subject, x=x)
    direction = "fall" if b < 0 else "rise"
    return _sentence(text(lang, f"risk.breakeven.{kind}.{direction}", s=subject, x=x))


def _sentence(words: str) -> str:
    """End with one full stop (a trailing 'p.p.' already has one)."""
    return words if words.endswith(".") else words + "."


def _share(p: float, lang: str) -> str:
    """A probability as a whole percentage; never '0 %' or '100 %' unless it is exactly so."""
    if 0 < p < 0.01:
        return text(lang, "risk.share.below")
    if 0.99 < p < 1:
        return text(lang, "risk.share.above")
    return numbers.percent(p, lang, 0)


def monte_carlo_sentence(scenario_risk, currency: str, lang: str) -> str:
    """A plain-words reading of one scenario's Monte Carlo result.

    ``scenario_risk`` is a ScenarioRisk (its ``monte_carlo`` summary is read).
    """
    lang = _lang(lang)
    mc = scenario_risk.monte_carlo
    p10, p90 = (numbers.money(x, currency, lang) for x in (mc.p10, mc.p90))  # as the tables print them
    if mc.p10 == mc.p90:
        return text(lang, "risk.mc.certain", p10=p10)
    spread = text(lang, "risk.mc.spread", p10=p10, p90=p90)
    p = mc.prob_positive
    if p == 1:
        return text(lang, "risk.mc.all_positive", spread=spread)
    if p == 0:
        return text(lang, "risk.mc.none_positive", spread=spread)
    return text(lang, "risk.mc.probability", spread=spread, share=_share(p, lang))


def comparison_sentence(risk, lang: str) -> str | None:
    """How often the best investment beats the best cut, or None without both kinds of scenario.

    ``risk`` is a RiskResult.
    """
    lang = _lang(lang)
    p = risk.prob_best_investment_beats_best_cut
    if p is None:
        return None
    return text(lang, "risk.mc.best_beats_cut", share=_share(p, lang), trials=numbers.number(risk.trials, lang))
