"""The report's Paragraph (reports/pdf/paragraph.py) gives reportlab exactly what reportlab's own
Paragraph makes: the same fragments for plain text, the same lines after a remembered wrap, and the
whole report the same PDF bytes (reportlab's invariant mode fixes the dates and the document id)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.platypus import Paragraph as ReportlabParagraph

from roi_desktop.core import calculate
from roi_desktop.core.risk import analyse_risk
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.pdf import document, styles, tables
from roi_desktop.reports.pdf import paragraph as fast
from roi_desktop.reports.pdf.styles import sized

STYLE_NAMES = ("body", "cell", "cell_r", "cell_br", "head_c", "h2", "bullet", "formula", "caption")
plain_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


def _frag_dicts(frags) -> list[dict]:
    return [dict(vars(f)) for f in frags]


@settings(max_examples=200, deadline=None)
@given(text=plain_text, name=st.sampled_from(STYLE_NAMES))
def test_fragments_are_the_parsers(text, name):
    """Any text (markup, entities, blanks, Polish letters, control characters): the fragments, text and
    style the report's Paragraph keeps are the parser's."""
    style = styles.styles()[name]
    try:
        theirs = ReportlabParagraph(text, style)
    except ValueError:  # markup reportlab refuses ('<?', an unclosed tag): refused the same way
        with pytest.raises(ValueError):
            fast.Paragraph(text, style)
        return
    ours = fast.Paragraph(text, style)
    assert ours.text == theirs.text and ours.style is theirs.style
    assert _frag_dicts(ours.frags) == _frag_dicts(theirs.frags)


def test_plain_text_skips_the_parser_and_markup_does_not():
    style = styles.styles()["cell_r"]
    assert fast.plain_fragments("1 234,50 zł", style) is not None
    for text in ("<b>1</b>", "A &amp; B", "a > b", ""):
        assert fast.plain_fragments(text, style) is None
    made = fast.plain_fragments("Zażółć gęślą jaźń", sized("cell_br", 7.5))
    assert made is not None and made[0].fontName == "DejaVuSans-Bold" and made[0].fontSize == 7.5


@settings(max_examples=60, deadline=None)
@given(text=plain_text, widths=st.lists(st.sampled_from([20.0, 55.5, 120.0, 300.0]), min_size=1, max_size=5))
@example(text="<00", widths=[20.0, 55.5, 20.0])  # markup: reportlab's own line breaking changes its fragments
@example(text="0&amp; <b>zażółć</b> gęślą", widths=[20.0, 300.0, 20.0])
@example(text="<?", widths=[20.0])
def test_a_remembered_wrap_is_the_wrap(text, widths):
    """The same wraps, in the same order, as reportlab's Paragraph gets (each width twice: the second
    answered from memory): the same sizes and the same lines after each."""
    style = styles.styles()["body"]
    try:
        theirs = ReportlabParagraph(text, style)
    except ValueError:  # markup reportlab refuses: nothing to wrap
        return
    ours = fast.Paragraph(text, style)
    for width in widths:
        for height in (1000, 50):
            assert ours.wrap(width, height) == theirs.wrap(width, height)
            assert repr(ours.blPara.lines) == repr(theirs.blPara.lines)  # reportlab's lines have no ==


def test_a_split_paragraph_wraps_again():
    """reportlab's split drops the line breaking of a paragraph it cannot keep whole: the next wrap
    computes it afresh instead of answering from memory."""
    style = styles.styles()["body"]
    words = " ".join(["zażółć gęślą jaźń"] * 60)
    ours = fast.Paragraph(words, style)
    ours.wrap(200, 1000)
    parts = ours.split(200, 5)  # not even one line fits: reportlab drops blPara
    assert parts == [] and not hasattr(ours, "blPara")
    fresh = ReportlabParagraph(words, style)
    assert ours.wrap(200, 1000) == fresh.wrap(200, 1000)
    assert repr(ours.blPara.lines) == repr(fresh.blPara.lines)  # drawing needs the lines back


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_the_report_is_the_same_pdf_as_with_reportlabs_paragraph(sample_project, lang, monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)
    result = calculate(sample_project)
    risk = analyse_risk(sample_project, result=result, trials=500)
    args = dict(lang=lang, risk=risk, date=dt.date(2026, 12, 2), branding=Branding(company="Łódź & Syn"))
    ours = document.render_pdf(result, **args)
    monkeypatch.setattr(styles, "Paragraph", ReportlabParagraph)
    monkeypatch.setattr(tables, "Paragraph", ReportlabParagraph)
    theirs = document.render_pdf(result, **args)
    assert ours == theirs
