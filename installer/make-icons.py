"""Make the application icon's PNG sizes, Windows .ico and macOS .icns from resources/icons/roi-desktop.svg.

    python installer/make-icons.py        (needs rsvg-convert, Debian package librsvg2-bin, and Pillow)

The outputs are committed, so a build never needs these tools; run this again after editing the SVG.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "roi-desktop.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows picks from for the taskbar, Explorer and shortcuts


def render(size: int, out: Path) -> Path:
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(out), str(SVG)], check=True)
    return out


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        sys.stderr.write("make-icons: rsvg-convert is missing (apt-get install librsvg2-bin)\n")
        return 1
    for size in PNG_SIZES:
        render(size, ICONS / f"roi-desktop-{size}.png")
    with tempfile.TemporaryDirectory() as tmp:
        # each size rendered from the vector, not scaled down from one bitmap: sharper small icons
        frames = {s: Image.open(render(s, Path(tmp) / f"{s}.png")).convert("RGBA") for s in (*ICO_SIZES, 1024)}
        frames[256].save(ICONS / "roi-desktop.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                         append_images=[frames[s] for s in ICO_SIZES if s != 256])
        frames[512] = Image.open(ICONS / "roi-desktop-512.png").convert("RGBA")
        frames[1024].save(ICONS / "roi-desktop.icns", format="ICNS",
                          append_images=[frames[s] for s in (16, 32, 64, 128, 256, 512)])
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
