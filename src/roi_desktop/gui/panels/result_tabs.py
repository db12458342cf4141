"""The tabs the main window adds beside the results (Risk, Client history, Tracking), each built the first
time it is opened (widgets/lazy_page.py): their modules, the risk engine and the tracking model stay out of
the app's start. Each tab is wired to the window when it is built, as it would have been at start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from roi_desktop.gui.widgets.lazy_page import LazyPage, add_lazy_tab

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def add_result_tabs(window) -> dict[str, LazyPage]:
    """Add the three tabs to ``window.results_panel.tabs``; returns their pages by name."""
    tabs = window.results_panel.tabs
    pages = {
        "risk": add_lazy_tab(tabs, translate("MainWindow", "Risk"), lambda: _risk(window)),
        "history": add_lazy_tab(tabs, translate("MainWindow", "Client history"), lambda: _history(window)),
        "tracking": add_lazy_tab(tabs, translate("MainWindow", "Tracking"), lambda: _tracking(window)),
    }
    for name, page in pages.items():
        page.setObjectName(f"{name}Tab")
        page.built.connect(window.undo_keys.watch)  # undo keys reach the project's undo from its fields too
    return pages


def _risk(window) -> QWidget:
    from roi_desktop.gui.panels.risk_panel import RiskPanel
    panel = RiskPanel(window.presenter, window.background)
    panel.set_current_scenario(window.scenario_panel.current)  # the scenario selected before the tab was opened
    window.scenario_panel.currentChanged.connect(panel.set_current_scenario)
    return panel


def _history(window) -> QWidget:
    from roi_desktop.gui.panels.history_panel import HistoryPanel
    return HistoryPanel(window.presenter)


def _tracking(window) -> QWidget:
    from roi_desktop.gui.panels.tracking_panel import TrackingPanel
    panel = TrackingPanel(window.presenter, window.dialogs)
    panel.meeting_button.clicked.connect(window.enter_follow_up)
    return panel
