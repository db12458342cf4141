"""The PowerPoint deck read back with python-pptx: the engine's numbers in native charts, every word in
the chosen language, user text as typed, many scenarios without overflow, the firm's template."""

from __future__ import annotations

import json

import numpy as np
import pytest
from deck_support import (AWKWARD, NORTHWIND, TELKOM, awkward_project, chart_slides, open_deck, outside_slide,
                          slide_texts, slide_title)
from pptx.enum.chart import XL_CHART_TYPE

from roi_desktop.cli.main import main
from roi_desktop.core import calculate
from roi_desktop.core.risk import analyse_risk
from roi_desktop.projectfile.writer import save_project
from roi_desktop.reports import numbers
from roi_desktop.reports.deck import render_deck, write_deck
from roi_desktop.reports.palette import scenario_style
from roi_desktop.reports.words import words

LINE_TYPES = {XL_CHART_TYPE.LINE, XL_CHART_TYPE.LINE_MARKERS}
BAR_TYPES = {XL_CHART_TYPE.BAR_CLUSTERED, XL_CHART_TYPE.COLUMN_CLUSTERED}


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def charts_titled(prs, title: str) -> list:
    return [chart for t, chart in chart_slides(prs) if t.startswith(title)]


@pytest.mark.parametrize("sample", [NORTHWIND, TELKOM], ids=["en", "pl"])
def test_npv_chart_holds_calc_json_npvs_to_the_cent(capsys, tmp_path, sample):
    code, out, _ = run(capsys, "calc", sample, "--json", "--trials", "500")
    assert code == 0
    expected = [s["npv"] for s in json.loads(out)["scenarios"]]
    deck = tmp_path / "prezentacja ąę.pptx"
    code, out, err = run(capsys, "export", sample, "--pptx", deck)
    assert code == 0, err
    assert str(deck) in out
    prs = open_deck(deck)
    lang = json.loads(sample.read_text(encoding="utf-8"))["report"]["language"]
    charts = charts_titled(prs, words(lang)("deck.h_npv"))
    assert charts and all(c.chart_type == XL_CHART_TYPE.BAR_CLUSTERED for c in charts)
    values = [v for c in charts for v in c.plots[0].series[0].values]
    assert len(values) == len(expected)
    assert all(abs(v - e) < 0.005 for v, e in zip(values, expected)), (values, expected)


def test_line_chart_has_one_series_per_scenario_with_the_cumulative_figures(tmp_path):
    project = awkward_project()
    result = calculate(project)
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang="pl"))
    charts = charts_titled(prs, words("pl")("deck.h_cumulative"))
    assert [c.chart_type for c in charts] == [XL_CHART_TYPE.LINE]
    series = charts[0].plots[0].series
    assert [s.name for s in series] == [f"{i + 1}. {s.name}" for i, s in enumerate(result.scenarios)]
    for plotted, s in zip(series, result.scenarios):
        assert np.allclose(plotted.values, s.cumulative_net, rtol=0, atol=1e-6)
    # the scenario look of the app and the PDF: colour and dash of scenario_style(i)
    for i, plotted in enumerate(series):
        assert str(plotted.format.line.color.rgb) == scenario_style(i).colour.lstrip("#")


def test_every_chart_axis_and_label_has_a_number_format(tmp_path):
    result = calculate(awkward_project())
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang="en", risk=analyse_risk(result.project, trials=300,
                                                                                          result=result)))
    charts = [c for _, c in chart_slides(prs)]
    assert len(charts) >= 6
    for chart in charts:
        axis = chart.value_axis.tick_labels
        assert not axis.number_format_is_linked and axis.number_format not in ("", "General")
        plot = chart.plots[0]
        if plot.has_data_labels:
            assert not plot.data_labels.number_format_is_linked
            assert plot.data_labels.number_format not in ("", "General")
        assert chart.part.chart_workbook.xlsx_part is not None  # the data sits in the embedded workbook


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_user_text_survives_as_typed_in_table_charts_and_notes(tmp_path, lang):
    project = awkward_project()
    result = calculate(project)
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang=lang))
    texts = "\n".join(t for slide in prs.slides for t in slide_texts(slide))
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in prs.slides if s.has_notes_slide)
    for i, name in enumerate(AWKWARD):
        assert f"{i + 1}. {name}" in texts
    assert project.client.name in texts
    assert "Uwagi 1: <script>ąę</script>" in notes  # scenario notes in the speaker notes, as typed
    assert "&amp;" not in texts + notes and "&lt;" not in texts + notes


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_slide_titles_and_notes_in_the_chosen_language(tmp_path, lang):
    project = load_ascii_project()
    result = calculate(project)
    risk = analyse_risk(project, trials=300, result=result)
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang=lang, risk=risk))
    w = words(lang)
    titles = [slide_title(s) for s in prs.slides]
    for key in ("deck.h_verdict", "deck.h_comparison", "deck.h_cumulative", "deck.h_npv", "deck.h_customers",
                "deck.h_percentiles", "deck.h_breakeven", "deck.h_clv", "deck.h_assumptions", "deck.h_method"):
        assert any(t.startswith(w(key)) for t in titles), (key, titles)
    assert any(t.startswith(w("deck.h_tornado", name="")[:12]) for t in titles)
    every = "\n".join(t for s in prs.slides for t in slide_texts(s))
    every += "\n".join(s.notes_slide.notes_text_frame.text for s in prs.slides if s.has_notes_slide)
    polish = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
    if lang == "en":  # user text here is ASCII: any Polish letter would be an untranslated word
        assert not polish & set(every), sorted(polish & set(every))
    else:
        assert "Przygotował(a)" in every or "Dla:" in every
        assert polish & set(every)
    # the verdict slide's notes carry the summary sentences, with every scenario's NPV as formatted
    verdict_notes = prs.slides[1].notes_slide.notes_text_frame.text
    for s in result.scenarios:
        assert s.name in verdict_notes


def load_ascii_project():
    from roi_desktop.projectfile import load_project
    return load_project(NORTHWIND)


def test_fifty_scenarios_split_and_nothing_overflows(tmp_path):
    project = awkward_project(scenarios=50)
    result = calculate(project)
    risk = analyse_risk(project, trials=200, result=result)
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang="pl", risk=risk))
    assert outside_slide(prs) == []
    npv = [v for c in charts_titled(prs, words("pl")("deck.h_npv")) for v in c.plots[0].series[0].values]
    assert npv == pytest.approx([s.npv for s in result.scenarios], abs=0.005)
    lines = [s.name for c in charts_titled(prs, words("pl")("deck.h_cumulative")) for s in c.plots[0].series]
    assert lines == [f"{i + 1}. {s.name}" for i, s in enumerate(result.scenarios)]
    for _, chart in chart_slides(prs):
        points = len(chart.plots[0].categories) * len(chart.plots[0].series)
        assert len(chart.plots[0].series) <= 8 or points <= 20 * 3
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_table:
                assert len(shape.table.rows) <= 11


def test_slides_are_16_9_and_notes_everywhere(tmp_path):
    result = calculate(awkward_project())
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang="pl"))
    assert prs.slide_width * 9 == pytest.approx(prs.slide_height * 16, rel=0.01)
    with_notes = [s for s in prs.slides if s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()]
    assert len(with_notes) >= len(prs.slides) - 2


def test_no_scenarios_still_gives_a_deck(tmp_path):
    import dataclasses
    project = dataclasses.replace(awkward_project(), scenarios=())
    data = render_deck(calculate(project), lang="en")
    from io import BytesIO
    from pptx import Presentation
    prs = Presentation(BytesIO(data))
    assert len(prs.slides) >= 4
    assert words("en")("deck.verdict_empty") in "\n".join(t for s in prs.slides for t in slide_texts(s))


def test_export_from_a_saved_project_with_polish_names(capsys, tmp_path):
    path = tmp_path / "projekt żółć.roi"
    save_project(awkward_project(), path)
    deck = tmp_path / "talia.pptx"
    code, _, err = run(capsys, "export", path, "--pptx", deck, "--lang", "en")
    assert code == 0, err
    texts = "\n".join(t for s in open_deck(deck).slides for t in slide_texts(s))
    assert AWKWARD[0] in texts and words("en")("deck.h_method") in texts
    money = numbers.money(calculate(awkward_project()).scenarios[0].npv, "PLN", "en")
    assert money in texts


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_deck_says_payback_and_verdict_in_the_words_of_the_pdf(tmp_path, lang):
    """Payback/crossover comes from the engine's timing through verdict_words.payback_text, and the verdict
    slide holds the PDF's page-one verdict, so deck, PDF, workbook and app say the same thing."""
    from roi_desktop.reports.pdf import summary as pdf_summary
    from roi_desktop.reports.pdf.formatting import Fmt
    from roi_desktop.reports.verdict import plain
    from roi_desktop.reports.verdict_words import payback_text
    project = load_ascii_project()
    result = calculate(project)
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang=lang))
    every = "\n".join(t for s in prs.slides for t in slide_texts(s))
    for s in result.scenarios:
        assert payback_text(lang, s.timing) in every, (s.name, payback_text(lang, s.timing))
    pdf_verdict = plain(pdf_summary.verdict(result, Fmt(lang, project.analysis.currency)))
    assert pdf_verdict in "\n".join(slide_texts(prs.slides[1]))
    horizon_phrase = words(lang)("story.over_years", n=project.analysis.horizon_years)
    assert horizon_phrase in pdf_verdict and horizon_phrase in every
