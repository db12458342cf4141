"""The deck's template: the firm's own .pptx/.potx (checked before use), or a clean built-in one made here.

A firm's file gives the masters, layouts, theme fonts, colours and logo. It is read from memory after
checks that refuse what is not a presentation, what is macro-enabled, damaged or built to exhaust memory
(a zip bomb); its own slides are dropped; a 4:3 file is widened to 16:9 (placeholders stretched, pictures
moved but not distorted). Every refusal is a :class:`TemplateError` whose message says why.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE_TYPE

from roi_desktop.core.errors import RoiError

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_PARTS = 5000
MAX_RATIO = 200  # a part that unpacks to more than 200 x its packed size (and is big) is a bomb
WIDTH_16_9, HEIGHT_16_9 = 12192000, 6858000  # 13.333 x 7.5 in, in EMU

_PRESENTATION = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_MACRO = re.compile(r"application/vnd\.ms-powerpoint\.(presentation|template|slideshow)\.macroEnabled",
                    re.IGNORECASE)
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


class TemplateError(RoiError, ValueError):
    """A template that cannot be used; ``reason`` says why in a user's words."""

    def __init__(self, path: Path | str, reason: str):
        self.path, self.reason = Path(path), reason
        super().__init__(f"The template {self.path} cannot be used: {reason}")


def read_template_bytes(path: str | Path) -> bytes:
    """The template's bytes, ready for python-pptx, or TemplateError."""
    path = Path(path)
    if not path.exists():
        raise TemplateError(path, "the file does not exist")
    if not path.is_file():
        raise TemplateError(path, "it is a folder, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TemplateError(path, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as error:
        raise TemplateError(path, f"it cannot be read ({error.strerror or error})") from error
    return checked_package(data, path)


def checked_package(data: bytes, path: Path) -> bytes:
    """Refuse anything that is not a plain PowerPoint package; a .potx is turned into a .pptx in memory."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError(path, "it is not a PowerPoint file (.pptx or .potx)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            _check_sizes(infos, path)
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or "ppt/presentation.xml" not in names:
                raise TemplateError(path, "it is not a PowerPoint presentation (no ppt/presentation.xml)")
            types = package.read("[Content_Types].xml")
            if _MACRO.search(types.decode("utf-8", "replace")):
                raise TemplateError(path, "it is macro-enabled (.pptm/.potm); save it as a .pptx or .potx")
            if _TEMPLATE.encode() in types:
                return _as_presentation(package, infos, types)
    except zipfile.BadZipFile as error:
        raise TemplateError(path, f"the file is damaged ({error})") from error
    return data


def _check_sizes(infos: list[zipfile.ZipInfo], path: Path) -> None:
    if len(infos) > MAX_PARTS:
        raise TemplateError(path, f"it holds more than {MAX_PARTS} parts")
    if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise TemplateError(path, f"it unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB")
    for info in infos:
        if info.file_size > 10 * 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise TemplateError(path, f"{info.filename} unpacks to an implausible size (a zip bomb?)")


def _as_presentation(package: zipfile.ZipFile, infos: list[zipfile.ZipInfo], types: bytes) -> bytes:
    """A .potx is a .pptx whose main part has another content type: rename it in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in infos:
            body = package.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = types.replace(_TEMPLATE.encode(), _PRESENTATION.encode())
            copy.writestr(info, body)
    return out.getvalue()


def open_template(path: str | Path):
    """The firm's template as a python-pptx Presentation with no slides, 16:9."""
    from pptx import Presentation

    data = read_template_bytes(path)
    try:
        prs = Presentation(io.BytesIO(data))
        layouts = list(prs.slide_layouts)
    except TemplateError:
        raise
    except (etree.XMLSyntaxError, KeyError, ValueError, AttributeError, TypeError, zipfile.BadZipFile) as error:
        raise TemplateError(path, f"the file is damaged or not a presentation ({type(error).__name__}: {error})"
                            ) from error
    if not layouts:
        raise TemplateError(path, "it has no slide layouts")
    drop_slides(prs)
    widen_to_16_9(prs)
    return prs


def check_template(path: str | Path) -> None:
    """Open the template as the deck will (every check, every part parsed), or raise TemplateError: used
    before an export writes anything, so a bad template leaves no file behind."""
    open_template(path)


def drop_slides(prs) -> None:
    """Remove the template's own sample slides (the deck brings its own)."""
    id_list = prs.slides._sldIdLst
    for slide_id in list(id_list):
        prs.part.drop_rel(slide_id.rId)
        id_list.remove(slide_id)


def widen_to_16_9(prs) -> None:
    """Make the slides 16:9 at the template's height; shapes on masters and layouts follow (placeholders
    stretch with the slide, drawn shapes too; pictures move but keep their size)."""
    width, height = int(prs.slide_width or WIDTH_16_9), int(prs.slide_height or HEIGHT_16_9)
    target = round(height * 16 / 9)
    if abs(width - target) <= target * 0.01:
        return
    factor = target / width
    prs.slide_width = target
    for master in prs.slide_masters:
        for holder in [master] + list(master.slide_layouts):
            for shape in holder.shapes:
                _widen_shape(shape, factor)


def _widen_shape(shape, factor: float) -> None:
    """Stretch placeholders and drawn shapes, move pictures (not distorted); a shape without its own position (it inherits
    the master's) is left alone. All four values are set together: setting one alone would create a
    position with the other three at zero."""
    box = shape._element.xpath("./p:spPr/a:xfrm | ./p:xfrm | ./p:grpSpPr/a:xfrm")
    if not box or box[0].find(f"{{{_A}}}off") is None or box[0].find(f"{{{_A}}}ext") is None:
        return
    left, top, width, height = shape.left, shape.top, shape.width, shape.height
    if shape.shape_type in (MSO_SHAPE_TYPE.PICTURE, MSO_SHAPE_TYPE.GROUP):  # a logo keeps its proportions
        left = round((left + width / 2) * factor - width / 2)
    else:  # placeholders, bands and rules stretch with the slide
        left, width = round(left * factor), round(width * factor)
    shape.left, shape.top, shape.width, shape.height = left, top, width, height


def builtin_template():
    """A clean 16:9 template made here: white, navy titles, the scenario palette as the theme's accent
    colours and Arial as the theme font (Polish letters in every office suite; Liberation Sans or DejaVu
    stand in on Linux)."""
    from pptx import Presentation
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    prs = Presentation()
    widen_to_16_9(prs)
    master = prs.slide_master
    theme = master.part.part_related_by(RT.THEME)
    theme._blob = _restyled_theme(theme.blob)
    _restyle_master_text(master)
    return prs


_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_THEME_COLOURS = {"dk2": "1F3A5F", "lt2": "EEF2F6", "accent1": "0072B2", "accent2": "D55E00", "accent3": "009E73",
                  "accent4": "CC79A7", "accent5": "E69F00", "accent6": "56B4E9"}
FONT = "Arial"


def _restyled_theme(blob: bytes) -> bytes:
    root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False))
    ns = {"a": _A}
    for kind in ("majorFont", "minorFont"):
        for latin in root.iterfind(f".//a:fontScheme/a:{kind}/a:latin", ns):
            latin.set("typeface", FONT)
    scheme = root.find(".//a:clrScheme", ns)
    if scheme is not None:
        scheme.set("name", "roi-desktop")
        for name, rgb in _THEME_COLOURS.items():
            slot = scheme.find(f"a:{name}", ns)
            if slot is not None:
                for child in list(slot):
                    slot.remove(child)
                etree.SubElement(slot, f"{{{_A}}}srgbClr", val=rgb)
    font_scheme = root.find(".//a:fontScheme", ns)
    if font_scheme is not None:
        font_scheme.set("name", "roi-desktop")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _restyle_master_text(master) -> None:
    """Titles left-aligned, 30 pt, bold, navy; body text 20 pt."""
    styles = master._element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}txStyles")
    if styles is None:
        return
    ns = {"a": _A, "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
    for level in styles.iterfind("p:titleStyle/a:lvl1pPr", ns):
        level.set("algn", "l")
        run = level.find("a:defRPr", ns)
        if run is not None:
            run.set("sz", "3000")
            run.set("b", "1")
            for child in list(run):
                if child.tag == f"{{{_A}}}solidFill":
                    run.remove(child)
            fill = etree.Element(f"{{{_A}}}solidFill")
            etree.SubElement(fill, f"{{{_A}}}schemeClr", val="tx2")
            run.insert(0, fill)
    for i, level in enumerate(styles.iterfind("p:bodyStyle/*", ns)):
        run = level.find("a:defRPr", ns)
        if run is not None:
            run.set("sz", str(max(1400, 2000 - 200 * i)))
