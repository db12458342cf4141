"""Input problems in words: a :class:`~roi_desktop.core.errors.Problem`'s code and params, said in English
or Polish from the words catalogue (``reports/words/validation.py``).

>>> from roi_desktop.core.fields import ANALYSIS_FIELDS
>>> p = ANALYSIS_FIELDS["horizon_years"].problem_at("analysis.horizon_years", 11)
>>> problem_text(p, "en")
'must be a whole number at least 1 and at most 10, got 11'
>>> problem_text(p, "pl")
'musi być liczbą całkowitą co najmniej 1 i co najwyżej 10, podano 11'
>>> problem_line(p, "en")
'analysis.horizon_years: must be a whole number at least 1 and at most 10, got 11'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from roi_desktop.core.errors import Problem
from roi_desktop.core.fields import plain_number

from .words import words


def _range(w, p: Mapping[str, Any]) -> str:
    kind = w("validation.whole_number" if p.get("integer") else "validation.number")
    left = w("validation.greater_than" if p.get("low_open") else "validation.at_least", v=plain_number(p["low"]))
    right = w("validation.less_than" if p.get("high_open") else "validation.at_most", v=plain_number(p["high"]))
    return w("validation.range", kind=kind, left=left, right=right)


def _g(x: Any) -> str:
    return f"{x:g}" if isinstance(x, (int, float)) and not isinstance(x, bool) else str(x)


def problem_text(problem: Problem, lang: str = "en") -> str:
    """What is wrong, in ``lang``; a problem without a known code says its own (English) message."""
    w = words(lang)
    key = f"validation.{problem.code}"
    if not problem.code or key not in w:
        return problem.message
    p = dict(problem.params)
    if problem.code in ("out_of_range", "not_a_number"):
        p["range"] = _range(w, p)
    elif problem.code == "control_characters" and p.get("notes"):
        key = "validation.control_characters_notes"
    elif problem.code == "not_one_of":
        p["allowed"] = w("validation.or").join(f"'{a}'" for a in p["allowed"])
    elif problem.code == "range_not_allowed":
        p["allowed"] = ", ".join(p["allowed"])
    elif problem.code in ("outside_range", "churn_outside_range"):
        p = {k: _g(v) for k, v in p.items()}
    return w(key, **p)


def problem_line(problem: Problem, lang: str = "en") -> str:
    """``path: text`` (the text alone for a problem of the whole input)."""
    said = problem_text(problem, lang)
    return f"{problem.path}: {said}" if problem.path else said


def problems_heading(where: str | None, count: int, lang: str = "en") -> str:
    """'analysis.roi has 2 problems:' (or the input as a whole when ``where`` is None)."""
    w = words(lang)
    return w("validation.problems_in", where=where or w("validation.the_input"), n=count)
