"""Value realisation in words: the status sentence and the formatted rows every output shares (the app's
Tracking tab, the PDF section and report, the deck's slide, the command line).

>>> from roi_desktop.core import Analysis, Client, Project, Scenario, calculate
>>> from roi_desktop.core.tracking import track
>>> from roi_desktop.core.tracking_inputs import ActualMonth, Tracking
>>> client = Client(customers=1000, annual_revenue_per_customer=600, gross_margin=0.5, annual_churn_rate=0.2)
>>> plan = Scenario("Training", churn_change_pp=-2, one_off_cost=10_000)
>>> project = Project(client, Analysis(currency="EUR"), (plan,), tracking=Tracking(1, "2026-01",
...                   (ActualMonth(990.0), ActualMonth(960.0))))
>>> result = calculate(project)
>>> status_sentence(track(project, result), "EUR", "en")[:80]
'Training is behind: after 2 months, 960 customers against 967 planned, 7 short ('
"""

from __future__ import annotations

from roi_desktop.core.tracking import BEHIND, NO_ACTUALS, ON_TRACK, TrackingResult, slide_figures
from . import numbers
from .words import words

__all__ = ["BEHIND", "NO_ACTUALS", "ON_TRACK", "status_sentence", "table_rows", "summary_rows", "slide_text",
           "signed_count"]


def signed_count(x: float, lang: str) -> str:
    """A customer count with its sign: +12, −340 (whole customers)."""
    body = numbers.number(abs(x), lang)
    if round(x) == 0:
        return numbers.number(0, lang)
    return ("+" if x > 0 else numbers.MINUS) + body


def signed_money(x: float, currency: str, lang: str) -> str:
    text = numbers.money(x, currency, lang)
    return text if x < 0 or text.startswith(numbers.MINUS) else "+" + text


def status_sentence(t: TrackingResult, currency: str, lang: str) -> str:
    """One sentence: on track or behind, by how many customers and how much NPV (or: no actuals yet)."""
    w = words(lang)
    money = lambda x: numbers.money(x, currency, lang)  # noqa: E731
    if t.status == NO_ACTUALS:
        return w("tracking.no_actuals", plan=t.scenario_name, start=t.start, planned_npv=money(t.planned_npv))
    share = t.variance_share or 0.0
    assert t.gap_npv is not None  # there are actuals
    values = dict(plan=t.scenario_name, after=w("tracking.after_months", n=t.k),
                  actual=numbers.number(t.actual_customers[-1], lang),
                  planned=numbers.number(t.plan_customers[-1], lang),
                  reforecast=money(t.reforecast_npv), gap_npv=signed_money(t.gap_npv, currency, lang),
                  planned_npv=money(t.planned_npv))
    if t.status == ON_TRACK:
        return w("tracking.on_track", variance=signed_count(t.variance[-1], lang), **values)
    return w("tracking.behind", gap=numbers.number(-t.variance[-1], lang),
             share=numbers.percent(share, lang, decimals=1), **values)


def table_rows(t: TrackingResult, lang: str) -> list[tuple[str, str, str, str, str]]:
    """Month, plan, actual, variance, variance as % of plan: formatted, one row per month of actuals."""
    return [(month, numbers.number(plan, lang), numbers.number(actual, lang), signed_count(var, lang),
             numbers.percent(var / plan, lang, decimals=1))
            for month, plan, actual, var in zip(t.months, t.plan_customers, t.actual_customers, t.variance)]


def summary_rows(t: TrackingResult, currency: str, lang: str) -> list[tuple[str, str]]:
    """The headline figures as (label, value) pairs."""
    w = words(lang)
    money = lambda x: numbers.money(x, currency, lang)  # noqa: E731
    na = w("tracking.undefined")
    return [
        (w("tracking.status"), w(f"tracking.status.{t.status}")),
        (w("tracking.realised_churn"), na if t.realised_churn is None else numbers.percent(t.realised_churn, lang)),
        (w("tracking.planned_churn"), numbers.percent(t.planned_churn, lang)),
        (w("tracking.planned_npv"), money(t.planned_npv)),
        (w("tracking.reforecast_npv"), money(t.reforecast_npv)),
        (w("tracking.gap_customers"), na if t.gap_customers is None else signed_count(t.gap_customers, lang)),
        (w("tracking.gap_npv"), na if t.gap_npv is None else signed_money(t.gap_npv, currency, lang)),
    ]


def slide_text(project, result, lang: str) -> dict | None:
    """For the deck's realisation slide: ``core.tracking.slide_figures`` plus the words: ``title``,
    ``sentence`` (the status in one sentence), ``status_label``, ``labels`` (plan, actual, baseline,
    variance, month) and ``rows`` (the formatted variance table). None when the project tracks nothing."""
    from roi_desktop.core.tracking import track
    figures = slide_figures(project, result)
    if figures is None:
        return None
    t = track(project, result)
    assert t is not None  # slide_figures found a tracked plan
    w = words(lang)
    currency = project.analysis.currency
    return {**figures, "title": w("tracking.report_title", plan=t.scenario_name),
            "sentence": status_sentence(t, currency, lang), "status_label": w(f"tracking.status.{t.status}"),
            "labels": {k: w(f"tracking.{k}") for k in ("plan", "actual", "baseline", "variance", "month",
                                                       "chart_title")},
            "rows": table_rows(t, lang)}
