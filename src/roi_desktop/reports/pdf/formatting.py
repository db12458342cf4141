"""Report-bound formatting: the language and currency fixed once, every figure through
:mod:`roi_desktop.reports.numbers`."""

from __future__ import annotations

import math
from dataclasses import dataclass

from roi_desktop.reports import numbers

from roi_desktop.reports.words import text


@dataclass(frozen=True)
class Fmt:
    lang: str
    currency: str

    def money(self, x: float | None) -> str:
        return numbers.money(x, self.currency, self.lang)

    def money_short(self, x: float | None) -> str:
        return numbers.money_short(x, self.currency, self.lang)

    def amount(self, x: float | None) -> str:
        """A whole-unit amount without the currency sign (table cells; the caption names the currency)."""
        return numbers.number(x, self.lang, 0)

    def count(self, x: float | None, decimals: int = 0) -> str:
        return numbers.number(x, self.lang, decimals)

    def signed_count(self, x: float) -> str:
        shown = numbers.number(x, self.lang, 0)
        return shown if shown.startswith(numbers.MINUS) or shown == "0" else "+" + shown

    def percent(self, x: float | None, decimals: int = 1) -> str:
        return numbers.percent(x, self.lang, decimals)

    def signed_percent(self, x: float, decimals: int = 1) -> str:
        shown = self.percent(x, decimals)
        return shown if shown.startswith(numbers.MINUS) or round(x * 100, decimals) == 0 else "+" + shown

    def pp(self, x: float | None, decimals: int = 1) -> str:
        return numbers.pp(x, self.lang, decimals)

    def factor(self, x: float) -> str:
        return numbers.number(x, self.lang, 4)

    @property
    def symbol(self) -> str:
        """The currency as the report writes it (zł, €, USD, ...)."""
        return numbers.money(0, self.currency, self.lang).replace("0", "").strip(numbers.NBSP + " ")

    def month(self, month: int | None) -> str:
        if month is None:
            return text(self.lang, "report.not_in_horizon")
        if month == 0:
            return text(self.lang, "report.immediately")
        return text(self.lang, "report.month_in_year", month=month, year=math.ceil(month / 12))

    def scale(self, max_abs: float) -> tuple[float, str]:
        """Divisor and unit for a chart axis: (1e6, 'mln zł'), (1e3, '€k'), (1, '€')."""
        for divisor, unit in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
            if max_abs >= max(divisor, 1e4):
                return divisor, text(self.lang, f"report.scale.money_{unit}", sym=self.symbol)
        return 1.0, self.symbol

    def count_scale(self, max_abs: float) -> tuple[float, str]:
        """Divisor and unit for a chart axis of counts: (1e3, 'thousands'), (1, '')."""
        for divisor, unit in ((1e6, "m"), (1e3, "k")):
            if max_abs >= max(divisor, 1e4):
                return divisor, text(self.lang, f"report.scale.count_{unit}")
        return 1.0, ""

    def tick(self, value: float, divisor: float = 1.0) -> str:
        v = value / divisor
        decimals = 0 if abs(v - round(v)) < 1e-9 else (1 if abs(v * 10 - round(v * 10)) < 1e-6 else 2)
        return numbers.number(v, self.lang, decimals)
