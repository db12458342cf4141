"""One cell's saved value as Python: numbers (int where written without a point or exponent), dates
and times from date-styled numbers (1900 or 1904 date system), booleans, shared and inline strings,
error texts ("#DIV/0!") and ISO dates (t="d") — what openpyxl gives with ``data_only=True``."""

from __future__ import annotations

import datetime as dt
import re

from .xlsx_parts import NotAWorkbook, unescape_x

EPOCH_1900 = dt.datetime(1899, 12, 30)  # serial 1 is 1900-01-01; Excel's 29 Feb 1900 shifts serials < 60
EPOCH_1904 = dt.datetime(1904, 1, 1)


class Cells:
    """What a sheet's values are read against: shared strings, date styles, the date system."""

    def __init__(self, strings: list[str], dates: frozenset[int], durations: frozenset[int], date1904: bool):
        self.strings = strings
        self.dates = {str(i) for i in dates}  # the s attribute as written
        self.durations = {str(i) for i in durations}
        self.epoch = EPOCH_1904 if date1904 else EPOCH_1900

    def value(self, kind: str, style: str, text: str) -> object:
        """The value of a cell with type ``kind`` (t), style ``style`` (s) and saved text ``text`` (v)."""
        if kind == "" or kind == "n":
            try:
                number: int | float = float(text) if "." in text or "e" in text or "E" in text else int(text)
            except ValueError:
                try:
                    number = float(text)
                except ValueError:
                    return text.strip() or None  # not a number although typed as one: shown as written
            if style in self.dates:
                return from_serial(number, self.epoch, style in self.durations)
            return number
        if kind == "s":
            try:
                return self.strings[int(text)]
            except (ValueError, IndexError):
                raise NotAWorkbook(f"shared string {text!r} missing") from None
        if kind == "b":
            try:
                return bool(int(text))
            except ValueError:
                return text.strip().lower() == "true"
        if kind == "d":
            return from_iso(text)
        return unescape_x(text)  # str (a formula's text), e (an error), inlineStr written as v, unknown


def from_serial(value: float, epoch: dt.datetime, duration: bool = False) -> object:
    """An Excel serial number as a datetime, a time of day (0 <= value < 1) or a timedelta."""
    try:
        if duration:
            span = dt.timedelta(days=value)
            if span.microseconds:
                span = dt.timedelta(seconds=span.total_seconds() // 1, microseconds=round(span.microseconds, -3))
            return span
        day, fraction = divmod(value, 1)
        diff = dt.timedelta(milliseconds=round(fraction * 86_400_000))
        if 0 <= value < 1 and diff.days == 0:
            minutes, seconds = divmod(diff.seconds, 60)
            return dt.time(minutes // 60, minutes % 60, seconds, diff.microseconds)
        if 0 < value < 60 and epoch == EPOCH_1900:
            day += 1  # before Excel's phantom 1900-02-29
        return epoch + dt.timedelta(days=day) + diff
    except (OverflowError, ValueError):
        return "#VALUE!"  # outside the dates Python knows: an error cell, as openpyxl reads it


_ISO = re.compile(r"(?P<date>(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2}))?T?"
                  r"(?P<time>(?P<hour>\d{2}):(?P<minute>\d{2})(:(?P<second>\d{2})(?P<micro>\.\d{1,3})?)?)?Z?")
_ISO_SPAN = re.compile(r"PT((?P<hours>\d+)H)?((?P<minutes>\d+)M)?((?P<seconds>\d+(\.\d{1,3})?)S)?")


def from_iso(text: str) -> object:
    """A t="d" cell: ISO 8601 date, time, date and time, or a PT..H..M..S span."""
    text = text.strip()
    if not text:
        return None
    try:
        m = _ISO.match(text)
        if m and any(m.groups()):
            g = {k: int(v) for k, v in m.groupdict().items() if v and k not in ("date", "time", "micro")}
            micro = int(float(m["micro"]) * 1_000_000) if m["micro"] else 0
            clock = dt.time(g.get("hour", 0), g.get("minute", 0), g.get("second", 0), micro)
            if not m["date"]:
                return clock
            day = dt.date(g["year"], g["month"], g["day"])
            return dt.datetime.combine(day, clock) if m["time"] else day
        m = _ISO_SPAN.match(text)
        if m and any(m.groups()):
            return dt.timedelta(**{k: float(v) for k, v in m.groupdict().items() if v and k in
                                   ("hours", "minutes", "seconds")})
    except ValueError:
        pass
    return "#VALUE!"
