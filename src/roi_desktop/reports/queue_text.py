"""The queue in words: waiting times people read ("3 min 40 s"), the meeting line and the churn link.
A duration never breaks across lines (non-breaking spaces inside it).

>>> wait_time(25.4, "en"), wait_time(220, "en"), wait_time(None, "pl")
('25\xa0s', '3\xa0min\xa040\xa0s', 'kolejka nigdy się nie opróżnia')
>>> callers_wait(25, 220, "en").replace("\xa0", " ")
'callers wait 25 s → 3 min 40 s'
"""

from __future__ import annotations

from roi_desktop.reports import numbers
from roi_desktop.reports.words import text


def wait_time(seconds: float | None, lang: str) -> str:
    """A wait as people say it; None (the queue never clears) in words."""
    if seconds is None:
        return text(lang, "queue.never_clears")
    if seconds < 10:
        return text(lang, "queue.seconds", s=numbers.number(seconds, lang, 1))
    whole = int(round(seconds))
    if whole < 60:
        return text(lang, "queue.seconds", s=whole)
    if whole < 3600:
        return text(lang, "queue.minutes", m=whole // 60, s=whole % 60)
    minutes = int(round(seconds / 60))
    return text(lang, "queue.hours", h=minutes // 60, m=minutes % 60)


def callers_wait(before: float | None, after: float | None, lang: str) -> str:
    """'callers wait 25 s → 3 min 40 s' (today's wait, then the scenario's)."""
    return text(lang, "queue.wait", before=wait_time(before, lang), after=wait_time(after, lang))


def churn_link_note(queue, index: int, lang: str) -> str | None:
    """The consultant's assumption behind a churn change derived from the queue, or None."""
    if queue is None or queue.churn_per_minute_asa_pp[index] is None:
        return None
    derived = queue.derived_churn_change_pp[index]
    pp = "—" if derived is None else numbers.number(derived, lang, 2) + " pp"
    return text(lang, "queue.churn_link", pp=pp, rate=numbers.number(queue.churn_per_minute_asa_pp[index], lang, 2))


__all__ = ["callers_wait", "churn_link_note", "wait_time"]
