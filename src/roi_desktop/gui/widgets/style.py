"""Colours and the application style sheet: one calm palette for screen and meeting mode."""

from __future__ import annotations

from roi_desktop.reports.palette import SCENARIO_COLOURS

INK = "#1f2933"
MUTED = "#7b8794"
LINE = "#d9e2ec"
BACKGROUND = "#f5f7fa"
CARD = "#ffffff"
ACCENT = "#1f6feb"
POSITIVE = "#1a7f4b"
NEGATIVE = "#c62828"
ERROR = "#d64545"
WARNING_BG = "#fff4e5"
BASELINE = "#52606d"
def set_style(widget, css: str) -> None:
    """Set a style sheet only when it changes: Qt re-polishes the widget on every call."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


SERIES = SCENARIO_COLOURS  # the same scenario colours as the PDF and the workbook

APP_STYLE = f"""
QMainWindow, QWidget#central {{ background: {BACKGROUND}; }}
QGroupBox {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 8px; margin-top: 14px;
             padding: 10px 10px 8px 10px; font-weight: 600; color: {INK}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {BASELINE}; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{ border: 1px solid {LINE}; border-radius: 4px; padding: 3px 5px;
             background: white; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border: 2px solid {ACCENT}; padding: 2px 4px; }}
QPushButton:focus, QListWidget:focus, QTableWidget:focus, QTabBar::tab:focus {{ border: 2px solid {ACCENT}; }}
QLabel#sectionTitle {{ font-size: 15px; font-weight: 700; color: {INK}; }}
QLabel#muted {{ color: {MUTED}; }}
QFrame#card {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame#staleBanner {{ background: {WARNING_BG}; border: 1px solid #f0b429; border-radius: 8px; }}
QListWidget {{ background: white; border: 1px solid {LINE}; border-radius: 6px; }}
QListWidget::item {{ padding: 6px 4px; }}
QListWidget::item:selected {{ background: #e3edfd; color: {INK}; }}
QTabWidget::pane {{ border: 1px solid {LINE}; border-radius: 6px; background: white; top: -1px; }}
QTabBar::tab {{ padding: 6px 14px; color: {BASELINE}; }}
QTabBar::tab:selected {{ color: {INK}; font-weight: 600; border-bottom: 2px solid {ACCENT}; }}
QTableWidget {{ background: white; gridline-color: {LINE}; border: none; }}
QHeaderView::section {{ background: {BACKGROUND}; border: none; border-bottom: 1px solid {LINE}; padding: 4px;
             font-weight: 600; color: {BASELINE}; }}
QPushButton {{ padding: 4px 10px; border: 1px solid {LINE}; border-radius: 4px; background: white; }}
QPushButton:hover {{ background: #eef3fb; }}
QScrollArea {{ border: none; background: transparent; }}
"""
