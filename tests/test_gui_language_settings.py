"""Languages and settings: the whole UI switches between English and Polish at runtime (Qt's own
dialog buttons too), numbers follow the locale, settings persist, window layout comes back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from gui_support import PL_SAMPLE, gui, make_settings  # noqa: F401
from roi_desktop.gui.texts import i18n
from roi_desktop.gui.widgets.number_edit import NumberEdit


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_polish_translation_file_is_complete():
    """Every source text in the .ts has a Polish translation, and the shipped .qm is built from it."""
    import xml.etree.ElementTree as ET
    ts = i18n.translations_dir() / "roi_desktop_pl.ts"
    messages = ET.parse(ts).getroot().findall("./context/message")
    assert len(messages) > 150
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not (m.find("translation").text or "")]
    assert unfinished == []
    assert (i18n.translations_dir() / "roi_desktop_pl.qm").stat().st_size > 1000


def test_switching_language_retranslates_the_whole_window(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="en")
    assert menu_titles(window) == ["&File", "&Edit", "S&cenario", "&View"]
    churn = window.client_panel.findChild(NumberEdit, "annual_churn_rate")
    assert churn.text() == "19"
    window.set_language("pl")
    assert menu_titles(window) == ["&Plik", "&Edycja", "S&cenariusz", "&Widok"]
    labels = {w.text() for w in window.findChildren(QLabel)}
    assert "Odejścia klientów / rok" in labels and "Scenariusze" in labels and "Wyniki" in labels
    assert window.results_panel.tabs.tabText(0) == "Skumulowany przepływ"
    assert window.client_panel.findChild(NumberEdit, "annual_service_spend").text() == "12\u00a0000\u00a0000"
    assert window.client_panel.findChild(NumberEdit, "annual_churn_rate") is not churn  # rebuilt
    # Qt's own texts (standard dialog buttons) come from qtbase_pl.qm
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"
    window.set_language("en")
    assert menu_titles(window) == ["&File", "&Edit", "S&cenario", "&View"]
    assert window.client_panel.findChild(NumberEdit, "annual_service_spend").text() == "12,000,000"
    assert window.settings.ui_language == "en"


def test_edits_survive_a_language_switch(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="en")
    edit = window.client_panel.findChild(NumberEdit, "gross_margin")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "44.5")
    window.set_language("pl")
    assert window.client_panel.findChild(NumberEdit, "gross_margin").text() == "44,5"
    assert window.presenter.project.client.gross_margin == 0.445
    assert window.isWindowModified()


def test_settings_dialog_saves_to_qsettings(gui, qtbot, tmp_path):
    from roi_desktop.gui.files.settings_dialog import SettingsDialog
    window, dialogs = gui()
    settings = window.settings
    dialog = SettingsDialog(settings, dialogs, window)
    qtbot.addWidget(dialog)
    dialog.consultant.setText("Anna Wójcik-Łęczyńska")
    dialog.company.setText("Doradztwo Żółć Sp. z o.o.")
    dialog.logo.setText(str(tmp_path / "logo.png"))
    dialog.currency.setCurrentText("eur")
    dialog.report_language.setCurrentIndex(1)
    dialog.ui_language.setCurrentIndex(1)
    dialog.accept()
    again = make_settings(tmp_path)
    assert (again.consultant, again.company, again.default_currency) == (
        "Anna Wójcik-Łęczyńska", "Doradztwo Żółć Sp. z o.o.", "EUR")
    assert again.report_language == "pl" and again.ui_language == "pl"
    assert again.logo_path.endswith("logo.png")


def test_settings_menu_switches_language_and_new_projects_use_defaults(gui, qtbot):
    window, dialogs = gui(lang="en")

    def choose_polish(settings):
        settings.ui_language = "pl"
        settings.default_currency = "EUR"
        return True

    dialogs.settings_edit = choose_polish
    window.actions["settings"].trigger()
    assert menu_titles(window)[0] == "&Plik"
    assert window.documents.new()
    assert window.presenter.project.analysis.currency == "EUR"


def test_window_geometry_is_restored(gui, qtbot, tmp_path):
    window, _ = gui()
    window.resize(window.minimumSizeHint().width(), 700)  # the offscreen screen is 800 px wide
    window.show()
    qtbot.waitExposed(window)
    window.close()
    second, _ = gui(settings=make_settings(tmp_path))
    assert second.height() == 700  # a new window without saved geometry is 900 high
