"""Report-bound formatting: the language and currency fixed once, every figure through
:mod:`roi_desktop.reports.numbers`."""

from __future__ import annotations

import math
from dataclasses import dataclass

from roi_desktop.reports import numbers

from .texts import tr


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
        text = numbers.number(x, self.lang, 0)
        return text if text.startswith(numbers.MINUS) or text == "0" else "+" + text

    def percent(self, x: float | None, decimals: int = 1) -> str:
        return numbers.percent(x, self.lang, decimals)

    def signed_percent(self, x: float, decimals: int = 1) -> str:
        text = self.percent(x, decimals)
        return text if text.startswith(numbers.MINUS) or round(x * 100, decimals) == 0 else "+" + text

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
            return tr(self.lang, "not_in_horizon")
        if month == 0:
            return tr(self.lang, "immediately")
        return tr(self.lang, "month_in_year", month=month, year=math.ceil(month / 12))

    def scale(self, max_abs: float) -> tuple[float, str]:
        """Divisor and unit for a chart axis: (1e6, 'mln zł'), (1e3, '€k'), (1, '€')."""
        sym = self.symbol
        if max_abs >= 1e9:
            return 1e9, (f"mld{numbers.NBSP}{sym}" if self.lang == "pl" else f"{sym}{numbers.NBSP}bn")
        if max_abs >= 1e6:
            return 1e6, (f"mln{numbers.NBSP}{sym}" if self.lang == "pl" else f"{sym}{numbers.NBSP}m")
        if max_abs >= 1e4:
            return 1e3, (f"tys.{numbers.NBSP}{sym}" if self.lang == "pl" else f"{sym}{numbers.NBSP}k")
        return 1.0, sym

    def tick(self, value: float, divisor: float = 1.0) -> str:
        v = value / divisor
        decimals = 0 if abs(v - round(v)) < 1e-9 else (1 if abs(v * 10 - round(v * 10)) < 1e-6 else 2)
        return numbers.number(v, self.lang, decimals)
