"""A field's valid range in words, for the workbook's input checks (the words are in
:mod:`roi_desktop.reports.words.workbook`)."""

from __future__ import annotations

from roi_desktop.core.fields import FieldSpec
from roi_desktop.reports import numbers
from roi_desktop.reports.words import text


def describe_range(spec: FieldSpec, lang: str, *, as_percent: bool = False) -> str:
    """The valid range of ``spec`` in words, percentages for fractions shown as %.

    >>> churn = FieldSpec("annual_churn_rate", 0, 1, high_open=True, unit="fraction")
    >>> describe_range(churn, "pl", as_percent=True)
    'liczbę od 0 %, mniejszą niż 100 %'
    >>> describe_range(churn, "en", as_percent=True)
    'a number at least 0% and less than 100%'
    """
    scale = 100.0 if as_percent else 1.0
    lo, hi = (_value(x * scale, lang, as_percent) for x in (spec.low, spec.high))
    kind = text(lang, "workbook.range.whole" if spec.integer else "workbook.range.number")
    left = text(lang, "workbook.range.greater" if spec.low_open else "workbook.range.at_least", x=lo)
    right = text(lang, "workbook.range.less" if spec.high_open else "workbook.range.at_most", x=hi)
    return text(lang, "workbook.range.between", kind=kind, left=left, right=right).replace(numbers.NBSP, " ")


def _value(x: float, lang: str, as_percent: bool) -> str:
    if float(x).is_integer() and abs(x) < 1e15:
        shown = numbers.number(x, lang, 0)
    else:
        shown = numbers.number(x, lang, max(0, min(6, len(f"{x:g}".split(".")[-1]))))
    return numbers.percent(x / 100.0, lang, 0 if float(x).is_integer() else 2) if as_percent else shown
