"""The firm's template: layouts found by role, a template lacking layouts still gives a complete deck,
hostile or broken files refused cleanly (exit 2 with the reason, nothing written)."""

from __future__ import annotations

import io
import zipfile

import pytest
from deck_support import NORTHWIND, awkward_project, open_deck, outside_slide, slide_texts, slide_title
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches

from roi_desktop.cli.main import main
from roi_desktop.core import calculate
from roi_desktop.reports.deck import TemplateError, render_deck, write_deck
from roi_desktop.reports.deck.template import builtin_template
from roi_desktop.reports.words import words


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def firm_template(path, keep: tuple[str, ...] | None = None, sample_slide: bool = True):
    """A 4:3 'firm' template with a logo-like shape on the master, its own theme font, a sample slide,
    and only the layouts named in ``keep`` (None: all)."""
    prs = Presentation()
    master = prs.slide_master
    scratch = prs.slides.add_slide(prs.slide_layouts[6])
    band = scratch.shapes.add_shape(1, 0, 0, prs.slide_width, Inches(0.25))
    band.fill.solid()
    band.fill.fore_color.rgb = RGBColor(0x8B, 0x00, 0x33)
    band._element.nvSpPr.cNvPr.id = 999
    master.shapes._spTree.append(band._element)  # the firm's band moves onto the master
    from roi_desktop.reports.deck.template import drop_slides
    drop_slides(prs)
    if sample_slide:
        prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "Sample slide of the firm"
    if keep is not None:
        layouts = prs.slide_layouts
        for layout in list(layouts):
            if layout.name not in keep and not layout.used_by_slides:
                layouts.remove(layout)
        if sample_slide:  # the sample slide pins its layout: drop the slide first, then the layout
            from roi_desktop.reports.deck.template import drop_slides
            drop_slides(prs)
            for layout in list(layouts):
                if layout.name not in keep:
                    layouts.remove(layout)
    prs.save(path)
    return path


def complete_titles(prs, lang="en") -> list[str]:
    return [slide_title(s) for s in prs.slides]


@pytest.mark.parametrize("keep", [None, ("Title Only",), ("Blank",), ("Title and Content",),
                                  ("Two Content", "Comparison")], ids=["all", "title-only", "blank", "content", "odd"])
def test_a_template_lacking_layouts_still_gives_a_complete_deck(tmp_path, keep):
    template = firm_template(tmp_path / "firma.pptx", keep)
    result = calculate(awkward_project())
    reference = open_deck(write_deck(result, tmp_path / "built-in.pptx", lang="pl"))
    prs = open_deck(write_deck(result, tmp_path / "firm.pptx", lang="pl", template=template))
    assert len(prs.slides) == len(reference.slides)
    assert complete_titles(prs) == complete_titles(reference)
    assert all(t.strip() for t in complete_titles(prs))
    assert prs.slide_width * 9 == pytest.approx(prs.slide_height * 16, rel=0.01)  # widened to 16:9
    assert outside_slide(prs) == []
    texts = "\n".join(t for s in prs.slides for t in slide_texts(s))
    assert "Sample slide of the firm" not in texts  # the template's own slides are dropped
    # the firm's master (its band) is what the slides use
    assert any(shape.shape_type == 1 for shape in prs.slide_master.shapes)
    for slide in prs.slides:  # no empty placeholder left ("Click to add text")
        for shape in slide.placeholders:
            assert not shape.has_text_frame or shape.text_frame.text.strip()


def test_layouts_are_found_by_role(tmp_path):
    from roi_desktop.reports.deck.layout import SlideMaker
    maker = SlideMaker(Presentation(str(firm_template(tmp_path / "f.pptx"))))
    assert {role: layout.name for role, layout in maker.layouts.items()} == {
        "title": "Title Slide", "content": "Title and Content", "title_only": "Title Only", "blank": "Blank"}


def test_potx_is_accepted(tmp_path):
    pptx = firm_template(tmp_path / "f.pptx")
    potx = tmp_path / "szablon firmy.potx"
    with zipfile.ZipFile(pptx) as src, zipfile.ZipFile(potx, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"presentationml.presentation.main+xml", b"presentationml.template.main+xml")
            dst.writestr(info, body)
    data = render_deck(calculate(awkward_project()), lang="en", template=potx)
    assert len(Presentation(io.BytesIO(data)).slides) > 10


def _zip(path, parts: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return path


def _hostile(tmp_path, kind: str):
    good = firm_template(tmp_path / "good.pptx")
    with zipfile.ZipFile(good) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    path = tmp_path / f"{kind}.pptx"
    if kind == "missing":
        return tmp_path / "nie ma.pptx", "does not exist"
    if kind == "folder":
        path.mkdir()
        return path, "folder"
    if kind == "text":
        path.write_text("to nie jest prezentacja", encoding="utf-8")
        return path, "not a PowerPoint file"
    if kind == "truncated":
        path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        return path, "not a PowerPoint file"
    if kind == "docx":
        return _zip(path, {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}), "not a PowerPoint"
    if kind == "macro":
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml")
        return _zip(path, parts), "macro-enabled"
    if kind == "corrupt_xml":
        parts["ppt/presentation.xml"] = b"<p:presentation xmlns:p='x'><unclosed>"
        return _zip(path, parts), "damaged"
    if kind == "entities":  # a billion-laughs document must not expand
        parts["ppt/presentation.xml"] = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
                                         b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><p>&b;</p>')
        return _zip(path, parts), "damaged"
    if kind == "bomb":
        parts["ppt/media/huge.bin"] = b"\0" * (40 * 2**20)
        return _zip(path, parts), "zip bomb"
    raise ValueError(kind)


HOSTILE = ["missing", "folder", "text", "truncated", "docx", "macro", "corrupt_xml", "entities", "bomb"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_template_refused_cleanly_exit_2_nothing_written(capsys, tmp_path, kind):
    template, reason = _hostile(tmp_path, kind)
    out_deck, out_pdf = tmp_path / "talia.pptx", tmp_path / "raport.pdf"
    code, out, err = run(capsys, "export", NORTHWIND, "--pptx", out_deck, "--pdf", out_pdf, "--template", template)
    assert code == 2, err
    assert "template" in err and reason in err, err
    assert err.count("\n") == 1  # one line with the reason
    assert not out_deck.exists() and not out_pdf.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with pytest.raises(TemplateError):
        render_deck(calculate(awkward_project()), lang="en", template=template)


def test_template_without_pptx_is_a_usage_error(capsys, tmp_path):
    code, _, err = run(capsys, "export", NORTHWIND, "--pdf", tmp_path / "r.pdf", "--template", tmp_path / "t.pptx")
    assert code == 2 and "--template goes with --pptx" in err


def _theme_fonts(prs) -> set[str]:
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    theme = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    return {e.get("typeface") for e in theme.iterfind(".//a:fontScheme/*/a:latin", ns)}


def test_builtin_template_uses_a_theme_font_with_polish_letters():
    prs = builtin_template()
    # Arial has every Polish letter on Windows and macOS; LibreOffice substitutes Liberation Sans/DejaVu Sans
    assert _theme_fonts(prs) == {"Arial"}
    assert prs.slide_width * 9 == pytest.approx(prs.slide_height * 16, rel=0.01)
    assert len(prs.slides) == 0


def test_write_errors_leave_nothing(tmp_path):
    from roi_desktop.atomic import FileWriteError
    result = calculate(awkward_project())
    with pytest.raises(FileWriteError, match="does not exist"):
        write_deck(result, tmp_path / "brak folderu" / "d.pptx", lang="en")
    (tmp_path / "w drodze.pptx").mkdir()
    with pytest.raises(FileWriteError, match="folder"):
        write_deck(result, tmp_path / "w drodze.pptx", lang="en")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w drodze.pptx"]


def test_verdict_title_words():
    assert words("pl")("deck.h_verdict") == "Wniosek"
