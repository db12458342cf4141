"""Labels and tooltips of the queue's inputs (client.operations and a scenario's queue fields), in the
UI language (marked for Qt's lupdate). Merged into field_texts' table by one line there."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

OPERATIONS_ORDER = ("contacts_per_year", "handle_time_s", "open_hours_per_year", "agent_cost_per_year",
                    "agent_share_of_spend", "paid_hours_per_agent", "shrinkage", "answer_target_s",
                    "target_service_level")
SCENARIO_QUEUE_FIELDS = ("contacts_change", "handle_time_change", "churn_per_minute_asa_pp")

# Illustrative starting figures when the consultant switches the queue on (every one is editable)
OPERATIONS_DEFAULTS = {"contacts_per_year": 500_000, "handle_time_s": 300, "open_hours_per_year": 3600,
                       "agent_cost_per_year": 40_000, "agent_share_of_spend": 0.6, "paid_hours_per_agent": 1800,
                       "shrinkage": 0.3, "answer_target_s": 20, "target_service_level": 0.8}

QUEUE_TEXTS = {
    "contacts_per_year": (QT_TRANSLATE_NOOP("Fields", "Contacts a year"),
                          QT_TRANSLATE_NOOP("Fields", "Calls (or chats) handled by agents per year.")),
    "handle_time_s": (QT_TRANSLATE_NOOP("Fields", "Handle time (s)"),
                      QT_TRANSLATE_NOOP("Fields", "Average handle time per contact in seconds: talk plus after-call work.")),
    "open_hours_per_year": (QT_TRANSLATE_NOOP("Fields", "Open hours a year"),
                            QT_TRANSLATE_NOOP("Fields", "Hours a year the lines are open, e.g. 12 h x 300 days = 3600.")),
    "agent_cost_per_year": (QT_TRANSLATE_NOOP("Fields", "Cost of an agent a year"),
                            QT_TRANSLATE_NOOP("Fields", "Fully loaded yearly cost of one agent (FTE).")),
    "agent_share_of_spend": (QT_TRANSLATE_NOOP("Fields", "Share of spend on agents"),
                             QT_TRANSLATE_NOOP("Fields", "Share of the annual service spend that pays agents.")),
    "paid_hours_per_agent": (QT_TRANSLATE_NOOP("Fields", "Paid hours of an agent"),
                             QT_TRANSLATE_NOOP("Fields", "Paid hours a year of one FTE, e.g. 1800.")),
    "shrinkage": (QT_TRANSLATE_NOOP("Fields", "Shrinkage"),
                  QT_TRANSLATE_NOOP("Fields", "Share of paid hours not on the phones: breaks, training, absence.")),
    "answer_target_s": (QT_TRANSLATE_NOOP("Fields", "Answer target (s)"),
                        QT_TRANSLATE_NOOP("Fields", "The service-level threshold: answered within this many seconds.")),
    "target_service_level": (QT_TRANSLATE_NOOP("Fields", "Target service level"),
                             QT_TRANSLATE_NOOP("Fields", "Share to answer within the target, for the agents needed.")),
    "contacts_change": (QT_TRANSLATE_NOOP("Fields", "Contacts change"),
                        QT_TRANSLATE_NOOP("Fields", "Change in contacts a year (self-service or first-contact resolution lower it).")),
    "handle_time_change": (QT_TRANSLATE_NOOP("Fields", "Handle time change"),
                           QT_TRANSLATE_NOOP("Fields", "Change in average handle time.")),
    "churn_per_minute_asa_pp": (
        QT_TRANSLATE_NOOP("Fields", "Churn per minute of wait"),
        QT_TRANSLATE_NOOP("Fields", "Your assumption: percentage points of yearly churn per minute of change in the "
                                    "average wait. Set, it replaces the churn change (leave the churn change empty).")),
}
