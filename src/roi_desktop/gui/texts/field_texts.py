"""Labels, tooltips and groups of every input, in the UI language (marked for Qt's lupdate).

Units and ranges come from :mod:`roi_desktop.core.fields`; this module only words them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from roi_desktop.reports.numbers import currency_symbol
from roi_desktop.reports.words import text
from roi_desktop.core.fields import ANALYSIS_FIELDS, CLIENT_FIELDS, LINE_AMOUNT, LINE_RISK, SCENARIO_FIELDS, FieldSpec
from roi_desktop.core.operations import OPERATIONS_FIELDS, QUEUE_SCENARIO_FIELDS
from roi_desktop.gui.panels.queue_fields import QUEUE_TEXTS, SCENARIO_QUEUE_FIELDS

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

CTX = "Fields"


@dataclass(frozen=True)
class FieldText:
    label: str
    tip: str


_TEXTS = {
    "name": (QT_TRANSLATE_NOOP("Fields", "Client"), QT_TRANSLATE_NOOP("Fields", "The client's name, shown in the title and the report.")),
    "industry": (QT_TRANSLATE_NOOP("Fields", "Industry"), QT_TRANSLATE_NOOP("Fields", "The client's industry (optional).")),
    "customers": (QT_TRANSLATE_NOOP("Fields", "Active customers"),
                  QT_TRANSLATE_NOOP("Fields", "Customers the client has today, at the start of the analysis.")),
    "annual_revenue_per_customer": (QT_TRANSLATE_NOOP("Fields", "Revenue per customer / year"),
                                    QT_TRANSLATE_NOOP("Fields", "Average revenue one customer brings in a year.")),
    "gross_margin": (QT_TRANSLATE_NOOP("Fields", "Gross margin"),
                     QT_TRANSLATE_NOOP("Fields", "Gross margin on that revenue, in per cent.")),
    "annual_churn_rate": (QT_TRANSLATE_NOOP("Fields", "Churn per year"),
                          QT_TRANSLATE_NOOP("Fields", "Share of customers who leave in a year, in per cent (18 means 18 %).")),
    "annual_new_customers": (QT_TRANSLATE_NOOP("Fields", "New customers / year"),
                             QT_TRANSLATE_NOOP("Fields", "Customers won each year; the same in every scenario.")),
    "acquisition_cost": (QT_TRANSLATE_NOOP("Fields", "Cost to win a customer"),
                         QT_TRANSLATE_NOOP("Fields", "What it costs to win one new customer (marketing and sales).")),
    "annual_service_spend": (QT_TRANSLATE_NOOP("Fields", "Service spend / year"),
                             QT_TRANSLATE_NOOP("Fields", "What the client spends on customer service in a year.")),
    "service_churn_share": (QT_TRANSLATE_NOOP("Fields", "Churn caused by service"),
                            QT_TRANSLATE_NOOP("Fields", "Share of the churn caused by poor service, in per cent.")),
    "notes": (QT_TRANSLATE_NOOP("Fields", "Notes"), QT_TRANSLATE_NOOP("Fields", "Where the figures come from; printed in the report.")),
    "horizon_years": (QT_TRANSLATE_NOOP("Fields", "Horizon"), QT_TRANSLATE_NOOP("Fields", "Years the analysis covers (1 to 10).")),
    "discount_rate": (QT_TRANSLATE_NOOP("Fields", "Discount rate"),
                      QT_TRANSLATE_NOOP("Fields", "Yearly rate used to discount future money (TEI studies use about 10 %).")),
    "currency": (QT_TRANSLATE_NOOP("Fields", "Currency"), QT_TRANSLATE_NOOP("Fields", "Three-letter currency code, such as PLN or EUR.")),
    "trials": (QT_TRANSLATE_NOOP("Fields", "Simulation trials"),
               QT_TRANSLATE_NOOP("Fields", "Monte Carlo trials for the report's risk analysis (100 to 1 000 000).")),
    "seed": (QT_TRANSLATE_NOOP("Fields", "Random seed"),
             QT_TRANSLATE_NOOP("Fields", "Makes the simulation repeatable: the same seed gives the same figures.")),
    "kind": (QT_TRANSLATE_NOOP("Fields", "Kind"), QT_TRANSLATE_NOOP("Fields", "A cut of service or an investment in it (wording only).")),
    "service_spend_change": (QT_TRANSLATE_NOOP("Fields", "Change of service spend"),
                             QT_TRANSLATE_NOOP("Fields", "Relative change of the recurring service spend: -20 cuts it by 20 %, 10 raises it by 10 %.")),
    "one_off_cost": (QT_TRANSLATE_NOOP("Fields", "One-off cost (Year 0)"),
                     QT_TRANSLATE_NOOP("Fields", "Initial cost: training, software, project work.")),
    "extra_annual_cost": (QT_TRANSLATE_NOOP("Fields", "Extra cost / year"),
                          QT_TRANSLATE_NOOP("Fields", "New recurring cost each year: licences, staff.")),
    "churn_change_pp": (QT_TRANSLATE_NOOP("Fields", "Churn change"),
                        QT_TRANSLATE_NOOP("Fields", "Change of the yearly churn in percentage points: 2 means 18 % becomes 20 %.")),
    "churn_change_low_pp": (QT_TRANSLATE_NOOP("Fields", "Churn change, low"),
                            QT_TRANSLATE_NOOP("Fields", "Lowest plausible churn change, for the risk analysis (empty: the point value).")),
    "churn_change_high_pp": (QT_TRANSLATE_NOOP("Fields", "Churn change, high"),
                             QT_TRANSLATE_NOOP("Fields", "Highest plausible churn change, for the risk analysis (empty: the point value).")),
    "revenue_per_customer_change": (QT_TRANSLATE_NOOP("Fields", "Revenue per customer change"),
                                    QT_TRANSLATE_NOOP("Fields", "Relative change of revenue per customer (upsell), in per cent.")),
    "ramp_months": (QT_TRANSLATE_NOOP("Fields", "Ramp-up"),
                    QT_TRANSLATE_NOOP("Fields", "Months until the churn and revenue effects reach full strength; costs change at once.")),
    "benefit_risk": (QT_TRANSLATE_NOOP("Fields", "Benefit risk"),
                     QT_TRANSLATE_NOOP("Fields", "TEI risk adjustment: benefits are reduced by this share.")),
    "cost_risk": (QT_TRANSLATE_NOOP("Fields", "Cost risk"),
                  QT_TRANSLATE_NOOP("Fields", "TEI risk adjustment: costs are raised by this share.")),
    "amounts": (QT_TRANSLATE_NOOP("Fields", "Amount"), QT_TRANSLATE_NOOP("Fields", "Amount in that year, a positive number.")),
    "risk": (QT_TRANSLATE_NOOP("Fields", "Risk"),
             QT_TRANSLATE_NOOP("Fields", "Optional risk for this line; replaces the scenario's benefit or cost risk.")),
}

CLIENT_GROUPS = (
    (QT_TRANSLATE_NOOP("Fields", "Customers"), ("customers", "annual_churn_rate", "annual_new_customers", "acquisition_cost")),
    (QT_TRANSLATE_NOOP("Fields", "Revenue"), ("annual_revenue_per_customer", "gross_margin")),
    (QT_TRANSLATE_NOOP("Fields", "Service"), ("annual_service_spend", "service_churn_share")),
    (QT_TRANSLATE_NOOP("Fields", "Finance"), ("horizon_years", "discount_rate", "currency")),
    (QT_TRANSLATE_NOOP("Fields", "Risk analysis"), ("trials", "seed")),
)

SCENARIO_NUMBER_FIELDS = ("service_spend_change", "one_off_cost", "extra_annual_cost", "churn_change_pp",
                          "churn_change_low_pp", "churn_change_high_pp", "revenue_per_customer_change", "ramp_months",
                          "benefit_risk", "cost_risk") + SCENARIO_QUEUE_FIELDS

# Model line keys (roi_desktop.core.flows) and yearly-table rows, worded for people
LINE_LABELS = {
    "margin_change": QT_TRANSLATE_NOOP("Fields", "Margin from customers and revenue"),
    "service_spend_change": QT_TRANSLATE_NOOP("Fields", "Service spend change"),
    "extra_recurring_cost": QT_TRANSLATE_NOOP("Fields", "Extra recurring cost"),
    "one_off_cost": QT_TRANSLATE_NOOP("Fields", "One-off cost"),
    "benefits": QT_TRANSLATE_NOOP("Fields", "Benefits (risk-adjusted)"),
    "costs": QT_TRANSLATE_NOOP("Fields", "Costs (risk-adjusted)"),
    "net": QT_TRANSLATE_NOOP("Fields", "Net flow"),
    "discount_factor": QT_TRANSLATE_NOOP("Fields", "Discount factor"),
    "pv_net": QT_TRANSLATE_NOOP("Fields", "Present value of net flow"),
}


_TEXTS.update(QUEUE_TEXTS)  # the queue's inputs (queue_fields.py)


def tr(text: str) -> str:
    return translate(CTX, text)


def field_text(name: str) -> FieldText:
    label, tip = _TEXTS.get(name, (name, ""))
    return FieldText(tr(label), tr(tip))


def line_label(key: str) -> str:
    return tr(LINE_LABELS[key]) if key in LINE_LABELS else key


def spec_for(name: str) -> FieldSpec:
    """The core's spec of a numeric field, wherever it lives."""
    for table in (CLIENT_FIELDS, ANALYSIS_FIELDS, SCENARIO_FIELDS, OPERATIONS_FIELDS, QUEUE_SCENARIO_FIELDS):
        if name in table:
            return table[name]
    if name == "amounts":
        return LINE_AMOUNT
    if name == "risk":
        return LINE_RISK
    raise KeyError(name)


def years_unit(lang: str, value=None) -> str:
    """'years' / 'lat'; in Polish by the number when it is known: 1 rok, 2–4 lata (not 12–14), else lat."""
    if lang != "pl":
        return "year" if value == 1 else "years"
    if not isinstance(value, int) or isinstance(value, bool):
        return "lat"
    if value == 1:
        return "rok"
    return "lata" if value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14) else "lat"


def unit_suffix(unit: str, currency: str, lang: str, value=None) -> str:
    """The unit shown in a field: the currency as the reports write it (zł, €), years by the number."""
    if unit == "fraction":
        return "%"
    if unit == "pp":
        return str(text(lang, "number.pp"))
    if unit == "money":
        return currency_symbol(currency, lang)
    if unit == "months":
        return translate("Fields", "months")
    if unit in ("seconds", "hours"):
        return "s" if unit == "seconds" else "h"
    if unit == "years":
        return years_unit(lang, value)
    return ""


def range_message(spec: FieldSpec, currency: str, lang: str) -> str:
    """The valid range of a field in the units people type: 'Enter a number from 0 % to 100 %.'"""
    from roi_desktop.gui.widgets.numbers_input import format_input

    def show(x: float) -> str:
        if spec.unit == "years" and lang == "pl":  # 'od 1 roku do 10 lat'
            suffix = "roku" if x == 1 else "lat"
        else:
            suffix = unit_suffix(spec.unit, currency, lang, int(x) if spec.integer else None)
        return f"{format_input(x, spec.unit, lang)}\u00a0{suffix}".strip()

    lo, hi = show(spec.low), show(spec.high)
    if spec.integer:
        return translate("Fields", "Enter a whole number from %1 to %2.").replace("%1", lo).replace("%2", hi)
    if spec.low_open:
        return translate("Fields", "Enter a number greater than %1 and at most %2.").replace("%1", lo).replace("%2", hi)
    if spec.high_open:
        return translate("Fields", "Enter a number from %1 to less than %2.").replace("%1", lo).replace("%2", hi)
    return translate("Fields", "Enter a number from %1 to %2.").replace("%1", lo).replace("%2", hi)
