"""The risk analysis in plain words, Polish or English: break-even sentences and Monte Carlo readings.

NPV falls as churn rises, so a scenario pays (NPV >= 0) exactly when the churn change stays at or
below its break-even. The sentences say that from the reader's side: how far churn must fall for an
investment to pay, or how far it may rise before a cut stops paying.

>>> from types import SimpleNamespace as S
>>> investment = S(kind="investment", npv=1.0, breakeven_churn_change_pp=-0.8)
>>> breakeven_sentence(investment, lang="en")
'The investment pays if churn falls by at least 0.8\\xa0pp.'
>>> breakeven_sentence(investment, lang="pl")
'Inwestycja się opłaca, jeśli odejścia klientów spadną o co najmniej 0,8\\xa0p.p.'
>>> breakeven_sentence(S(kind="cut", npv=1.0, breakeven_churn_change_pp=0.3), lang="en")
'The cut pays only if churn rises by less than 0.3\\xa0pp.'
"""

from __future__ import annotations

import math

from . import numbers

LANGS = ("pl", "en")

_SUBJECT = {("investment", "en"): "The investment", ("cut", "en"): "The cut",
            ("investment", "pl"): "Inwestycja", ("cut", "pl"): "Cięcie"}

_BREAKEVEN = {
    "en": {
        ("investment", "fall"): "{s} pays if churn falls by at least {x}",
        ("investment", "rise"): "{s} pays even if churn rises by up to {x}",
        ("cut", "rise"): "{s} pays only if churn rises by less than {x}",
        ("cut", "fall"): "{s} pays only if churn falls by at least {x}",
        ("investment", "zero"): "{s} pays only if churn does not rise at all.",
        ("cut", "zero"): "{s} pays only if churn does not rise at all.",
        "positive": "{s} pays whatever churn does: NPV stays positive for any change in churn.",
        "negative": "{s} does not pay whatever churn does: NPV stays negative for any change in churn.",
        "flat": "Churn does not change this scenario's NPV.",
    },
    "pl": {
        ("investment", "fall"): "{s} się opłaca, jeśli odejścia klientów spadną o co najmniej {x}",
        ("investment", "rise"): "{s} się opłaca nawet wtedy, gdy odejścia klientów wzrosną, byle nie więcej niż o {x}",
        ("cut", "rise"): "{s} się opłaca tylko wtedy, gdy odejścia klientów wzrosną o mniej niż {x}",
        ("cut", "fall"): "{s} się opłaca tylko wtedy, gdy odejścia klientów spadną o co najmniej {x}",
        ("investment", "zero"): "{s} się opłaca tylko wtedy, gdy odejścia klientów w ogóle nie wzrosną.",
        ("cut", "zero"): "{s} się opłaca tylko wtedy, gdy odejścia klientów w ogóle nie wzrosną.",
        "positive": "{s} się opłaca niezależnie od tego, jak zmienią się odejścia klientów: NPV pozostaje dodatnie.",
        "negative": "{s} się nie opłaca niezależnie od tego, jak zmienią się odejścia klientów: "
                    "NPV pozostaje ujemne.",
        "flat": "Odejścia klientów nie zmieniają NPV tego scenariusza.",
    },
}


def _lang(lang: str | None) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be 'pl' or 'en', got {lang!r}")
    return lang


# Which way a break-even may be rounded so that the sentence stays true: "at least X" and "only if
# ... less than X" need X at or beyond the break-even; "up to X" and "only if ... at least X" need X
# within it.
_ROUND_UP = {("investment", "fall"): True, ("cut", "rise"): True, ("investment", "rise"): False,
             ("cut", "fall"): False}


def _pp_amount(size: float, up: bool, lang: str) -> str | None:
    """A break-even's size in percentage points to two decimals (one when the second is 0), rounded
    in the direction that keeps the sentence true; None when that leaves 0."""
    scaled = size * 100.0
    hundredths = math.ceil(scaled - 1e-9) if up else math.floor(scaled + 1e-9)
    if hundredths == 0:
        return None
    decimals = 1 if hundredths % 10 == 0 else 2
    return numbers.pp(hundredths / 100.0, lang, decimals).lstrip("+")


def _sentence(text: str) -> str:
    """End with one full stop (a trailing 'p.p.' already has one)."""
    return text if text.endswith(".") else text + "."


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
    subject = _SUBJECT[kind, lang]
    texts = _BREAKEVEN[lang]
    b = scenario_result.breakeven_churn_change_pp
    if b is None:
        npv = scenario_result.npv
        key = "positive" if npv > 0 else "negative" if npv < 0 else "flat"
        return texts[key].format(s=subject)
    direction = "fall" if b < 0 else "rise"
    amount = _pp_amount(abs(b), _ROUND_UP[kind, direction], lang)
    if amount is None:
        return texts[kind, "zero"].format(s=subject)
    return _sentence(texts[kind, direction].format(s=subject, x=amount))


def _share(p: float, lang: str) -> str:
    """A probability as a whole percentage; never '0 %' or '100 %' unless it is exactly so."""
    if 0 < p < 0.01:
        return "poniżej 1\u00a0%" if lang == "pl" else "below 1%"
    if 0.99 < p < 1:
        return "powyżej 99\u00a0%" if lang == "pl" else "above 99%"
    return numbers.percent(p, lang, 0)


def monte_carlo_sentence(scenario_risk, currency: str, lang: str) -> str:
    """A plain-words reading of one scenario's Monte Carlo result.

    ``scenario_risk`` is a ScenarioRisk (its ``monte_carlo`` summary is read).
    """
    lang = _lang(lang)
    mc = scenario_risk.monte_carlo
    p10, p90 = (numbers.money_short(x, currency, lang) for x in (mc.p10, mc.p90))
    if mc.p10 == mc.p90:
        if lang == "pl":
            return f"Dane wejściowe tego scenariusza są pewne: każda symulacja daje NPV {p10}."
        return f"This scenario's inputs are certain: every simulated case gives an NPV of {p10}."
    p = mc.prob_positive
    if lang == "pl":
        spread = f"W 8 na 10 symulowanych przypadków NPV mieści się między {p10} a {p90}"
        if p == 1:
            return f"{spread}; NPV jest dodatnie we wszystkich symulacjach."
        if p == 0:
            return f"{spread}; NPV nie jest dodatnie w żadnej symulacji."
        return f"{spread}; prawdopodobieństwo dodatniego NPV wynosi {_share(p, lang)}."
    spread = f"In 8 of 10 simulated cases NPV lies between {p10} and {p90}"
    if p == 1:
        return f"{spread}; NPV is positive in every simulated case."
    if p == 0:
        return f"{spread}; NPV is not positive in any simulated case."
    return f"{spread}; the probability of a positive NPV is {_share(p, lang)}."


def comparison_sentence(risk, lang: str) -> str | None:
    """How often the best investment beats the best cut, or None without both kinds of scenario.

    ``risk`` is a RiskResult.
    """
    lang = _lang(lang)
    p = risk.prob_best_investment_beats_best_cut
    if p is None:
        return None
    share = _share(p, lang)
    if lang == "pl":
        return (f"Najlepsza inwestycja daje wyższe NPV niż najlepsze cięcie w {share} "
                f"symulowanych przypadków ({numbers.number(risk.trials, lang)} symulacji).")
    return (f"The best investment gives a higher NPV than the best cut in {share} of simulated cases "
            f"({numbers.number(risk.trials, lang)} trials).")
