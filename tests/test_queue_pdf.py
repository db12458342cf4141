"""The PDF's section "What customers will feel": present with operations (both languages, every scenario
and its wait in words), absent without; the wait shown is the engine's."""

from dataclasses import replace

import pytest

from roi_desktop.core import calculate
from roi_desktop.reports.pdf import render_pdf
from roi_desktop.reports.queue_text import wait_time

def pdf_text(data: bytes) -> str:
    import subprocess
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").replace("\u00a0", " ").split())


@pytest.mark.parametrize("lang, title", [("en", "What customers will feel"), ("pl", "Co odczują klienci")])
def test_section_shows_each_scenarios_wait(sample_project, lang, title):
    result = calculate(sample_project)
    text = pdf_text(render_pdf(result, lang=lang))
    assert text.count(title) >= 1  # the section (the report has no contents page: its story starts on page one)
    for q in (result.queue.baseline, *result.queue.scenarios):
        assert " ".join(wait_time(q.asa_seconds, lang).replace("\u00a0", " ").split()) in text


def test_no_section_without_operations(sample_project):
    plain = sample_project.with_changes(client=replace(sample_project.client, operations=None))
    text = pdf_text(render_pdf(calculate(plain), lang="en"))
    assert "What customers will feel" not in text
