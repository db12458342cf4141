"""Compare the window the bundle drew with the one drawn from source (same sample, language, size).

    python installer/compare_screenshots.py SOURCE.png BUNDLE.png [SIDE_BY_SIDE.png]

Both run the same Qt (the build venv's PySide6 is the one bundled), so the pictures match pixel for pixel
unless the bundle lacks something the source tree has: a translation, a font, an icon, an image plugin.
On a difference it prints where and writes both pictures side by side if a third path is given.
"""

from __future__ import annotations

import sys

from PIL import Image, ImageChops


def main(argv: list[str]) -> int:
    source, bundle = (Image.open(p).convert("RGB") for p in argv[:2])
    if source.size != bundle.size:
        print(f"compare: window size differs: source {source.size}, bundle {bundle.size}")
        return 1
    box = ImageChops.difference(source, bundle).getbbox()
    if box is None:
        print(f"compare: window {source.size[0]}x{source.size[1]}: identical to source, pixel for pixel")
        return 0
    print(f"compare: the bundle's window differs from source's within {box} (x0, y0, x1, y1)")
    if len(argv) > 2:
        side = Image.new("RGB", (source.width * 2 + 10, source.height), "red")
        side.paste(source, (0, 0))
        side.paste(bundle, (source.width + 10, 0))
        side.save(argv[2])
        print(f"compare: source (left) and bundle (right): {argv[2]}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
