"""File > Import client data and File > Industry benchmarks in the app (pytest-qt), and the report's
"where the figures come from"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from gui_support import gui  # noqa: F401
from import_support import close, expected, history_rows, write_table
from roi_desktop.gui.files.import_dialog import ImportDialog
from roi_desktop.gui.presenter import Presenter


@pytest.fixture
def presenter(qtbot):
    return Presenter(lang="pl")


def _dialog(qtbot, presenter, path):
    dialog = ImportDialog(presenter, path)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_mapping_months_and_changes_before_anything_is_applied(qtbot, presenter, tmp_path):
    rows = history_rows(15, seed=8)
    path = tmp_path / "klienci.csv"
    write_table(path, rows, encoding="cp1250", title="Eksport z CRM")
    before = presenter.snapshot()
    dialog = _dialog(qtbot, presenter, path)
    assert presenter.snapshot() == before  # nothing applied yet
    assert dialog.preview.rowCount() == 15 and dialog.preview.item(0, 1).text() == "48\u00a0213"
    assert dialog.preview.verticalHeaderItem(0).text() == "3"  # the file's row numbers (title, header above)
    assert dialog.column_boxes["lost"].currentText() == "Odejścia"
    assert "2024-02" in dialog.months_label.text() and "2025-01" in dialog.months_label.text()
    labels = [dialog.changes.item(r, 0).text() for r in range(dialog.changes.rowCount())]
    assert len(labels) == 6  # five fields and the churn range
    assert dialog.changes.item(0, 1).text().startswith("10") and "→" in dialog.changes.item(0, 2).text()
    assert dialog.apply_button.isEnabled()
    assert dialog.customers_chart.series[0].values == [float(r["customers"]) for r in rows[2:]]
    with qtbot.waitSignal(presenter.resultsChanged):
        dialog.apply_button.click()
    want = expected(rows)
    assert close(presenter.value("client.annual_churn_rate"), want["annual_churn_rate"])
    assert presenter.value("provenance")["import"]["file"] == "klienci.csv" and presenter.dirty
    assert presenter.project.provenance.imported.months[0] == "2024-02" and presenter.problems == {}


def test_choosing_a_column_rereads_the_table(qtbot, presenter, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("Okres;Stan;Ubyło;Przybyło\n2024-01;1000;0;0\n2024-02;990;20;10\n2024-03;1000;10;20\n"
                    "2024-04;1000;10;10\n", encoding="utf-8")
    dialog = _dialog(qtbot, presenter, path)
    assert not dialog.apply_button.isEnabled()
    assert any("customers" in dialog.problems.item(i).text() for i in range(dialog.problems.count()))
    for name, header in (("customers", "Stan"), ("lost", "Ubyło"), ("won", "Przybyło")):
        box = dialog.column_boxes[name]
        box.setCurrentIndex(box.findData(header))
        box.activated.emit(box.currentIndex())
    assert dialog.apply_button.isEnabled() and dialog.result.table.columns["customers"] == "Stan"
    assert "Stan\n→" in dialog.preview.horizontalHeaderItem(1).text()


def test_bad_data_marks_the_cell_and_cannot_be_applied(qtbot, presenter, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Miesiąc;Klienci;Odejścia;Nowi klienci\n2024-01;1000;0;0\n2024-02;990;1,2,3;10\n"
                    "2024-03;1000;10;20\n2024-04;1000;10;10\n", encoding="utf-8")
    before = presenter.snapshot()
    dialog = _dialog(qtbot, presenter, path)
    assert not dialog.apply_button.isEnabled()
    assert dialog.problems.item(0).text().endswith("wiersz 3, kolumna 'Odejścia': '1,2,3' nie jest liczbą")
    assert dialog.preview.item(1, 2).background().color().name() == "#fde2e2"
    dialog.accept()
    assert presenter.snapshot() == before


def test_workbook_sheets_can_be_chosen(qtbot, presenter, tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.title = "Opis"
    ws = wb.create_sheet("Dane")
    ws.append(["Month", "Customers", "Lost", "Won"])
    for i, c in enumerate([1000, 990, 1000, 1000]):
        ws.append([f"2024-{i + 1:02d}", c, [0, 20, 10, 10][i], [0, 10, 20, 10][i]])
    wb.save(tmp_path / "w.xlsx")
    dialog = _dialog(qtbot, presenter, tmp_path / "w.xlsx")
    assert dialog.sheet_box.isEnabled() and dialog.sheet_box.currentText() == "Dane" and dialog.result.ok
    dialog.sheet_box.setCurrentIndex(0)
    dialog.sheet_box.activated.emit(0)
    assert not dialog.result.ok


def test_menu_entries_and_dropping_a_csv_open_the_import(qtbot, gui, tmp_path):
    window, _ = gui()
    assert {"import_data", "benchmarks"} <= set(window.actions)
    rows = history_rows(5)
    path = tmp_path / "drop.csv"
    write_table(path, rows)
    dialog = window.client_data.import_file(str(path))
    assert dialog.isVisible() and dialog.result.ok
    dialog.accept()
    assert window.presenter.value("client.customers") == rows[-1]["customers"]
    window.results_panel.tabs.setCurrentWidget(window.result_tabs["history"])  # the tab builds when chosen
    panel = window.findChild(QWidget, "historyPanel")
    assert "drop.csv" in panel.caption.text()
    assert panel.customers_chart.series[0].values == [float(r["customers"]) for r in rows]
    assert len(panel.churn_chart.series[0].values) == len(rows)


def test_benchmarks_offer_empty_fields_mark_the_source_and_save_own(qtbot, tmp_path):
    from roi_desktop.gui.files.benchmark_dialog import BenchmarkDialog
    presenter = Presenter(lang="en")
    presenter.apply_changes({"client.annual_churn_rate": 0.0}, "test")
    dialog = BenchmarkDialog(presenter, user_dir=tmp_path / "mine")
    qtbot.addWidget(dialog)
    dialog.industry.setCurrentIndex(dialog.industry.findData("pay-tv"))
    assert [v.id for v in dialog.chosen()] == ["pay-tv-churn-poland-2014"]  # the empty field is offered
    dialog.accept()
    assert presenter.value("client.annual_churn_rate") == 0.093
    mark = presenter.value("provenance")["benchmarks"]["annual_churn_rate"]
    assert mark["benchmark"] == "pay-tv-churn-poland-2014" and "Broadband TV News" in mark["citation"]
    assert presenter.problems == {}

    dialog = BenchmarkDialog(presenter, user_dir=tmp_path / "mine")
    qtbot.addWidget(dialog)
    dialog.industry.setCurrentIndex(dialog.industry.findData("pay-tv"))
    assert dialog.chosen() == []  # filled now: offered only when asked for all
    dialog.all_fields.setChecked(True)
    assert len(dialog.chosen()) == 1
    dialog.industry.setCurrentIndex(dialog.industry.findData("all-industries-poland"))
    assert dialog.chosen() == []  # EUR value, the project is in PLN: shown only
    dialog.own_name.setText("Moi klienci")
    dialog.own_source.setText("Projekt 2025")
    dialog.save_own.click()
    assert (tmp_path / "mine" / "user-moi-klienci.json").exists() and "Saved" in dialog.status.text()
    assert dialog.benchmark.user and dialog.benchmark.name("en") == "Moi klienci"


def test_report_names_the_file_months_and_benchmark_sources(presenter, tmp_path):
    from roi_desktop.core.provenance import BenchmarkSource
    from roi_desktop.importer.history_import import import_history
    from roi_desktop.reports.pdf.formatting import Fmt
    from roi_desktop.reports.pdf.sources import data_sources, source_text
    rows = history_rows(8)
    path = tmp_path / "historia.csv"
    write_table(path, rows)
    imp = import_history(path)
    presenter.apply_changes(imp.changes(presenter.snapshot()), "import")
    project = presenter.project
    fmt = Fmt("pl", "PLN")
    text = source_text("customers", project.client.customers, project.provenance.imported, fmt)
    assert "historia.csv" in text and imp.months[0] in text and imp.months[-1] in text
    assert len(data_sources(project, fmt)) == 2
    changed = source_text("customers", 1.0, project.provenance.imported, fmt)
    assert "zmieniono ręcznie" in changed
    mark = BenchmarkSource("pay-tv-churn-poland-2014", 0.093, "Cyfrowy Polsat, 2014, Broadband TV News")
    assert "Broadband TV News" in source_text("annual_churn_rate", 0.093, mark, fmt)


def test_the_pdf_report_cites_the_import_and_the_benchmark(presenter, tmp_path):
    from pypdf import PdfReader
    from roi_desktop.gui.files.benchmark_dialog import benchmark_changes
    from roi_desktop.importer.benchmarks import load_library
    from roi_desktop.importer.history_import import import_history
    from roi_desktop.reports.pdf import write_pdf
    rows = history_rows(14)
    path = tmp_path / "dane klienta.csv"
    write_table(path, rows)
    imp = import_history(path)
    presenter.apply_changes(imp.changes(presenter.snapshot()), "import")
    pay_tv = next(b for b in load_library(None) if b.id == "pay-tv")
    presenter.apply_changes(benchmark_changes(presenter.snapshot(), pay_tv, list(pay_tv.values), "pl"), "benchmark")
    assert "annual_churn_rate" not in presenter.value("provenance")["import"]["values"]
    pdf = write_pdf(presenter.result, tmp_path / "raport.pdf", lang="pl")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Skąd pochodzą dane" in text and "dane klienta.csv" in text
    assert f"od {imp.months[0]} do {imp.months[-1]}" in text and "Broadband TV News" in text
