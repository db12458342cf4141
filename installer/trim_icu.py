"""A smaller ICU data library for the bundle: Qt's wheel ships all of ICU's data (libicudata, 32 MB: every
locale, collation, transliterator and legacy character set). The app speaks Polish and English, writes
UTF-8 and uses none of transliteration, dictionary word breaks or legacy encodings, so the bundle gets a
libicudata holding: the root, English and Polish locale data in every tree, the non-locale data (time
zones, plural rules, Unicode properties, break rules, the root collation), and nothing else.

Used by roi-desktop.spec on Linux. Needs binutils (nm, readelf, as, ld) and ICU's icupkg and genccode
(Debian/Ubuntu: icu-devtools); without them the original library is kept and the reason printed.

    python installer/trim_icu.py LIBICUDATA OUT_DIR     prints the trimmed library's path and sizes
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

TOOLS = ("nm", "readelf", "as", "ld", "icupkg", "genccode")
KEPT_LANGUAGES = ("root", "en", "pl")
# locale trees: their files are named after locales (pl.res, en_GB.res); the other files stay
LOCALE_FILE = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3}|root)(?:_[A-Za-z0-9]*)*\.res$")
ALWAYS_DROPPED = (
    re.compile(r"\.cnv$"),            # legacy character sets (UTF-8/16/32, ASCII and Latin-1 need no table)
    re.compile(r"^translit/"),        # transliteration
    re.compile(r"^brkitr/.*\.dict$"),  # Chinese, Japanese, Thai, Khmer, Lao, Burmese word dictionaries
    # Display names of languages, regions, currencies, units and time zones, spelled-out numbers, Unicode
    # character names and the spoofing checker's confusables: ICU's own formatting services, which Qt never
    # calls (QLocale has its own CLDR tables; Qt uses ICU for collation, case mapping, IDNA and codecs)
    re.compile(r"^(lang|region|curr|unit|zone|rbnf)/"),
    re.compile(r"^(unames\.icu|confusables\.cfu)$"),
)


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


def dropped(item: str) -> bool:
    """Whether an item of ICU's data package is left out.

    >>> [dropped(x) for x in ("pl.res", "en_GB.res", "coll/pl.res", "de.res", "coll/zh.res", "zoneinfo64.res",
    ...                       "brkitr/cjdict.dict", "brkitr/line.brk", "ibm-1047_P100-1995.cnv", "pool.res")]
    [False, False, False, True, True, False, True, False, True, False]
    >>> [dropped(x) for x in ("curr/pl.res", "lang/pool.res", "unames.icu", "coll/ucadata.icu", "uts46.nrm")]
    [True, True, True, False, False]
    """
    if any(p.search(item) for p in ALWAYS_DROPPED):
        return True
    name = LOCALE_FILE.match(item)
    return bool(name) and name.group(1) not in KEPT_LANGUAGES and item.split("/")[-1] not in (
        "pool.res", "res_index.res")


def _run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=cwd).stdout


def _data_blob(library: Path) -> tuple[str, bytes]:
    """The ICU data package inside ``library``: its entry point name (icudt73) and its bytes."""
    symbols = _run("nm", "-D", "-S", str(library))
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+)_dat$", symbols, re.M)
    if not found:
        raise ValueError("no icudtNN_dat symbol")
    address, size, entry = int(found.group(1), 16), int(found.group(2), 16), found.group(3)
    for line in _run("readelf", "-lW", str(library)).splitlines():
        parts = line.split()
        if parts[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(parts[1], 16), int(parts[2], 16), int(parts[4], 16)
            if vaddr <= address < vaddr + filesz:
                start = address - vaddr + offset
                return entry, library.read_bytes()[start:start + size]
    raise ValueError("the data symbol is in no loaded segment")


def trim(library: Path, out_dir: Path) -> Path:
    """Write a trimmed copy of ``library`` (same file name and soname) into ``out_dir``; return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    entry, blob = _data_blob(library)
    full = out_dir / f"{entry}l.dat"
    full.write_bytes(blob)
    items = _run("icupkg", "-l", str(full)).split()
    removed = [item for item in items if dropped(item)]
    (out_dir / "removed.txt").write_text("\n".join(removed) + "\n")
    small = out_dir / "trimmed" / full.name
    small.parent.mkdir(exist_ok=True)
    # --ignore-deps: the root break rules name the word dictionaries; ICU loads one only for text in that script
    _run("icupkg", "--ignore-deps", "-r", str(out_dir / "removed.txt"), str(full), str(small))
    _run("genccode", "-a", "gcc", "-e", entry, "-d", str(out_dir), str(small))
    assembly = next(out_dir.glob(f"{entry}l_dat.S"))
    # the file is meant for the C preprocessor; `as` alone would read the guarded ".hidden" as an order
    text = re.sub(r"^#ifdef U_HIDE_DATA_SYMBOL\n.*?^#endif\n", "", assembly.read_text(), flags=re.M | re.S)
    assembly.write_text(text)
    _run("as", "--noexecstack", "-o", str(out_dir / "icudata.o"), str(assembly))
    target = out_dir / library.name
    _run("ld", "-shared", "-z", "noexecstack", "-soname", library.name, "-o", str(target),
         str(out_dir / "icudata.o"))
    return target


def main(argv: list[str]) -> int:
    library, out_dir = Path(argv[0]), Path(argv[1])
    target = trim(library, out_dir)
    mb = 1_000_000
    print(f"{target}: {library.stat().st_size / mb:.1f} MB -> {target.stat().st_size / mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
