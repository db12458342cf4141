"""The Inputs sheet: the client's figures, the analysis settings, every scenario's parameters and the
custom lines. Input cells are styled as inputs, validated on their ranges and given defined names."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from roi_desktop.core.fields import ANALYSIS_FIELDS, CLIENT_FIELDS, LINE_AMOUNT, LINE_RISK, SCENARIO_FIELDS, FieldSpec
from roi_desktop.core.inputs import Project

from . import cells
from roi_desktop.reports.words import text

from .ranges import describe_range
from .names import define, scenario_name

CLIENT_NUMBERS = tuple(CLIENT_FIELDS)
SCENARIO_NUMBERS = tuple(SCENARIO_FIELDS)
RISK_ONLY = ("churn_change_low_pp", "churn_change_high_pp")  # used by the risk analysis, not by formulas


@dataclass
class LineCells:
    """Where a custom line's inputs are: its kind cell, own-risk cell and the amount of each Year 0..T."""

    row: int
    kind: str
    risk: str
    amounts: list[str]


@dataclass
class InputsLayout:
    sheet: str
    cost_label: str
    lines: dict[int, list[LineCells]] = field(default_factory=dict)  # scenario index (1-based) -> lines
    scenario_rows: dict[str, int] = field(default_factory=dict)  # scenario parameter -> row (column C = no. 1)


def number_format(spec: FieldSpec, currency: str, lang: str) -> str:
    return {
        "fraction": cells.PERCENT_FINE if spec.name in ("annual_churn_rate",) else cells.PERCENT,
        "pp": cells.pp_format(lang),
        "money": cells.money_format(currency),
        "count": cells.COUNT,
        "months": cells.INTEGER,
        "years": cells.INTEGER,
    }.get(spec.unit, "General")


def unit_text(spec: FieldSpec, currency: str, lang: str, years: int = 5) -> str:
    """The unit column; the horizon's unit agrees with its number (1 rok, 2 lata, 5 lat)."""
    return text(lang, f"workbook.unit.{spec.unit}", cur=currency, n=years)


class _Validations:
    """Collects one DataValidation per input cell range, with the error text in the report language."""

    def __init__(self, ws, lang: str):
        self.ws, self.lang = ws, lang

    def number(self, coords: str, first: str, spec: FieldSpec, label: str, *, allow_blank: bool = False) -> None:
        lo = f"{first}>{spec.low!r}" if spec.low_open else f"{first}>={spec.low!r}"
        hi = f"{first}<{spec.high!r}" if spec.high_open else f"{first}<={spec.high!r}"
        parts = [f"ISNUMBER({first})", lo, hi] + ([f"{first}=INT({first})"] if spec.integer else [])
        rng = describe_range(spec, self.lang, as_percent=spec.unit == "fraction")
        key = "workbook.error_risk" if allow_blank else "workbook.error_text"
        self._add(DataValidation(type="custom", formula1=f"AND({','.join(parts)})", allow_blank=allow_blank),
                  coords, text(self.lang, key, label=label, range=rng))

    def choice(self, coords: str, values: list[str], label: str) -> None:
        dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=False)
        self._add(dv, coords, text(self.lang, "workbook.error_list", label=label, values=", ".join(values)))

    def _add(self, dv: DataValidation, coords: str, message: str) -> None:
        dv.showErrorMessage = True
        dv.errorStyle = "stop"
        dv.errorTitle = text(self.lang, "workbook.error_title")
        dv.error = message[:255]
        dv.showInputMessage = True
        dv.promptTitle = text(self.lang, "workbook.value")[:32]
        dv.prompt = message[:255]
        dv.add(coords)
        self.ws.add_data_validation(dv)


def build_inputs(wb, project: Project, lang: str, sheet_title: str) -> InputsLayout:
    ws = wb.create_sheet(sheet_title)
    client, analysis = project.client, project.analysis
    cur = analysis.currency
    layout = InputsLayout(sheet_title, text(lang, "workbook.cost"))
    valid = _Validations(ws, lang)
    n = len(project.scenarios)
    cells.put_label(ws, "A1", text(lang, "workbook.title.inputs"), font=cells.TITLE_FONT)
    cells.put_label(ws, "A2", text(lang, "workbook.title.inputs.hint"), font=cells.NOTE_FONT)

    # Client
    row = 4
    cells.put_label(ws, f"A{row}", text(lang, "workbook.client"), font=cells.SECTION_FONT)
    cells.header_row(ws, row + 1, 1, [text(lang, "workbook.parameter"), text(lang, "workbook.unit"), text(lang, "workbook.value"),
                                      text(lang, "workbook.field")])
    row += 2
    for key, value in (("name", client.name), ("industry", client.industry)):
        cells.put_label(ws, f"A{row}", text(lang, f"field.{key}"))
        cells.put_label(ws, f"B{row}", text(lang, "workbook.unit.text"))
        cells.style_input(cells.put_text(ws, f"C{row}", value))
        cells.put_label(ws, f"D{row}", f"client.{key}", font=cells.NOTE_FONT)
        if len(value) > 26:
            _fit_notes(ws, row, value, 26)
        row += 1
    for name in CLIENT_NUMBERS:
        spec = CLIENT_FIELDS[name]
        _number_row(ws, row, name, getattr(client, name), spec, cur, lang, valid)
        define(wb, name, sheet_title, f"C{row}")
        cells.put_label(ws, f"D{row}", f"client.{name}", font=cells.NOTE_FONT)
        row += 1
    cells.put_label(ws, f"A{row}", text(lang, "field.notes"))
    cells.put_label(ws, f"B{row}", text(lang, "workbook.unit.text"))
    cells.style_input(cells.put_text(ws, f"C{row}", client.notes, wrap=True))
    cells.put_label(ws, f"D{row}", "client.notes", font=cells.NOTE_FONT)
    _fit_notes(ws, row, client.notes, 26)

    # Analysis settings
    row += 2
    cells.put_label(ws, f"A{row}", text(lang, "workbook.analysis"), font=cells.SECTION_FONT)
    cells.header_row(ws, row + 1, 1, [text(lang, "workbook.parameter"), text(lang, "workbook.unit"), text(lang, "workbook.value"),
                                      text(lang, "workbook.field")])
    row += 2
    cells.put_label(ws, f"A{row}", text(lang, "field.horizon_years"))
    cells.put_label(ws, f"B{row}", text(lang, "workbook.unit.years", n=analysis.horizon_years))
    cells.put_number(ws, f"C{row}", int(analysis.horizon_years), cells.INTEGER, fill=cells.STATIC_FILL)
    define(wb, "horizon_years", sheet_title, f"C{row}")
    cells.put_label(ws, f"D{row}", "analysis.horizon_years", font=cells.NOTE_FONT)
    row += 1
    _number_row(ws, row, "discount_rate", analysis.discount_rate, ANALYSIS_FIELDS["discount_rate"], cur, lang, valid)
    define(wb, "discount_rate", sheet_title, f"C{row}")
    cells.put_label(ws, f"D{row}", "analysis.discount_rate", font=cells.NOTE_FONT)
    row += 1
    cells.put_label(ws, f"A{row}", text(lang, "field.currency"))
    cells.put_label(ws, f"B{row}", "ISO 4217")
    cells.put_text(ws, f"C{row}", cur).fill = cells.STATIC_FILL
    cells.put_label(ws, f"D{row}", "analysis.currency", font=cells.NOTE_FONT)
    row += 1
    cells.put_label(ws, f"A{row}", text(lang, "workbook.horizon_fixed"), font=cells.NOTE_FONT)

    # Scenarios: one column per scenario
    row += 2
    cells.put_label(ws, f"A{row}", text(lang, "workbook.scenarios"), font=cells.SECTION_FONT)
    field_col = 3 + n
    cells.header_row(ws, row + 1, 1, [text(lang, "workbook.parameter"), text(lang, "workbook.unit")]
                     + [str(i + 1) for i in range(n)] + [text(lang, "workbook.field")])
    row += 2
    kinds = [text(lang, "cut"), text(lang, "investment")]
    rows = layout.scenario_rows
    for key in ("name", "kind", *SCENARIO_NUMBERS, "notes"):
        rows[key] = row
        label = text(lang, f"field.{key}")
        cells.put_label(ws, f"A{row}", label)
        cells.put_label(ws, f"B{row}", text(lang, "workbook.unit.list" if key == "kind" else "workbook.unit.text")
                        if key in ("name", "kind", "notes") else unit_text(SCENARIO_FIELDS[key], cur, lang))
        cells.put_label(ws, f"{get_column_letter(field_col)}{row}", f"scenarios[].{key}", font=cells.NOTE_FONT)
        if n and key == "kind":
            valid.choice(f"C{row}:{get_column_letter(2 + n)}{row}", kinds, label)
        elif n and key in SCENARIO_FIELDS and key not in RISK_ONLY:
            spec = SCENARIO_FIELDS[key]
            valid.number(f"C{row}:{get_column_letter(2 + n)}{row}", f"C{row}", spec, label)
        row += 1
    for i, scenario in enumerate(project.scenarios, start=1):
        col = get_column_letter(2 + i)
        cells.style_input(cells.put_text(ws, f"{col}{rows['name']}", scenario.name, wrap=True))
        cells.style_input(cells.put_text(ws, f"{col}{rows['kind']}", text(lang, scenario.kind)))
        for key in SCENARIO_NUMBERS:
            spec = SCENARIO_FIELDS[key]
            value = {"churn_change_low_pp": scenario.churn_low, "churn_change_high_pp": scenario.churn_high}.get(
                key, getattr(scenario, key))
            cell = cells.put_number(ws, f"{col}{rows[key]}", int(value) if spec.integer else value,
                                    number_format(spec, cur, lang))
            if key in RISK_ONLY:
                cell.fill = cells.STATIC_FILL
            else:
                cells.style_input(cell)
                define(wb, scenario_name(key, i), sheet_title, f"{col}{rows[key]}")
        cells.style_input(cells.put_text(ws, f"{col}{rows['notes']}", scenario.notes, wrap=True))
    longest_note = max((len(s.notes) for s in project.scenarios), default=0)
    _fit_notes(ws, rows["notes"], "x" * longest_note, 26)
    _fit_notes(ws, rows["name"], "x" * max((len(s.name) for s in project.scenarios), default=0), 26)

    # Custom lines: one row per line, amounts for Year 0..T
    row += 1
    years = analysis.horizon_years
    cells.put_label(ws, f"A{row}", text(lang, "workbook.custom_lines"), font=cells.SECTION_FONT)
    cells.header_row(ws, row + 1, 1, [text(lang, "workbook.line_name"), text(lang, "workbook.scenario_no"), text(lang, "field.kind"),
                                      text(lang, "workbook.own_risk")] + [text(lang, "workbook.year", t=t) for t in range(years + 1)])
    ws.row_dimensions[row + 1].height = 30
    row += 2
    line_kinds = [text(lang, "workbook.benefit"), text(lang, "workbook.cost")]
    for i, scenario in enumerate(project.scenarios, start=1):
        layout.lines[i] = []
        for line in scenario.lines:
            cells.style_input(cells.put_text(ws, f"A{row}", line.name))
            cells.put_number(ws, f"B{row}", i, cells.INTEGER)
            cells.style_input(cells.put_text(ws, f"C{row}", text(lang, f"workbook.{line.kind}")))
            valid.choice(f"C{row}", line_kinds, text(lang, "field.kind"))
            risk = cells.put_number(ws, f"D{row}", line.risk, cells.PERCENT)
            cells.style_input(risk)
            valid.number(f"D{row}", f"D{row}", LINE_RISK, text(lang, "workbook.own_risk"), allow_blank=True)
            amounts = []
            for t, amount in enumerate(line.amounts):
                coord = f"{get_column_letter(5 + t)}{row}"
                cells.style_input(cells.put_number(ws, coord, amount, cells.money_format(cur)))
                amounts.append(coord)
            valid.number(f"E{row}:{get_column_letter(5 + years)}{row}", f"E{row}", LINE_AMOUNT,
                         f"{text(lang, 'workbook.amount')} ({clean_line_name(line.name)})")
            layout.lines[i].append(LineCells(row, f"C{row}", f"D{row}", amounts))
            row += 1
    if not any(layout.lines.values()):
        cells.put_label(ws, f"A{row}", "—", font=cells.NOTE_FONT)

    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 14
    for c in range(3, max(field_col, 5 + years) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 26 if c < field_col else 18
    ws.column_dimensions[get_column_letter(field_col)].width = 30
    ws.freeze_panes = "B4"
    return layout


def clean_line_name(name: str) -> str:
    """A line's name for a validation message (which holds at most 255 characters)."""
    name = cells.clean_text(name)
    return name if len(name) <= 60 else name[:59] + "…"


def _number_row(ws, row: int, name: str, value, spec: FieldSpec, cur: str, lang: str, valid: _Validations) -> None:
    label = text(lang, f"field.{name}")
    cells.put_label(ws, f"A{row}", label)
    cells.put_label(ws, f"B{row}", unit_text(spec, cur, lang))
    cell = cells.put_number(ws, f"C{row}", int(value) if spec.integer else value, number_format(spec, cur, lang))
    cells.style_input(cell)
    valid.number(f"C{row}", f"C{row}", spec, label)


def _fit_notes(ws, row: int, note: str, chars_per_line: int) -> None:
    """Row height for wrapped text, and every cell of the row aligned to the top like the text."""
    lines = max(1, -(-len(note) // chars_per_line))
    ws.row_dimensions[row].height = min(400, 15 * lines)
    for cell in ws[row]:
        cell.alignment = cells.WRAP
