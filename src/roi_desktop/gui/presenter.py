"""The presenter: owns the project being edited, validates it through the core, calculates, and tells
the widgets what to show. Widgets never compute; they forward edits here and display signals.

The draft is kept as a project-file dict (file units: fractions, not percentages) plus the texts
that could not be read as numbers, so a half-typed value is never lost and never crashes anything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from roi_desktop.core import Project, ProjectResult
from roi_desktop.core.inputs import MAX_SCENARIOS
from roi_desktop.projectfile import project_to_dict
from roi_desktop.gui.draft.draft_fit import joined_later_amounts
from roi_desktop.gui.draft.draft_paths import field_of, get_path, scenario_index, set_path
from roi_desktop.gui.texts.field_texts import spec_for
from roi_desktop.gui.draft.history import History, copy_draft
from roi_desktop.gui.draft.live_calculation import LiveCalculation
from roi_desktop.gui.draft.live_results import LiveResults
from roi_desktop.gui.widgets.numbers_input import ParseError, format_input, from_display, parse_number
from roi_desktop.gui.texts.problem_text import single_line, step_label
from roi_desktop.gui.draft.tracking_draft import follow_scenario, scenario_inserted

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

OPTIONAL_NUMBERS = ("churn_change_low_pp", "churn_change_high_pp", "risk", "churn_per_minute_asa_pp", "churn_change_pp",
                    "contacts_change", "handle_time_change")
WHOLE_COUNTS = ("customers", "annual_new_customers")  # people: 12,5 customers is a typing slip


def blank_project(name: str = "", currency: str = "PLN", language: str = "en", consultant: str = "") -> Project:
    from roi_desktop.core import Analysis, Client, ReportSettings
    client = Client(customers=10_000, annual_revenue_per_customer=600, gross_margin=0.4, annual_churn_rate=0.18,
                    annual_new_customers=1_500, acquisition_cost=300, annual_service_spend=1_000_000,
                    service_churn_share=0.3, name=name or translate("Presenter", "New client"))
    return Project(client=client, analysis=Analysis(currency=currency),
                   report=ReportSettings(language=language, consultant=consultant))


class Presenter(LiveResults, QObject):
    resultsChanged = Signal(object)  # ProjectResult of the valid draft
    problemsChanged = Signal(object)  # {path: message}; empty when the draft is valid
    dirtyChanged = Signal(bool)
    structureChanged = Signal()  # scenarios or lines added, removed, renamed or moved; or a new document
    valueChanged = Signal(str)  # a path whose value changed from outside its widget (e.g. a slider)
    pendingChanged = Signal(bool)  # True while the shown results are older than the draft (live_calculation.py)

    def __init__(self, project: Project | None = None, lang: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.lang = lang
        self.file_path: Path | None = None
        self.dirty = False
        self._project: Project | None = None  # the last valid project (``project`` brings it up to date)
        self.result: ProjectResult | None = None
        self._problems: dict[str, str] = {}
        self._edited: str | None = None  # the field the last edit changed: checked at once
        self.hints: dict[str, str] = {}  # path -> plausibility hint (shown, never blocking)
        self._typed: dict[str, tuple[str, str]] = {}  # path -> (text, "required" or "nan")
        self._data: dict = {}
        self._slider_ranges: dict[int, tuple] = {}  # scenario -> churn low/high before a slider moved it
        self._forced_dirty = False  # restored from a recovery copy: unsaved whatever the undo stack says
        self.history = History(self, self)
        self.live = LiveCalculation(self)
        self.live.ready.connect(self._answered)
        self.live.pendingChanged.connect(self.pendingChanged)
        self.load(project or blank_project(language=lang))

    # ---- documents -------------------------------------------------------------------------
    def load(self, project: Project, path: str | Path | None = None, *, dirty: bool = False) -> None:
        self._data = joined_later_amounts(project_to_dict(project))
        self._typed.clear()
        self._slider_ranges.clear()
        self.file_path = Path(path) if path else None
        self.history.reset()
        self._forced_dirty = dirty
        self.structureChanged.emit()
        self._recalculate()
        self.live.flush()  # an opened document shows its results at once, whatever its size
        self.set_dirty(dirty)

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirtyChanged.emit(dirty)

    def sync_dirty(self) -> None:
        """The modified flag follows the undo stack: undoing back to the saved state clears it."""
        if self.history.recording:
            self.set_dirty(self._forced_dirty or not self.history.stack.isClean())

    def mark_saved(self, path: str | Path) -> None:
        self.file_path = Path(path)
        self._forced_dirty = False
        self.history.stack.setClean()
        self.set_dirty(False)
        self.structureChanged.emit()

    def restore_draft(self, data: dict, typed: dict) -> None:
        """Undo or redo: the draft as it was (history.py); every panel shows it again."""
        self._data, self._typed = data, typed
        self._slider_ranges.clear()
        self.structureChanged.emit()
        self._recalculate()
        self.sync_dirty()

    @property
    def currency(self) -> str:
        value = get_path(self._data, "analysis.currency")
        return value if isinstance(value, str) and len(value) == 3 else "PLN"

    @property
    def client_name(self) -> str:
        return str(get_path(self._data, "client.name", "") or "")

    def snapshot_view(self) -> dict:
        """The draft itself, to read (not to change)."""
        return self._data

    def snapshot(self) -> dict:
        """A copy of the draft (file-format dict)."""
        return copy_draft(self._data)

    # ---- reading values --------------------------------------------------------------------
    def value(self, path: str):
        return get_path(self._data, path)

    def text(self, path: str) -> str:
        """What a number field shows: the typed text if it is not a number, else the formatted value."""
        if path in self._typed:
            return self._typed[path][0]
        value = get_path(self._data, path)
        if field_of(path) == "seed" and isinstance(value, int):
            return str(value)  # an identifier, not an amount: no grouping
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return format_input(value, spec_for(field_of(path)).unit, self.lang)
        return "" if value is None else str(value)

    def scenario_count(self) -> int:
        return len(self._data.get("scenarios", []))

    def scenario_names(self) -> list[tuple[str, str]]:
        return [(s.get("name", ""), s.get("kind", "investment")) for s in self._data.get("scenarios", [])]

    def line_count(self, i: int) -> int:
        return len(get_path(self._data, f"scenarios[{i}].lines", []) or [])

    def horizon(self) -> int:
        value = get_path(self._data, "analysis.horizon_years")
        return value if isinstance(value, int) and 1 <= value <= 10 else (self._project.analysis.horizon_years
                                                                          if self._project else 3)

    # ---- editing ---------------------------------------------------------------------------
    def set_text(self, path: str, text: str) -> None:
        """A number typed into a field (display units, any locale)."""
        with self.history.record(step_label(self, path), merge_key=path):
            self._set_text(path, text)

    def _set_text(self, path: str, text: str) -> None:
        name = field_of(path)
        spec = spec_for(name)
        if not text.strip() and name in OPTIONAL_NUMBERS:
            self._typed.pop(path, None)
            self._store(path, None)
            return
        self._edited = path
        try:
            shown = parse_number(text, self.lang)
        except ParseError:
            self._typed[path] = (text, "nan" if text.strip() else "required")
            self.set_dirty(True)
            self._recalculate()
            return
        if name in WHOLE_COUNTS and not float(shown).is_integer():
            self._typed[path] = (text, "whole")
            self.set_dirty(True)
            self._recalculate()
            return
        self._typed.pop(path, None)
        value = from_display(shown, spec.unit)
        if spec.integer and float(value).is_integer():
            value = int(value)
        self._store(path, value)

    def set_value(self, path: str, value, *, widen_ranges: bool = False, notify: bool = False) -> None:
        """A value in file units (texts, kinds, slider positions)."""
        if isinstance(value, str):
            value = single_line(path, value)
        with self.history.record(step_label(self, path, value), merge_key=path):
            self._set_value(path, value, widen_ranges)
        if notify:
            self.valueChanged.emit(path)

    def _set_value(self, path: str, value, widen_ranges: bool) -> None:
        self._typed.pop(path, None)
        if widen_ranges and isinstance(value, (int, float)):
            self._widen(path, value)
        self._store(path, value)

    def apply_changes(self, changes: dict, label: str = "") -> None:
        """Several values set at once (file units; ``None`` removes an optional key), one recalculation.

        The one entry for changes made as a whole (an import, a preset, tracking actuals): ``label`` names
        the change for the user (the Edit menu's undo text). Paths may name whole objects ("tracking").
        """
        with self.history.record(label or translate("History", "change")):
            for path, value in changes.items():
                self._typed.pop(path, None)
                set_path(self._data, path, value)
        self.set_dirty(True)
        self.structureChanged.emit()
        self._recalculate()

    def _store(self, path: str, value) -> None:
        old = get_path(self._data, path)
        if field_of(path) == "amounts":  # a year the line had no amount for: the years before count as 0
            amounts = get_path(self._data, path.rsplit("[", 1)[0])
            year = int(path.rsplit("[", 1)[1].rstrip("]"))
            if isinstance(amounts, list) and len(amounts) <= year:
                amounts.extend([0.0] * (year + 1 - len(amounts)))
        set_path(self._data, path, value)
        self._edited = path
        name = field_of(path)
        self.set_dirty(True)
        if name == "name" and path != "client.name":
            self.structureChanged.emit()
        elif name == "kind" and old != value:
            self.structureChanged.emit()
        self._recalculate()

    def _widen(self, path: str, value: float) -> None:
        """A slider moved a churn change outside its low/high: those follow it, always computed from the
        low/high the scenario had before the first move, so moving back restores them exactly."""
        i = scenario_index(path)
        if i is None or field_of(path) != "churn_change_pp" or spec_for("churn_change_pp").problem(value) is not None:
            return
        s = self._data["scenarios"][i]
        low, high = self._slider_ranges.setdefault(i, (s.get("churn_change_low_pp"), s.get("churn_change_high_pp")))
        if low is not None:
            s["churn_change_low_pp"] = min(low, value)
        if high is not None:
            s["churn_change_high_pp"] = max(high, value)

    def begin_what_ifs(self) -> None:
        """A meeting starts: slider-widened churn ranges are measured from the values now."""
        self._slider_ranges.clear()

    def undo_widened_ranges(self) -> None:
        """Put back the churn low/high values the sliders widened since begin_what_ifs."""
        for i, (low, high) in self._slider_ranges.items():
            if i < self.scenario_count():
                for key, value in (("churn_change_low_pp", low), ("churn_change_high_pp", high)):
                    set_path(self._data["scenarios"][i], key, value)
        self._slider_ranges.clear()
        self._recalculate()

    # ---- scenarios and lines ---------------------------------------------------------------
    def add_scenario(self, kind: str = "investment") -> int:
        with self.history.record(translate("History", "add scenario"), selected=self.scenario_count()):
            scenarios = self._data.setdefault("scenarios", [])
            if len(scenarios) >= MAX_SCENARIOS:
                return len(scenarios) - 1
            base = (translate("Presenter", "New cut") if kind == "cut"
                    else translate("Presenter", "New investment"))
            # neutral: no change to spending or churn and no costs, so a new scenario shows no effect until
            # the consultant enters one (a made-up churn gain would show a free benefit)
            scenarios.append({"name": self._unique_name(base), "kind": kind, "service_spend_change": 0.0,
                              "churn_change_pp": 0.0, "lines": []})
            return self._structure_edited(len(scenarios) - 1)

    def duplicate_scenario(self, i: int) -> int:
        with self.history.record(translate("History", "duplicate '%1'").replace("%1", self._name(i)), selected=i + 1):
            scenarios = self._data["scenarios"]
            if len(scenarios) >= MAX_SCENARIOS:
                return i
            copy_ = copy_draft(scenarios[i])
            copy_["name"] = self._unique_name(translate("Presenter", "%1 (copy)").replace(
                "%1", str(copy_.get("name", ""))))
            scenarios.insert(i + 1, copy_)
            scenario_inserted(self._data, i + 1)
            self._shift_typed(i + 1, +1)
            for key, value in list(self._typed.items()):
                if scenario_index(key) == i:
                    self._typed[key.replace(f"scenarios[{i}]", f"scenarios[{i + 1}]", 1)] = value
            return self._structure_edited(i + 1)

    def delete_scenario(self, i: int) -> int:
        with self.history.record(translate("History", "delete '%1'").replace("%1", self._name(i)), selected=i):
            del self._data["scenarios"][i]
            follow_scenario(self._data, i, None)
            self._typed = {k: v for k, v in self._typed.items() if scenario_index(k) != i}
            self._shift_typed(i + 1, -1)
            return self._structure_edited(min(i, self.scenario_count() - 1))

    def move_scenario(self, i: int, delta: int) -> int:
        with self.history.record(translate("History", "move '%1'").replace("%1", self._name(i)), selected=i + delta):
            j = i + delta
            scenarios = self._data["scenarios"]
            if not (0 <= j < len(scenarios)):
                return i
            scenarios[i], scenarios[j] = scenarios[j], scenarios[i]
            follow_scenario(self._data, i, j)
            swapped = {}
            for key, value in self._typed.items():
                k = scenario_index(key)
                new = key.replace(f"scenarios[{k}]", f"scenarios[{j if k == i else i}]", 1) if k in (i, j) else key
                swapped[new] = value
            self._typed = swapped
            return self._structure_edited(j)

    def add_line(self, i: int, kind: str = "benefit") -> None:
        with self.history.record(translate("History", "add line to '%1'").replace("%1", self._name(i)), selected=i):
            lines = self._data["scenarios"][i].setdefault("lines", [])
            names = {line.get("name") for line in lines}
            base = (translate("Presenter", "Benefit") if kind == "benefit"
                    else translate("Presenter", "Cost"))
            name, n = base, 2
            while name in names:
                name, n = f"{base} {n}", n + 1
            lines.append({"name": name, "kind": kind, "amounts": [0.0] * (self.horizon() + 1)})
            self._structure_edited(i)

    def delete_line(self, i: int, j: int) -> None:
        with self.history.record(translate("History", "remove line from '%1'").replace("%1", self._name(i)), selected=i):
            del self._data["scenarios"][i]["lines"][j]
            prefix = f"scenarios[{i}].lines["
            self._typed = {k: v for k, v in self._typed.items() if not k.startswith(prefix)}
            self._structure_edited(i)

    def _shift_typed(self, start: int, delta: int) -> None:
        moved = {}
        for key, value in self._typed.items():
            k = scenario_index(key)
            if k is not None and k >= start:
                key = key.replace(f"scenarios[{k}]", f"scenarios[{k + delta}]", 1)
            moved[key] = value
        self._typed = moved

    def _name(self, i: int) -> str:
        return str(get_path(self._data, f"scenarios[{i}].name", "") or "")

    def _unique_name(self, base: str) -> str:
        names = {name for name, _ in self.scenario_names()}
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        return name

    def _structure_edited(self, index: int) -> int:
        self._slider_ranges.clear()  # indexes may have moved; the widened low/high stay as they are
        self.set_dirty(True)
        self.structureChanged.emit()
        self._recalculate()
        return index
