"""roi-desktop export: both files from one command, the chosen language, clean failures."""

import os

import openpyxl
import pytest
from pypdf import PdfReader

from roi_desktop.cli.main import main
from roi_desktop.core import calculate
from roi_desktop.reports import numbers


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.slow  # a full PDF and workbook per sample
def test_export_writes_pdf_and_workbook_with_the_engine_numbers(capsys, tmp_path, sample_path, sample_project):
    pdf, xlsx = tmp_path / "raport ąęł.pdf", tmp_path / "zeszyt żółć.xlsx"
    code, out, err = run(capsys, "export", str(sample_path), "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert code == 0, err
    assert str(pdf) in out and str(xlsx) in out
    lang = sample_project.report.language
    def plain(s):
        return s.replace("\n", " ").replace("\xa0", " ")

    text = plain(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    npv = calculate(sample_project).scenarios[0].npv
    assert sample_project.client.name in text
    assert plain(numbers.money(npv, sample_project.analysis.currency, lang)) in text
    wb = openpyxl.load_workbook(xlsx)
    assert "npv_1" in wb.defined_names and len(wb.sheetnames) >= 4


@pytest.mark.slow  # all four files per sample
def test_one_command_writes_every_file_asked_for(capsys, tmp_path, sample_path):
    """--pdf, --xlsx, --pptx and --summary-pdf together: the workbook written beside the PDF must not
    stop the deck and the leave-behind from being written."""
    files = {flag: tmp_path / f"wynik ż{n}.{ext}" for n, (flag, ext) in enumerate(
        [("--pdf", "pdf"), ("--xlsx", "xlsx"), ("--pptx", "pptx"), ("--summary-pdf", "pdf")])}
    args = [x for flag, path in files.items() for x in (flag, str(path))]
    code, out, err = run(capsys, "export", str(sample_path), *args)
    assert code == 0, err
    for path in files.values():
        assert path.stat().st_size > 1000 and str(path) in out
    assert len(PdfReader(files["--summary-pdf"]).pages) == 2


def test_lang_overrides_the_project_language(capsys, tmp_path, sample_path, sample_project):
    other = "en" if sample_project.report.language == "pl" else "pl"
    pdf = tmp_path / "r.pdf"
    assert run(capsys, "export", str(sample_path), "--pdf", str(pdf), "--lang", other)[0] == 0
    text = PdfReader(pdf).pages[2].extract_text() + PdfReader(pdf).pages[1].extract_text()
    assert ("Porównanie" in text or "Spis treści" in text) if other == "pl" else ("Contents" in text or "comparison" in text)


def test_export_needs_an_output_and_a_valid_project(capsys, tmp_path, sample_path):
    assert run(capsys, "export", str(sample_path))[0] == 2
    bad = tmp_path / "bad.roi"
    bad.write_text('{"schema_version": 2}', encoding="utf-8")
    code, _, err = run(capsys, "export", str(bad), "--pdf", str(tmp_path / "x.pdf"))
    assert code == 2 and "client" in err
    assert not (tmp_path / "x.pdf").exists()


def test_failed_export_exit_1_one_line_no_file(capsys, tmp_path, sample_path):
    target = tmp_path / "missing folder" / "r.pdf"
    code, _, err = run(capsys, "export", str(sample_path), "--pdf", str(target))
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
    assert not target.parent.exists()


def test_failed_export_keeps_the_old_file(capsys, tmp_path, sample_path, monkeypatch):
    import roi_desktop.atomic as atomic

    target = tmp_path / "r.xlsx"
    target.write_bytes(b"previous version")

    def locked(src, dst):
        raise PermissionError(13, "locked")

    monkeypatch.setattr(atomic.os, "replace", locked)
    code, _, err = run(capsys, "export", str(sample_path), "--xlsx", str(target))
    assert code == 1 and "open in another program" in err
    assert target.read_bytes() == b"previous version" and os.listdir(tmp_path) == ["r.xlsx"]
