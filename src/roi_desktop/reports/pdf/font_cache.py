"""The report's fonts, parsed once and kept in the user's cache folder between runs.

reportlab reads a TrueType font by parsing its tables into Python dicts (glyph of each character,
widths, metrics): about 15 ms per DejaVu font, four fonts per report, on every export. This module
keeps what the parse produced in a cache file (its SHA-256, then ``marshal``: plain numbers, strings, bytes, lists
and dicts; nothing in it is executed) and rebuilds the very same reportlab objects from it, with the
font's bytes read from the font file as reportlab does.

The cache file's name carries a key: the font file's SHA-256, the reportlab and Python versions and
this module's format. A different font, reportlab or Python reads as no cache; a corrupt, truncated
or foreign file fails the checks and the font is parsed as before (and the file written again). A
cache that cannot be written (read-only home, full disk) is simply not kept. Only fonts whose parsed
state this module knows how to keep are cached (checked on the fresh parse); anything else is parsed.
"""

from __future__ import annotations

import glob
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

APP = "roi-desktop"
FORMAT = 1
_FONT_OWN = ("face", "encoding", "state")  # TTFont attributes rebuilt here, not kept in the file
_FACE_OWN = ("_ttf_data", "_pdfScale")  # the font's bytes (from its file) and its scale (from unitsPerEm)
_OLD = re.compile(r"-[0-9a-f]{32}-[^-]+-py[0-9.]+-f[0-9]+\.marshal")  # a name's cache file, after the name
_DIGEST = 32  # a cache file is the SHA-256 of its content, then the content


def cache_dir() -> Path:
    """Where the app keeps files it can make again (``ROI_DESKTOP_CACHE_DIR`` overrides)."""
    override = os.environ.get("ROI_DESKTOP_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP


def load_font(name: str, path: str | os.PathLike) -> TTFont:
    """``TTFont(name, path)``, from the cache when it holds this font, else parsed (and cached)."""
    data = Path(path).read_bytes()
    key = hashlib.sha256(data).hexdigest()[:32]
    version = f"{reportlab.Version}-py{sys.version_info.major}.{sys.version_info.minor}-f{FORMAT}"
    cache_file = cache_dir() / "fonts" / f"{name}-{key}-{version}.marshal"
    font = _from_cache(cache_file, name, os.fspath(path), data)
    if font is None:
        font = _parse(name, os.fspath(path))
        _keep(font, cache_file, data)
    return font


def _parse(name: str, path: str) -> TTFont:
    return TTFont(name, path)


def _scale(units_per_em: int):
    """The face's design units to PDF units, computed as reportlab computes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _record(font: TTFont, data: bytes) -> bytes | None:
    """The cache file's content for a freshly parsed ``font``; None when its state is not what this
    module rebuilds exactly (another reportlab: the font is then parsed each time)."""
    own = vars(font)
    face = vars(font.face)
    if set(_FONT_OWN) - own.keys() or set(_FACE_OWN) - face.keys() or type(font.face) is not TTFontFace \
            or face["_ttf_data"] != data or vars(font.encoding) != vars(TTEncoding()) \
            or not isinstance(font.state, WeakKeyDictionary) or len(font.state):
        return None
    scale = _scale(face.get("unitsPerEm"))
    if any(scale(x) != font.face._pdfScale(x) for x in (1, 7, 600, 2048, -313)):
        return None
    kept_face = {k: v for k, v in face.items() if k not in _FACE_OWN}
    record = {"format": FORMAT, "font": {k: v for k, v in own.items() if k not in _FONT_OWN}, "face": kept_face,
              "name_bytes": sorted(k for k, v in kept_face.items() if isinstance(v, TTFNameBytes))}
    try:
        content = marshal.dumps(record)
        if marshal.loads(content) != record:  # e.g. a subclass marshal would not keep
            return None
    except ValueError:  # an object marshal cannot store
        return None
    return content


def _keep(font: TTFont, cache_file: Path, data: bytes) -> None:
    content = _record(font, data)
    if content is None:
        return
    from roi_desktop.atomic import write_bytes_atomically
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(cache_file, hashlib.sha256(content).digest() + content)
        for old in cache_file.parent.glob(f"{glob.escape(font.fontName)}-*.marshal"):
            if old != cache_file and _OLD.fullmatch(old.name[len(font.fontName):]):
                old.unlink()  # this font under another key: an older font file, reportlab or Python
    except OSError:  # FileWriteError is an OSError: no cache this time
        pass


def _from_cache(cache_file: Path, name: str, path: str, data: bytes) -> TTFont | None:
    try:
        stored = cache_file.read_bytes()
        content = stored[_DIGEST:]
        if len(stored) <= _DIGEST or hashlib.sha256(content).digest() != stored[:_DIGEST]:
            return None  # truncated or damaged
        record = marshal.loads(content)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    try:
        font_state, face_state = record["font"], record["face"]
        if record["format"] != FORMAT or font_state.get("fontName") != name \
                or not isinstance(face_state.get("unitsPerEm"), int) or face_state["unitsPerEm"] <= 0:
            return None
        face_state["filename"] = path  # where this font is now (an installed copy may have moved)
        for key in record["name_bytes"]:
            face_state[key] = TTFNameBytes(face_state[key])
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(face_state)
        face._ttf_data = data
        face._pdfScale = _scale(face_state["unitsPerEm"])
        font = TTFont.__new__(TTFont)
        font.__dict__.update(font_state)
        font.face, font.encoding, font.state = face, TTEncoding(), WeakKeyDictionary()
        return font
    except (KeyError, TypeError, AttributeError, ValueError):
        return None
