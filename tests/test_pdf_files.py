"""Writing the PDF: atomic, failures explained and leaving nothing behind, logo handling, languages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from roi_desktop.atomic import FileWriteError
from roi_desktop.core import Client, Project, Scenario, calculate
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.pdf import document, write_pdf


@pytest.fixture(scope="module")
def result():
    client = Client(customers=20_000, annual_revenue_per_customer=500, gross_margin=0.4, annual_churn_rate=0.2,
                    annual_service_spend=800_000, service_churn_share=0.3, name="Łódź Serwis")
    return calculate(Project(client, scenarios=(Scenario("Cut", kind="cut", service_spend_change=-0.2,
                                                         churn_change_pp=1.0),)))


def _images(path: Path) -> int:
    count = 0
    for page in PdfReader(path).pages:
        for x in page.get("/Resources", {}).get("/XObject", {}).values():
            count += x.get_object().get("/Subtype") == "/Image"
    return count


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder_raises_and_leaves_nothing(result, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(FileWriteError) as info:
            write_pdf(result, folder / "report.pdf", lang="en")
        assert "read-only" in info.value.reason
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_unwritable_folder_raises_and_leaves_nothing(result, tmp_path, monkeypatch):
    """The same path as a read-only folder, also when the tests run as root (where chmod does not bite)."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(FileWriteError) as info:
        write_pdf(result, tmp_path / "report.pdf", lang="en")
    assert info.value.path == tmp_path / "report.pdf" and info.value.reason
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_old_file_and_leaves_no_temporary(result, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileWriteError) as info:
        write_pdf(result, target, lang="pl")
    assert info.value.reason  # a sentence for the user
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_missing_folder_is_named_in_the_error(result, tmp_path):
    with pytest.raises(FileWriteError) as info:
        write_pdf(result, tmp_path / "nope" / "report.pdf", lang="en")
    assert "does not exist" in info.value.reason
    assert not (tmp_path / "nope").exists()


def test_layout_failure_writes_nothing(result, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(document, "build_story", broken)
    with pytest.raises(RuntimeError):
        write_pdf(result, tmp_path / "report.pdf", lang="en")
    assert list(tmp_path.iterdir()) == []


def test_logo_is_drawn_when_readable(result, tmp_path):
    from PIL import Image
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 120), (31, 58, 95)).save(logo)
    path = write_pdf(result, tmp_path / "r.pdf", lang="en", branding=Branding("Doradcy Sp. j.", logo))
    assert _images(path) == 1
    assert "Doradcy Sp. j." in PdfReader(path).pages[0].extract_text()


@pytest.mark.parametrize("logo", ["missing.png", "broken.png", "folder"])
def test_missing_or_broken_logo_does_not_break_the_export(result, tmp_path, logo):
    (tmp_path / "broken.png").write_bytes(b"this is not a PNG")
    (tmp_path / "folder").mkdir()
    path = write_pdf(result, tmp_path / "r.pdf", lang="pl", branding=Branding("Firma", tmp_path / logo))
    assert _images(path) == 0
    assert len(PdfReader(path).pages) > 3


def test_unknown_language_is_refused_before_writing(result, tmp_path):
    with pytest.raises(ValueError, match="'pl' or 'en'"):
        write_pdf(result, tmp_path / "r.pdf", lang="de")
    assert list(tmp_path.iterdir()) == []
