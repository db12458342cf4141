"""Industry benchmarks in the app: choose an industry, see each published value with its source, take
the ones offered for the client's fields (the empty ones, or all when asked), marked in the project as
coming from that benchmark; or start a new project from it; or save the client's figures as one's own
benchmark (the user library)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from roi_desktop.importer.benchmarks import Benchmark, BenchmarkValue, load_library, save_user_benchmark
from roi_desktop.core.fields import CLIENT_FIELDS

from roi_desktop.gui.texts.field_texts import field_text
from roi_desktop.gui.widgets.numbers_input import format_input


def is_empty(value) -> bool:
    """A client field still to be filled: absent, not a number, or zero."""
    return isinstance(value, bool) or not isinstance(value, (int, float)) or value == 0


def benchmark_changes(draft: dict, benchmark: Benchmark, chosen: list[BenchmarkValue], lang: str) -> dict:
    """Paths and values (file units) that take ``chosen`` values into the project, each marked with its
    source; an earlier import's claim on these fields is dropped."""
    import copy
    out: dict = {f"client.{v.field}": v.value for v in chosen}
    provenance = copy.deepcopy(draft.get("provenance") or {})
    marks = provenance.setdefault("benchmarks", {})
    for v in chosen:
        marks[v.field] = {"benchmark": v.id, "value": v.value, "citation": v.citation(lang)}
    imported = provenance.get("import")
    if imported and isinstance(imported.get("values"), dict):
        imported["values"] = {k: x for k, x in imported["values"].items() if k not in marks}
        if not imported["values"]:
            provenance.pop("import")
    out["provenance"] = provenance
    if not str((draft.get("client") or {}).get("industry", "")).strip():
        out["client.industry"] = benchmark.name(lang)
    return out


class BenchmarkDialog(QDialog):
    def __init__(self, presenter, parent: QWidget | None = None, *, user_dir=None):
        super().__init__(parent)
        self.setObjectName("benchmarkDialog")
        self.presenter = presenter
        self.user_dir = user_dir
        self.start_new = False
        self.setWindowTitle(self.tr("Industry benchmarks"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Industry:")))
        self.industry = QComboBox()
        self.industry.setObjectName("benchmarkIndustry")
        self.industry.currentIndexChanged.connect(self._show)
        row.addWidget(self.industry, 1)
        self.all_fields = QCheckBox(self.tr("Offer values for filled fields too"))
        self.all_fields.setObjectName("benchmarkAllFields")
        self.all_fields.toggled.connect(self._show)
        row.addWidget(self.all_fields)
        layout.addLayout(row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("benchmarkValues")
        self.table.setHorizontalHeaderLabels([self.tr("Take"), self.tr("Field"), self.tr("Value"),
                                              self.tr("Describes"), self.tr("Source")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        own = QFormLayout()
        self.own_name = QLineEdit()
        self.own_name.setObjectName("benchmarkOwnName")
        self.own_source = QLineEdit()
        self.own_source.setObjectName("benchmarkOwnSource")
        self.save_own = QPushButton(self.tr("Save the client's figures as my benchmark"))
        self.save_own.setObjectName("benchmarkSaveOwn")
        self.save_own.clicked.connect(self._save_own)
        own.addRow(self.tr("My benchmark's name:"), self.own_name)
        own.addRow(self.tr("Its source (study, client, year):"), self.own_source)
        own.addRow("", self.save_own)
        self.status = QLabel()
        self.status.setObjectName("benchmarkStatus")
        own.addRow("", self.status)
        layout.addLayout(own)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.apply_button = buttons.addButton(self.tr("Apply to this project"), QDialogButtonBox.AcceptRole)
        self.apply_button.setObjectName("benchmarkApply")
        self.new_button = buttons.addButton(self.tr("Start a new project from it"), QDialogButtonBox.ActionRole)
        self.new_button.setObjectName("benchmarkNew")
        self.new_button.clicked.connect(self._start_new)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        self.library = load_library(**({} if self.user_dir is None else {"user_dir": self.user_dir}))
        self.industry.blockSignals(True)
        self.industry.clear()
        for b in self.library:
            self.industry.addItem(b.name(self.presenter.lang) + (self.tr(" (mine)") if b.user else ""), b.id)
        self.industry.blockSignals(False)
        self._show()

    @property
    def benchmark(self) -> Benchmark | None:
        i = self.industry.currentIndex()
        return self.library[i] if 0 <= i < len(self.library) else None

    def _show(self) -> None:
        b = self.benchmark
        self.table.setRowCount(0)
        self.boxes: list[tuple[QCheckBox, BenchmarkValue]] = []
        if b is None:
            return
        self.note.setText(b.note)
        lang, currency = self.presenter.lang, self.presenter.currency
        for v in b.values:
            row = self.table.rowCount()
            self.table.insertRow(row)
            box = QCheckBox()
            problem = v.offer_problem(currency)
            if problem is None:
                current = self.presenter.value(f"client.{v.field}")
                box.setChecked(is_empty(current) or self.all_fields.isChecked())
                self.boxes.append((box, v))
                field = field_text(v.field).label
            else:
                box.setEnabled(False)
                field = self._why_not_offered(v, currency)
            self.table.setCellWidget(row, 0, box)
            unit = CLIENT_FIELDS[v.field].unit if v.field else "count"
            shown = format_input(v.value, unit, lang) + (" %" if unit == "fraction" else "")
            self.table.setItem(row, 1, QTableWidgetItem(field))
            self.table.setItem(row, 2, QTableWidgetItem(f"{shown} {v.currency or ''}".strip()))
            self.table.setItem(row, 3, QTableWidgetItem(f"{v.quote} ({v.population}; {v.year})"))
            self.table.setItem(row, 4, QTableWidgetItem(v.citation(lang)))
        for column, width in enumerate((44, 200, 110, 330)):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()
        self.apply_button.setEnabled(bool(self.boxes))
        self.new_button.setEnabled(True)

    def _why_not_offered(self, v: BenchmarkValue, currency: str) -> str:
        if v.field is None:
            return self.tr("Shown only: not a client field")
        if v.currency and v.currency != currency:
            return self.tr("Shown only: in %1, the project is in %2").replace("%1", v.currency).replace("%2", currency)
        return self.tr("Shown only: outside the field's valid range")

    def chosen(self) -> list[BenchmarkValue]:
        return [v for box, v in self.boxes if box.isChecked()]

    def changes(self) -> dict:
        return benchmark_changes(self.presenter.snapshot(), self.benchmark, self.chosen(), self.presenter.lang)

    def accept(self) -> None:
        if self.benchmark is not None and self.chosen():
            self.presenter.apply_changes(self.changes(), self.tr("Benchmark: %1").replace(
                "%1", self.benchmark.name(self.presenter.lang)))
        super().accept()

    def _start_new(self) -> None:
        """Close; the caller opens a blank project and applies this benchmark's offered values to it."""
        for box, _v in self.boxes:
            box.setChecked(True)
        self.start_new = True
        super().accept()

    def _save_own(self) -> None:
        values = {name: self.presenter.value(f"client.{name}") for name in CLIENT_FIELDS}
        values = {k: v for k, v in values.items() if not is_empty(v) and CLIENT_FIELDS[k].problem(v) is None}
        try:
            path = save_user_benchmark(self.own_name.text(), values, self.own_source.text(),
                                       currency=self.presenter.currency,
                                       **({} if self.user_dir is None else {"folder": self.user_dir}))
        except (ValueError, OSError) as e:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(e)))
            return
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self._load()
        self.industry.setCurrentIndex(self.industry.count() - 1)
