"""Real-world tables in: every encoding, delimiter, number style and month style, in Polish and English,
give the MODEL.md values to 1e-9 (computed directly in import_support.expected); Excel workbooks with
several sheets, a header on row 3, a merged title and formulas without saved values; hostile files give
errors that name the row and column."""

from __future__ import annotations

import itertools

import pytest

from import_support import close, expected, history_rows, write_table
from roi_desktop.importer.history_import import import_history
from roi_desktop.importer.table import read_table

ENCODINGS = ["utf-8", "utf-8-sig", "cp1250", "utf-16"]
DELIMITERS = [";", ",", "\t"]
NUMBER_STYLES = [(",", "\u00a0"), (",", " "), (",", "\u202f"), (",", "."), (".", ","), (".", ""), (",", "")]
MONTH_STYLES = ["iso", "dot", "slash", "pl_short", "pl_long", "en_short", "date", "pl_date"]


def assert_matches(imp, rows):
    assert imp.ok, [p.message() for p in imp.problems]
    want = expected(rows)
    got = imp.values()
    for name in ("customers", "annual_churn_rate", "annual_new_customers", "annual_revenue_per_customer",
                 "annual_service_spend"):
        assert close(got[name], want[name]), (name, got[name], want[name])
    assert close(imp.result.churn_low, want["churn_low"]) and close(imp.result.churn_high, want["churn_high"])


@pytest.mark.parametrize("encoding,delimiter", list(itertools.product(ENCODINGS, DELIMITERS)))
def test_every_encoding_and_delimiter(tmp_path, encoding, delimiter):
    rows = history_rows(15, seed=len(encoding) + ord(delimiter))
    path = tmp_path / "klienci.csv"
    write_table(path, rows, encoding=encoding, delimiter=delimiter, lang="pl")
    imp = import_history(path)
    assert_matches(imp, rows)
    assert imp.months[0] == f"{rows[3]['year']}-{rows[3]['month']:02d}" and len(imp.months) == 12


@pytest.mark.parametrize("decimal,thousands", NUMBER_STYLES)
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_number_style_in_both_languages(tmp_path, decimal, thousands, lang):
    rows = history_rows(14, seed=7)
    delimiter = ";" if "," in (decimal, thousands) else ","
    path = tmp_path / "data.csv"
    write_table(path, rows, lang=lang, delimiter=delimiter, decimal=decimal, thousands=thousands)
    assert_matches(import_history(path), rows)


@pytest.mark.parametrize("style", MONTH_STYLES)
def test_every_month_style(tmp_path, style):
    rows = history_rows(8, seed=3)
    path = tmp_path / "m.csv"
    write_table(path, rows, month_style=style, encoding="cp1250")
    imp = import_history(path)
    assert_matches(imp, rows)
    assert len(imp.months) == 7 and imp.start_month == "2023-11"


def test_title_rows_above_the_header_and_newest_first(tmp_path):
    rows = history_rows(6, seed=9)
    path = tmp_path / "t.csv"
    write_table(path, list(reversed(rows)), title="Raport klientów — eksport z CRM")
    imp = import_history(path)
    assert_matches(imp, rows)
    assert imp.table.source["header_row"] == 2


def test_headers_matched_without_case_or_accents_and_units(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("MIESIAC;klienci na koniec miesiąca;ODEJSCIA;nowi KLIENCI;Przychód [PLN];Koszty obsługi klienta\n"
                    "2024-01;1000;0;0;0;0\n2024-02;990;20;10;5000;100\n2024-03;1000;10;20;5000;100\n"
                    "2024-04;1000;10;10;5000;100\n", encoding="utf-8")
    t = read_table(path)
    assert t.ok and set(t.columns) == {"month", "customers", "lost", "won", "revenue", "service_spend"}


def test_mapping_names_a_column_the_headers_do_not(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("Okres;Stan;Ubyło;Przybyło\n2024-01;1000;0;0\n2024-02;990;20;10\n2024-03;1000;10;20\n"
                    "2024-04;1000;10;10\n", encoding="utf-8")
    bad = import_history(path)
    assert not bad.ok and any("customers" in p.message() for p in bad.problems)
    good = import_history(path, mapping={"customers": "Stan", "lost": "C", "won": "4"})
    assert good.ok and good.values()["customers"] == 1000
    q = [20 / 1000, 10 / 990, 10 / 1000]
    assert close(good.values()["annual_churn_rate"], 1 - ((1 - q[0]) * (1 - q[1]) * (1 - q[2])) ** 4)


def _problem(imp, code):
    return [p for p in imp.problems if p.code == code]


def test_text_in_a_number_column_names_row_and_column(tmp_path):
    path = tmp_path / "bad.csv"
    rows = history_rows(6)
    write_table(path, rows)
    text = path.read_text(encoding="utf-8").splitlines()
    cells = text[4].split(";")
    cells[2] = "1,2,3"
    text[4] = ";".join(cells)
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    imp = import_history(path)
    (p,) = _problem(imp, "not_a_number")
    assert p.row == 5 and p.column == "Odejścia"
    assert p.message("en") == "row 5, column 'Odejścia': '1,2,3' is not a number"
    assert p.message("pl") == "wiersz 5, kolumna 'Odejścia': '1,2,3' nie jest liczbą"
    assert not imp.ok and imp.result is None


def test_gaps_duplicates_and_months_that_do_not_add_up(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("Month,Customers,Lost,Won\n2024-01,1000,0,0\n2024-02,990,20,10\n2024-04,1000,10,20\n"
                    "2024-04,1000,10,10\n2024-05,1000,10,10\n", encoding="utf-8")
    imp = import_history(path)
    assert _problem(imp, "gap")[0].row == 4 and _problem(imp, "gap")[0].column == "Month"
    assert _problem(imp, "duplicate")[0].row == 5 and not imp.ok
    path.write_text("Month,Customers,Lost,Won\n2024-01,1000,0,0\n2024-02,990,20,10\n2024-03,1100,10,20\n"
                    "2024-04,1100,10,10\n", encoding="utf-8")
    imp = import_history(path)
    (warning,) = _problem(imp, "inconsistent")
    assert imp.ok and warning.row == 4 and not warning.is_error and "= 1 000, the table says 1 100" in warning.message()


def test_fewer_than_three_months_is_an_error(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("Month;Customers;Lost;Won\n2024-01;1000;0;0\n2024-02;990;20;10\n2024-03;1000;10;20\n")
    imp = import_history(path)
    assert not imp.ok and _problem(imp, "too_few")


@pytest.mark.parametrize("content,code", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" * 40, "not_text"),
    (b"Month;Customers;Lost;Won\n2024-01;1000;0;0\n", "too_few"),
    (b"just some words\nand more\n", "no_header"),
    (b"PK\x03\x04garbage that is not a workbook", "not_workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old_excel"),
    (b"Month;Customers;Lost;Won\n2024-01;1000;0;0\n2024-02;1.000;0;0\n2024-03;1000;0;0\n2024-04;1000;0;0\n",
     "ambiguous_number"),
    (b"Month;Customers;Lost;Won\n2024-13;1000;0;0\n2024-02;1000;0;0\n2024-03;1000;0;0\n2024-04;1000;0;0\n",
     "not_a_month"),
    (b"Month;Customers;Lost;Won\n2024-01;1000;0;0\n2024-02;0;1000;0\n2024-03;10;0;10\n2024-04;20;0;10\n",
     "all_lost"),
])
def test_hostile_files_give_clear_errors(tmp_path, content, code):
    path = tmp_path / "hostile.csv"
    path.write_bytes(content)
    imp = import_history(path)
    assert not imp.ok and _problem(imp, code), [p.message() for p in imp.problems]
    assert all(p.message("pl") and p.message("en") for p in imp.problems)


def test_missing_file_and_folder(tmp_path):
    assert _problem(import_history(tmp_path / "nope.csv"), "not_found")
    assert _problem(import_history(tmp_path), "is_folder")


def test_a_hundred_thousand_rows_give_a_short_clear_answer(tmp_path):
    """100,000 monthly rows cannot all be distinct months (8,333 years): the duplicates are reported,
    at most 20 of a kind plus a count of the rest, and nothing is derived."""
    rows = history_rows(100_000, seed=5, customers=5_000_000)
    for i, r in enumerate(rows):
        r["year"], r["month"] = 2000 + (i // 12) % 100, i % 12 + 1
    path = tmp_path / "big.csv"
    write_table(path, rows, lang="en", delimiter=",", decimal=".", thousands="")
    imp = import_history(path)
    assert not imp.ok and len(imp.table.frame) == 100_000
    assert len(_problem(imp, "duplicate")) == 20
    (more,) = [p for p in imp.problems if p.code == "more_problems"]
    assert more.values["n"] == 100_000 - 1200 - 20


def test_a_long_history_uses_the_last_twelve_months(tmp_path):
    rows = history_rows(240, seed=5, start=(2005, 1), customers=5_000_000)
    path = tmp_path / "long.csv"
    write_table(path, rows, lang="en", delimiter=",", decimal=".", thousands="")
    imp = import_history(path)
    assert_matches(imp, rows)
    assert imp.months[-1] == "2024-12" and imp.start_month == "2023-12"


# ---- Excel workbooks --------------------------------------------------------------------------

def _workbook(path, rows, *, formula_without_value=False, lang="pl"):
    from openpyxl import Workbook
    from import_support import HEADERS
    wb = Workbook()
    notes = wb.active
    notes.title = "Notatki"
    notes["A1"] = "Dane z systemu billingowego; nic tu do importu"
    data = wb.create_sheet("Dane miesięczne")
    data["A1"] = "Klienci — historia miesięczna (eksport)"
    data.merge_cells("A1:F1")
    data["A2"] = None
    data.append(HEADERS[lang])  # row 3
    import datetime as dt
    for r in rows:
        data.append([dt.datetime(r["year"], r["month"], 1), r["customers"], r["lost"], r["won"], r["revenue"],
                     r["service_spend"]])
    if formula_without_value:
        data["B8"] = "=B7-C8+D8"
    wb.create_sheet("Wykres")
    wb.save(path)


def test_workbook_with_sheets_header_on_row_3_and_merged_title(tmp_path):
    rows = history_rows(16, seed=11)
    path = tmp_path / "klienci.xlsx"
    _workbook(path, rows)
    imp = import_history(path)
    assert_matches(imp, rows)
    src = imp.table.source
    assert src["sheet"] == "Dane miesięczne" and src["header_row"] == 3
    assert src["sheets"] == ["Notatki", "Dane miesięczne", "Wykres"]
    assert import_history(path, sheet="dane MIESIĘCZNE").ok
    bad = import_history(path, sheet="Brak")
    assert _problem(bad, "no_such_sheet") and "Notatki" in bad.problems[0].message()


def test_formula_without_a_saved_value_is_named(tmp_path):
    rows = history_rows(8, seed=2)
    path = tmp_path / "formula.xlsx"
    _workbook(path, rows, formula_without_value=True)
    imp = import_history(path)
    (p,) = _problem(imp, "formula_without_value")
    assert (p.row, p.column) == (8, "Klienci") and "=B7-C8+D8" in p.message() and not imp.ok


def test_read_table_is_general_any_expected_columns(tmp_path):
    from roi_desktop.importer.headers import ColumnSpec
    path = tmp_path / "actuals.csv"
    path.write_text("Miesiąc;Klienci;Wydatki\n2025-01;1 000;12 000,50\n2025-02;1 010;11 000\n", encoding="utf-8")
    columns = (ColumnSpec("month", "month", True, ("miesiac", "month")),
               ColumnSpec("customers", "number", True, ("klienci", "customers")),
               ColumnSpec("service_spend", "number", False, ("wydatki", "service spend")))
    t = read_table(path, columns=columns)
    assert t.ok and t.frame["service_spend"].tolist() == [12000.5, 11000.0]
    assert t.month_labels() == ["2025-01", "2025-02"] and t.row_numbers == [2, 3]
