"""The .roi project file: round trip, every problem reported at once with its path, hostile files."""

import json
import os
import stat

import pytest

from roi_desktop.core import calculate
from roi_desktop.projectfile import (
    CURRENT_SCHEMA_VERSION, ProjectFileError, dumps_project, load_project, parse_project, save_project,
)


def sample_dict(sample_path):
    return json.loads(sample_path.read_text(encoding="utf-8"))


def problems_of(data) -> dict[str, str]:
    text = data if isinstance(data, (str, bytes)) else json.dumps(data)
    with pytest.raises(ProjectFileError) as info:
        parse_project(text)
    return {p.path: p.message for p in info.value.problems}


def test_samples_load_and_say_they_are_illustrative(sample_path, sample_project):
    text = sample_path.read_text(encoding="utf-8")
    assert "illustrative" in text.lower() or "ilustracyjn" in text.lower()
    assert sample_project.scenarios
    kinds = [s.kind for s in sample_project.scenarios]
    assert kinds.count("cut") >= 1 and kinds.count("investment") >= 2


def test_round_trip_keeps_everything(tmp_path, sample_project):
    path = tmp_path / "zażółć gęślą jaźń.roi"
    save_project(sample_project, path)
    again = load_project(path)
    assert again == sample_project
    assert dumps_project(again) == dumps_project(sample_project)
    assert calculate(again).scenarios[0].npv == calculate(sample_project).scenarios[0].npv
    assert "Telkom Północ" in path.read_text(encoding="utf-8") or sample_project.client.name.isascii()


def test_every_problem_is_reported_at_once_with_its_path(sample_path):
    data = sample_dict(sample_path)
    data["client"]["annual_churn_rate"] = 1.5
    data["client"]["customers"] = -3
    data["analysis"]["horizon_years"] = 0
    data["scenarios"][1]["churn_change_pp"] = 250
    data["scenarios"][0]["kind"] = "savings"
    found = problems_of(data)
    assert set(found) >= {"client.annual_churn_rate", "client.customers", "analysis.horizon_years",
                          "scenarios[1].churn_change_pp", "scenarios[0].kind"}
    assert "less than 1" in found["client.annual_churn_rate"]           # the valid range is named
    assert "greater than 0" in found["client.customers"]
    assert "-100" in found["scenarios[1].churn_change_pp"] and "100" in found["scenarios[1].churn_change_pp"]


@pytest.mark.parametrize("text, where", [
    ("{not json", ""),
    ("", ""),
    ("[1, 2]", ""),
    ('"just a string"', ""),
    (b"\xff\xfe\x00garbage", ""),
])
def test_broken_files(text, where):
    assert where in problems_of(text)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999", '"18"', "true", "null", "[]"])
def test_non_numbers_are_refused_with_the_field_path(sample_path, value):
    text = json.dumps(sample_dict(sample_path)).replace('"annual_churn_rate": 0.', '"annual_churn_rate": 0.', 1)
    data = json.loads(text)
    data["client"]["annual_churn_rate"] = "__X__"
    text = json.dumps(data).replace('"__X__"', value)
    found = problems_of(text)
    assert "client.annual_churn_rate" in found


def test_missing_and_unknown_fields(sample_path):
    data = sample_dict(sample_path)
    del data["client"]["customers"]
    data["client"]["anual_churn_rate"] = 0.2
    data["scenarios"][0]["lines"] = [{"name": "x", "kind": "benefit"}]
    found = problems_of(data)
    assert found["client.customers"] == "is required"
    assert "unknown field" in found["client.anual_churn_rate"]
    assert found["scenarios[0].lines[0].amounts"] == "is required"


def test_custom_line_amounts_must_cover_the_horizon(sample_path):
    data = sample_dict(sample_path)
    data["scenarios"][0]["lines"] = [{"name": "x", "kind": "cost", "amounts": [1, 2]}]
    found = problems_of(data)
    assert "Year 0 to Year" in found["scenarios[0].lines[0].amounts"]


def test_duplicate_keys_are_refused():
    assert "twice" in problems_of('{"schema_version": 2, "schema_version": 2}')["schema_version"]


def test_newer_schema_is_refused_clearly(sample_path):
    data = sample_dict(sample_path)
    data["schema_version"] = CURRENT_SCHEMA_VERSION + 1
    message = problems_of(data)["schema_version"]
    assert "newer roi-desktop" in message and "Update" in message


@pytest.mark.parametrize("version", [0, -1, "2", 1.5, None])
def test_unknown_schema_versions(sample_path, version):
    data = sample_dict(sample_path)
    data["schema_version"] = version
    assert "schema_version" in problems_of(data)


def test_schema_1_is_migrated(sample_path, sample_project):
    data = sample_dict(sample_path)
    from roi_desktop.core import ReportSettings

    data["schema_version"] = 1
    data["language"] = data.pop("report")["language"]  # schema 1: no report object, a top-level language
    for s in data["scenarios"]:
        s["risk"] = {"benefits": s.pop("benefit_risk"), "costs": s.pop("cost_risk")}
    migrated = parse_project(json.dumps(data))
    assert migrated == sample_project.with_changes(report=ReportSettings(language=sample_project.report.language))


def test_schema_1_leftovers_are_reported_not_dropped(sample_path):
    data = sample_dict(sample_path)
    data["schema_version"] = 1
    data["language"] = 5                                       # beside a report object: not schema 1
    data["scenarios"][0]["risk"] = {"benefits": 0.1, "costs": 0.1, "other": 1}
    found = problems_of(data)
    assert "unknown field" in found["language"] and "unknown field" in found["scenarios[0].risk"]


def test_too_large_file_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.roi"
    with open(big, "wb") as f:
        f.truncate(100 * 1024 * 1024)  # 100 MB (sparse)
    with pytest.raises(ProjectFileError) as info:
        load_project(big)
    assert "too large" in str(info.value)


def test_deeply_nested_json_is_refused():
    assert "" in problems_of("[" * 100_000 + "]" * 100_000)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="not found"):
        load_project(tmp_path / "nope.roi")
    with pytest.raises(ProjectFileError, match="folder"):
        load_project(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root ignores folder permissions")
def test_failed_save_leaves_the_old_file_and_no_temporary(tmp_path, sample_project):
    from roi_desktop.atomic import FileWriteError

    path = tmp_path / "p.roi"
    save_project(sample_project, path)
    before = path.read_bytes()
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(FileWriteError, match="read-only"):
            save_project(sample_project.with_changes(), path)
    finally:
        tmp_path.chmod(stat.S_IRWXU)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["p.roi"]


def test_failed_write_removes_the_temporary_file(tmp_path, monkeypatch):
    from roi_desktop.atomic import FileWriteError, write_atomically

    def explode(stream):
        stream.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(FileWriteError, match="disk is full"):
        write_atomically(tmp_path / "x.roi", explode)
    assert os.listdir(tmp_path) == []


def test_read_only_folder_message_and_nothing_left(tmp_path, sample_project, monkeypatch):
    """Simulated, so it also runs as root (CI), which ignores permission bits."""
    import roi_desktop.atomic as atomic

    path = tmp_path / "p.roi"
    save_project(sample_project, path)
    before = path.read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    monkeypatch.setattr(atomic.os, "access", lambda p, mode: False)
    with pytest.raises(atomic.FileWriteError) as info:
        save_project(sample_project, path)
    assert "read-only" in info.value.reason
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["p.roi"]


def test_file_open_in_another_program_message(tmp_path, sample_project, monkeypatch):
    """On Windows a file open in Excel refuses the final replace with a permission error."""
    import roi_desktop.atomic as atomic

    path = tmp_path / "p.roi"
    save_project(sample_project, path)

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(atomic.FileWriteError) as info:
        save_project(sample_project, path)
    assert "open in another program" in info.value.reason
    assert os.listdir(tmp_path) == ["p.roi"]
