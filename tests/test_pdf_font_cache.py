"""The parsed fonts kept between runs (reports/pdf/font_cache.py): the same font as a fresh parse, and
a damaged, foreign or unwritable cache never in the way (the font is parsed as before)."""

from __future__ import annotations

import hashlib
import io

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from roi_desktop.reports.pdf import font_cache
from roi_desktop.resources import resource_path

FONT = resource_path("fonts", "DejaVuSans-Bold.ttf")
NAME = "CacheTestBold"  # not one of the report's names: the report's registration stays as it is
TEXT = "Zażółć gęślą jaźń — ŁÓDŹ 1 234 567,89 zł ≥ 95 %"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ROI_DESKTOP_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "fonts"


def _files(cache):
    return sorted(cache.glob(f"{NAME}-*.marshal")) if cache.exists() else []


def _pdf_with(font: TTFont, monkeypatch) -> bytes:
    monkeypatch.setattr(rl_config, "invariant", 1)
    pdfmetrics.registerFont(font)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont(NAME, 11)
    page.drawString(40, 700, TEXT)
    page.save()
    return buffer.getvalue()


def _state(font: TTFont) -> dict:
    face = {k: v for k, v in vars(font.face).items() if k != "_pdfScale"}
    own = {k: v for k, v in vars(font).items() if k not in ("face", "state", "encoding")}
    return {"face": face, "font": own, "scale": [font.face._pdfScale(x) for x in (1, 7, 600, 2048)],
            "name_types": {k: type(v).__name__ for k, v in vars(font.face).items()}}


def test_the_cached_font_is_the_parsed_font(cache, monkeypatch):
    parsed = TTFont(NAME, str(FONT))
    first = font_cache.load_font(NAME, FONT)  # parses and keeps
    assert len(_files(cache)) == 1
    monkeypatch.setattr(font_cache, "_parse", None)  # the second load cannot parse: it reads the cache
    second = font_cache.load_font(NAME, FONT)
    assert _state(first) == _state(parsed) == _state(second)
    assert second.stringWidth(TEXT, 9.5) == parsed.stringWidth(TEXT, 9.5)
    assert _pdf_with(second, monkeypatch) == _pdf_with(parsed, monkeypatch)


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "valid_but_foreign"])
def test_a_damaged_cache_is_parsed_again_and_rewritten(cache, damage):
    font_cache.load_font(NAME, FONT)
    (path,) = _files(cache)
    stored = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(stored[: len(stored) // 2])
    elif damage == "flip":
        path.write_bytes(stored[:1000] + bytes([stored[1000] ^ 0xFF]) + stored[1001:])
    elif damage == "garbage":
        path.write_bytes(b"\x00not a cache" * 100)
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a well-formed file that is not a font record
        import marshal
        content = marshal.dumps({"format": font_cache.FORMAT, "font": [], "face": 3})
        path.write_bytes(hashlib.sha256(content).digest() + content)
    font = font_cache.load_font(NAME, FONT)
    assert _state(font) == _state(TTFont(NAME, str(FONT)))
    assert path.read_bytes() == stored  # written again


def test_another_fonts_or_reportlabs_cache_is_replaced(cache):
    cache.mkdir(parents=True)
    stale = cache / f"{NAME}-{'0' * 32}-4.0.0-py3.11-f1.marshal"
    other_font = cache / f"{NAME}Extra-{'0' * 32}-4.0.0-py3.11-f1.marshal"  # another name: left alone
    stale.write_bytes(b"old")
    other_font.write_bytes(b"old")
    font_cache.load_font(NAME, FONT)
    assert not stale.exists() and other_font.exists() and len(_files(cache)) == 1


def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("ROI_DESKTOP_CACHE_DIR", str(blocker))
    font = font_cache.load_font(NAME, FONT)
    assert _state(font) == _state(TTFont(NAME, str(FONT)))


def test_a_font_state_this_module_does_not_know_is_not_cached(cache, monkeypatch):
    """Another reportlab that keeps something more in its TTFont: parsed every time, nothing kept."""
    def with_extra(name, path):
        font = TTFont(name, path)
        font.face.hinting = object()  # nothing marshal can keep
        return font

    monkeypatch.setattr(font_cache, "_parse", with_extra)
    font_cache.load_font(NAME, FONT)
    assert _files(cache) == []


def test_the_cache_folder_follows_the_platform(monkeypatch, tmp_path):
    monkeypatch.delenv("ROI_DESKTOP_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(font_cache.sys, "platform", "linux")
    assert font_cache.cache_dir() == tmp_path / "roi-desktop"
