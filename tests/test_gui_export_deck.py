"""File > Export…: a choice of any of the PDF report, the workbook, the deck and the leave-behind, written
in the background by the same export as the command line; the deck template and the consultant's
contact come from Settings; a template that cannot be used says why and writes nothing."""

from __future__ import annotations

from gui_support import PL_SAMPLE, gui  # noqa: F401
from pptx import Presentation
from pypdf import PdfReader

from roi_desktop.gui.files.export_dialog import ExportDialog, output_paths


def test_dialog_offers_the_four_files_and_needs_one(qtbot):
    dialog = ExportDialog("/tmp/raport żółć", ["pdf"], template="")
    qtbot.addWidget(dialog)
    assert set(dialog.boxes) == {"pdf", "xlsx", "pptx", "summary_pdf"}
    assert all(dialog.findChild(type(b), f"export_{k}") is b for k, b in dialog.boxes.items())
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled() and dialog.chosen() == ["pdf"]
    dialog.boxes["pdf"].setChecked(False)
    assert not ok.isEnabled()
    dialog.boxes["pptx"].setChecked(True)
    dialog.boxes["summary_pdf"].setChecked(True)
    assert ok.isEnabled() and dialog.chosen() == ["pptx", "summary_pdf"]
    dialog.base.setText("")
    assert not ok.isEnabled()


def test_dialog_offers_the_remembered_files_and_names_the_deck_template(qtbot):
    dialog = ExportDialog("/tmp/r", ["pptx", "pdf"], template="/firma/Szablon łódzki.potx")
    qtbot.addWidget(dialog)
    assert dialog.boxes["pptx"].isEnabled() and dialog.chosen() == ["pdf", "pptx"]  # the four files' order
    assert "Szablon łódzki.potx" in dialog.template_note.text()
    built_in = ExportDialog("/tmp/r", ["xlsx"])
    qtbot.addWidget(built_in)
    assert built_in.chosen() == ["xlsx"] and "built-in" in built_in.template_note.text()


def test_output_paths_give_each_file_its_ending(tmp_path):
    paths = output_paths(tmp_path / "oferta.pptx", ["pdf", "xlsx", "pptx", "summary_pdf"])
    assert [p.name for p in paths.values()] == ["oferta.pdf", "oferta.xlsx", "oferta.pptx", "oferta-summary.pdf"]


def test_export_chosen_writes_all_four_with_settings(gui, qtbot, tmp_path):
    window, dialogs = gui(PL_SAMPLE)
    window.settings.contact = "anna@doradcy.pl, +48 600 100 200"
    window.settings.company = "Doradcy Łódź"
    asked = []

    def choose(base, chosen, template=""):
        asked.append((base, chosen, template))
        return ["pdf", "xlsx", "pptx", "summary_pdf"], str(tmp_path / "spotkanie żółć")

    dialogs.choose_exports = choose
    with qtbot.waitSignal(window.exporter.done, timeout=60000) as done:
        assert window.exporter.export_chosen()
    written = sorted(p.name for p in done.args[0])
    assert written == sorted(["spotkanie żółć.pdf", "spotkanie żółć.xlsx", "spotkanie żółć.pptx",
                              "spotkanie żółć-summary.pdf"])
    assert asked[0][1] == ["pdf", "xlsx"] and asked[0][2] == ""  # the first time: the report and workbook
    assert window.settings.export_kinds == ["pdf", "xlsx", "pptx", "summary_pdf"]  # remembered
    prs = Presentation(str(tmp_path / "spotkanie żółć.pptx"))
    assert len(prs.slides) > 10
    summary = PdfReader(tmp_path / "spotkanie żółć-summary.pdf")
    assert len(summary.pages) == 2
    assert "anna@doradcy.pl" in summary.pages[1].extract_text()
    assert window.progress.isHidden()


def test_a_bad_template_in_settings_says_why_and_writes_nothing(gui, qtbot, tmp_path):
    window, dialogs = gui(PL_SAMPLE)
    broken = tmp_path / "szablon.pptx"
    broken.write_text("not a presentation", encoding="utf-8")
    window.settings.deck_template = str(broken)
    dialogs.choose_exports = lambda base, chosen, template="": (["pdf", "pptx"], str(tmp_path / "out"))
    with qtbot.waitSignal(window.exporter.stopped, timeout=30000):
        assert window.exporter.export_chosen()
    errors = dialogs.asked("error")
    assert errors and "template" in errors[0][1].lower() and "not a PowerPoint file" in errors[0][2]
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "out.pptx").exists()


def test_cancelled_dialog_starts_nothing(gui):
    window, dialogs = gui(PL_SAMPLE)
    dialogs.choose_exports = lambda *args, **kw: None
    assert not window.exporter.export_chosen()


def test_settings_hold_contact_and_template(gui, qtbot, tmp_path):
    from roi_desktop.gui.files.settings_dialog import SettingsDialog
    window, dialogs = gui(PL_SAMPLE)
    dialog = SettingsDialog(window.settings, dialogs, window)
    qtbot.addWidget(dialog)
    dialog.findChild(type(dialog.contact), "contact").setText("  zofia@example.pl  ")
    dialog.findChild(type(dialog.deck_template), "deck_template").setText(str(tmp_path / "firma.pptx"))
    dialog.accept()
    assert window.settings.contact == "zofia@example.pl"
    assert window.settings.deck_template == str(tmp_path / "firma.pptx")
    assert window.actions["export_chosen"].isEnabled()
