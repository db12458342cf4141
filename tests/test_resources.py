"""resource_path finds bundled files in the wheel, a PyInstaller bundle or the source tree."""

from __future__ import annotations

import sys

import pytest

from roi_desktop import resources


def test_fonts_and_licence_are_found():
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
                 "LICENSE-DejaVu.txt"):
        assert resources.resource_path("fonts", name).is_file()


def test_pyinstaller_folder_is_used_when_present(tmp_path, monkeypatch):
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "only-in-bundle.ttf").write_bytes(b"x")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("fonts", "only-in-bundle.ttf") == tmp_path / "resources" / "fonts" / "only-in-bundle.ttf"


def test_installed_package_folder_comes_first(tmp_path, monkeypatch):
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "DejaVuSans.ttf").write_bytes(b"x")
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path)
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"


def test_missing_resource_names_every_place_looked():
    with pytest.raises(FileNotFoundError) as info:
        resources.resource_path("fonts", "no-such-font.ttf")
    assert str(info.value).count("no-such-font.ttf") >= 2
