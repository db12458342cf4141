#!/usr/bin/env bash
# Refresh the translation sources from the code, then build the .qm files the app loads.
#   scripts/update-translations.sh          (uses pyside6-lupdate/lrelease from PATH or /tmp/venv/bin or .venv/bin)
# Edit resources/translations/roi_desktop_pl.ts with Qt Linguist (pyside6-linguist), then run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
find_tool() {
  for dir in "" ".venv/bin/" "/tmp/venv/bin/"; do
    if command -v "${dir}$1" >/dev/null 2>&1; then echo "${dir}$1"; return; fi
  done
  echo "missing $1 (pip install PySide6-Essentials)" >&2; exit 1
}
LUPDATE=$(find_tool pyside6-lupdate)
LRELEASE=$(find_tool pyside6-lrelease)
SOURCES=$(find src/roi_desktop/gui -name '*.py' | sort)
for lang in pl en; do
  "$LUPDATE" -locations none -no-obsolete $SOURCES -ts "resources/translations/roi_desktop_${lang}.ts"
  "$LRELEASE" "resources/translations/roi_desktop_${lang}.ts" -qm "resources/translations/roi_desktop_${lang}.qm"
done
