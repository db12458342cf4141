#!/usr/bin/env bash
# Build the Linux bundle of roi-desktop from a clean checkout (Debian/Ubuntu, Python 3.11+):
#   dist/roi-desktop/roi-desktop                       the one-folder bundle (runs without Python)
#   dist/roi-desktop-<version>-linux-x86_64.tar.xz     the archive to hand out
# It makes its own build venv (build/pyinstaller-venv: PyInstaller + roi-desktop installed as a wheel,
# never editable) so the bundle contains exactly what a user would install.
# Environment: PYTHON (default python3), ROI_XZ_LEVEL (default 6; 3 is faster and ~4 MB bigger).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-python3}
venv=build/pyinstaller-venv
t0=$(date +%s)
say() { printf 'build-linux: %s\n' "$*"; }

# Qt's run-time libraries (for PyInstaller's Qt hooks and the smoke test) and binutils (objdump, which
# PyInstaller uses to read shared libraries' dependencies).
bash scripts/system-deps.sh
if ! command -v objdump >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
    else
        say "PyInstaller needs objdump: install binutils"; exit 1
    fi
fi
# ICU's icupkg and genccode cut Qt's 32 MB ICU data to the app's languages (installer/trim_icu.py)
if ! command -v icupkg >/dev/null 2>&1 || ! command -v genccode >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends icu-devtools >/dev/null || true
    fi
    command -v icupkg >/dev/null 2>&1 || say "icu-devtools missing: the bundle keeps the full ICU data (+27 MB)"
fi

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/roi_desktop/__init__.py)
[ -n "$version" ] || { say "no __version__ in src/roi_desktop/__init__.py"; exit 1; }
arch=$(uname -m)

say "build venv ($venv)"
rm -rf "$venv" build/pyinstaller dist/roi-desktop
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7" "$root"
t1=$(date +%s)

say "PyInstaller"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    installer/roi-desktop.spec
test -x dist/roi-desktop/roi-desktop
t2=$(date +%s)

say "desktop integration (install.sh, menu entry, .roi MIME type, icons)"
share=dist/roi-desktop/share
mkdir -p "$share/applications" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
cp installer/linux/roi-desktop.desktop "$share/applications/"
cp installer/linux/roi-desktop-mime.xml "$share/mime/packages/roi-desktop.xml"
cp resources/icons/roi-desktop.svg "$share/icons/hicolor/scalable/apps/"
for s in 16 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${s}x${s}/apps"
    cp "resources/icons/roi-desktop-$s.png" "$share/icons/hicolor/${s}x${s}/apps/roi-desktop.png"
done
install -m 755 installer/linux/install.sh dist/roi-desktop/install.sh
cp installer/linux/README.txt dist/roi-desktop/README.txt

say "archive"
rm -f dist/roi-desktop-*-linux-*.tar.*
archive="dist/roi-desktop-$version-linux-$arch.tar.xz"
# xz -6 on all cores: 47.1 MB against -3's 51.0 MB, the difference that keeps it under 50 MB (installer/README.md)
tar -C dist --owner=0 --group=0 --sort=name -cf - roi-desktop | xz -T0 "-${ROI_XZ_LEVEL:-6}" > "$archive"
t3=$(date +%s)

unpacked=$(du -sb dist/roi-desktop | cut -f1)
packed=$(stat -c %s "$archive")
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
say "bundle      dist/roi-desktop/ ($(find dist/roi-desktop -type f | wc -l) files)"
say "unpacked    $(mb "$unpacked")  (target <= 150 MB)"
say "compressed  $(mb "$packed")  $archive  (target <= 50 MB)"
# where the size goes: the biggest parts of the bundle (installer/README.md keeps the record)
say "largest     $(cd dist/roi-desktop && du -sb roi-desktop _internal/* | sort -rn | head -8 \
    | awk '{ printf "%s%s %.1f", (NR > 1 ? ", " : ""), $2, $1 / 1000000 } END { print " (MB)" }' | sed 's|_internal/||g')"
say "time        venv+install $((t1 - t0)) s, PyInstaller $((t2 - t1)) s, archive $((t3 - t2)) s, total $((t3 - t0)) s"
