"""roi-desktop import and roi-desktop benchmarks; the provenance object of the project file."""

from __future__ import annotations

import json
import shutil

import pytest

from import_support import close, expected, history_rows, write_table
from roi_desktop.cli.main import main
from roi_desktop.projectfile import ProjectFileError, dumps_project, load_project, parse_project


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def project(tmp_path, sample_path):
    target = tmp_path / "projekt klienta.roi"
    shutil.copy(sample_path, target)
    return target


def test_import_writes_the_derived_values_and_their_source(capsys, tmp_path, project):
    rows = history_rows(15, seed=4)
    data = tmp_path / "eksport.csv"
    write_table(data, rows, encoding="cp1250", thousands=" ")
    code, out, err = run(capsys, "import", str(data), "--project", str(project), "--json")
    assert code == 0, err
    report = json.loads(out)
    want = expected(rows)
    assert report["ok"] and len(report["months_used"]) == 12 and report["encoding"] == "windows-1250"
    assert close(report["derived"]["annual_churn_rate"], want["annual_churn_rate"])
    assert report["written"] == str(project) and report["problems"] == []
    p = load_project(project)
    assert close(p.client.annual_churn_rate, want["annual_churn_rate"])
    assert p.client.customers == want["customers"]
    assert close(p.client.ranges["annual_churn_rate"].low, want["churn_low"])
    imported = p.provenance.imported
    assert imported.file == "eksport.csv" and imported.months == tuple(report["months_used"])
    assert len(imported.monthly_customers) == 13 and len(imported.monthly_churn) == 12
    assert p.provenance.source_of("customers") is imported and p.provenance.source_of("gross_margin") is None


def test_text_output_and_polish_messages(capsys, tmp_path, project):
    rows = history_rows(6, seed=4)
    data = tmp_path / "a.csv"
    write_table(data, rows)
    code, out, _ = run(capsys, "import", str(data), "--project", str(project), "--lang", "pl")
    assert code == 0 and "Wyliczone z historii" in out and "roczny wskaźnik odejść" in out


def test_bad_data_exits_2_names_row_and_column_and_leaves_the_project(capsys, tmp_path, project):
    before = project.read_bytes()
    data = tmp_path / "bad.csv"
    data.write_text("Miesiąc;Klienci;Odejścia;Nowi klienci\n2024-01;1000;0;0\n2024-02;990;20;10\n"
                    "2024-03;1000;abc;20\n2024-04;1000;10;10\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(data), "--project", str(project))
    assert code == 2 and "row 4, column 'Odejścia': 'abc' is not a number" in err
    assert project.read_bytes() == before
    code, out, _ = run(capsys, "import", str(data), "--project", str(project), "--json")
    problem = json.loads(out)["problems"][0]
    assert code == 2 and (problem["row"], problem["column"]) == (4, "Odejścia")
    assert project.read_bytes() == before


def test_map_sheet_and_usage_errors(capsys, tmp_path, project):
    data = tmp_path / "m.csv"
    data.write_text("Okres;Stan;Ubyło;Przybyło\n2024-01;1000;0;0\n2024-02;990;20;10\n2024-03;1000;10;20\n"
                    "2024-04;1000;10;10\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(data), "--project", str(project))
    assert code == 2 and "no column found for: customers, lost, won" in err
    code, out, _ = run(capsys, "import", str(data), "--project", str(project), "--map", "customers=Stan",
                       "--map", "lost=Ubyło", "--map", "won=D", "--json")
    assert code == 0 and json.loads(out)["columns"]["won"] == "Przybyło"
    code, _, err = run(capsys, "import", str(data), "--project", str(project), "--map", "customers")
    assert code == 2 and "FIELD=COLUMN" in err
    code, _, err = run(capsys, "import", str(data), "--project", str(project), "--sheet", "Dane")
    assert code == 2 and "sheet" in err
    code, _, err = run(capsys, "import", str(data))
    assert code == 2 and "--project" in err


def test_a_broken_project_exits_2(capsys, tmp_path):
    rows = history_rows(6)
    data = tmp_path / "a.csv"
    write_table(data, rows)
    broken = tmp_path / "broken.roi"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "import", str(data), "--project", str(broken))
    assert code == 2 and "not valid JSON" in err


def test_benchmarks_list_every_value_with_its_source(capsys):
    code, out, _ = run(capsys, "benchmarks", "--json")
    data = json.loads(out)["benchmarks"]
    ids = {b["id"] for b in data}
    assert {"mobile-telecom", "pay-tv", "energy-retail", "retail-banking", "insurance", "e-commerce",
            "contact-centre"} <= ids
    for b in data:
        for v in b["values"]:
            assert v["source"]["publisher"] and v["source"]["published_in"] and v["year"] and v["population"]
            assert v["citation"]
    by_id = {b["id"]: b for b in data}
    assert by_id["insurance"]["values"] == [] and "no primary published" in by_id["insurance"]["note"].lower()
    assert [v["value"] for v in by_id["pay-tv"]["values"]] == [0.093]  # CONTEXT.md: 9.3 % (Cyfrowy Polsat)
    assert 0.261 in [v["value"] for v in by_id["mobile-telecom"]["values"]]  # CONTEXT.md: 26.1 % mid 2010
    code, out, _ = run(capsys, "benchmarks")
    assert code == 0 and "Tariff Consultancy" in out and "Broadband TV News" in out


def test_user_benchmarks_are_listed(capsys, tmp_path, monkeypatch):
    from roi_desktop.importer.benchmarks import save_user_benchmark
    monkeypatch.setenv("ROI_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    path = save_user_benchmark("Operatorzy kablowi PL", {"annual_churn_rate": 0.12}, "Projekt X, 2025",
                               currency="PLN", consultant="Anna Nowak")
    assert path.parent == tmp_path / "data" / "benchmarks"
    code, out, _ = run(capsys, "benchmarks", "--json")
    mine = [b for b in json.loads(out)["benchmarks"] if b["user"]]
    assert [b["industry"] for b in mine] == ["Operatorzy kablowi PL"] and mine[0]["values"][0]["value"] == 0.12
    (tmp_path / "data" / "benchmarks" / "broken.json").write_text("{", encoding="utf-8")
    code, out, _ = run(capsys, "benchmarks", "--json")
    assert code == 0 and json.loads(out)["skipped"][0].startswith("broken.json")


def test_provenance_round_trips_and_bad_provenance_names_its_path(sample_project):
    from roi_desktop.core.provenance import BenchmarkSource, ImportSource, Provenance
    p = sample_project.with_changes(provenance=Provenance(
        ImportSource("dane.xlsx", "Arkusz1", "2026-01-02", ("2025-01", "2025-02", "2025-03"),
                     {"customers": 10.0}, (1.0, 2.0, 3.0, 4.0), (0.1, 0.2, 0.3)),
        {"annual_churn_rate": BenchmarkSource("pay-tv-churn-poland-2014", 0.093, "Cyfrowy Polsat, 2014")}))
    again = parse_project(dumps_project(p))
    assert again.provenance == p.provenance
    data = json.loads(dumps_project(p))
    data["provenance"]["import"]["months"][1] = "2025-13"
    data["provenance"]["benchmarks"]["gross_margin"] = {"benchmark": "x"}
    data["provenance"]["import"]["values"]["nonsense"] = 1
    with pytest.raises(ProjectFileError) as e:
        parse_project(json.dumps(data))
    paths = {x.path for x in e.value.problems}
    assert "provenance.benchmarks.gross_margin.value" in paths
    data["provenance"]["benchmarks"].pop("gross_margin")
    with pytest.raises(ProjectFileError) as e:
        parse_project(json.dumps(data))
    assert {x.path for x in e.value.problems} == {"provenance.import.months[1]", "provenance.import.values.nonsense"}
    assert "provenance" not in json.loads(dumps_project(sample_project))
