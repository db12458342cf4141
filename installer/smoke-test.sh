#!/usr/bin/env bash
# Smoke test of the built Linux bundle (installer/build-linux.sh first): copies dist/roi-desktop/ to a
# temporary folder and runs it headless from another working directory with a bare environment (no
# PYTHONPATH, no venv on PATH), then compares its results with roi-desktop run from the source tree.
#   --version                   prints the version of the source tree; start time measured
#   calc --json  (each sample)  identical to `python -m roi_desktop calc --json` from source
#   export --pdf --xlsx         same PDF text and same workbook cells as from source (skipped, with a
#                               message, while this build has no export)
#   export --pptx --summary-pdf the deck has the source's slides; the leave-behind has two pages
#   PROJECT --screenshot FILE   the window starts and saves a PNG, pixel-identical to the source tree's
#                               for every sample in its language (skipped while the build has no GUI);
#                               once more on X11 (Xvfb, Qt's xcb platform) when Xvfb is installed
#   import CSV / XLSX           the same derived values and updated project as from source
#   log file                    written to the user's data folder (ROI_DESKTOP_LOG_DIR here)
# Usage: installer/smoke-test.sh [BUNDLE_DIR]   (default dist/roi-desktop)
# SOURCE_PYTHON: a Python with roi-desktop's dependencies for the from-source runs
# (default: the build venv build/pyinstaller-venv, with src/ first on PYTHONPATH).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bundle=$(realpath "${1:-dist/roi-desktop}")
source_python=${SOURCE_PYTHON:-$root/build/pyinstaller-venv/bin/python}
[ -x "$bundle/roi-desktop" ] || { echo "smoke-test: no bundle at $bundle (run installer/build-linux.sh)"; exit 1; }
[ -x "$source_python" ] || { echo "smoke-test: no Python for the source runs at $source_python"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -a "$bundle" "$tmp/app"
mkdir -p "$tmp/work" "$tmp/logs" "$tmp/home" "$tmp/bundle-out" "$tmp/source-out"
app="$tmp/app/roi-desktop"
samples="$tmp/app/_internal/resources/samples"  # the samples the bundle carries
failures=0 skipped=()
pass() { printf 'smoke-test: ok    %s\n' "$*"; }
fail() { printf 'smoke-test: FAIL  %s\n' "$*"; failures=$((failures + 1)); }
skip() { printf 'smoke-test: SKIP  %s\n' "$*"; skipped+=("$1"); }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The bundle runs with nothing of Python around it: bare environment, another folder, another HOME.
bundled() {
    (cd "$tmp/work" && env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        ROI_DESKTOP_LOG_DIR="$tmp/logs" "$app" "$@")
}
from_source() {
    (cd "$root" && PYTHONPATH="$root/src" QT_QPA_PLATFORM=offscreen ROI_DESKTOP_LOG_DIR="$tmp/logs-source" \
        "$source_python" -m roi_desktop "$@")
}

# --- --version, and how fast the bundle starts ------------------------------------------------------
expected="roi-desktop $(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/roi_desktop/__init__.py)"
got=$(bundled --version 2>&1) || true
[ "$got" = "$expected" ] && pass "--version: $got" || fail "--version printed '$got', expected '$expected'"
best=999999
for _ in 1 2 3; do
    t=$(now_ms); bundled --version >/dev/null; t=$(( $(now_ms) - t ))
    [ "$t" -lt "$best" ] && best=$t
done
version_ms=$best
pass "start time --version: ${version_ms} ms (best of 3; the first run above warmed the disk cache)"

# --- calc --json: identical to the source tree ------------------------------------------------------
for sample in "$samples"/*.roi; do
    name=$(basename "$sample")
    if bundled calc --json "$sample" > "$tmp/bundle-out/$name.json" 2> "$tmp/bundle-out/$name.err" \
        && from_source calc --json "resources/samples/$name" > "$tmp/source-out/$name.json"; then
        if cmp -s "$tmp/bundle-out/$name.json" "$tmp/source-out/$name.json"; then
            pass "calc --json $name: identical to source ($(wc -c < "$tmp/bundle-out/$name.json") bytes)"
        else
            fail "calc --json $name differs from source:"; diff "$tmp/source-out/$name.json" "$tmp/bundle-out/$name.json" | head -20
        fi
    else
        fail "calc --json $name failed: $(cat "$tmp/bundle-out/$name.err")"
    fi
done
bundled calc "$samples/$(ls "$samples" | head -1)" > "$tmp/bundle-out/table.txt" \
    && grep -q "NPV\|npv" "$tmp/bundle-out/table.txt" && pass "calc (table) prints the summary" \
    || fail "calc (table): $(head -3 "$tmp/bundle-out/table.txt")"

# --- export: same PDF text and workbook cells as from source (every sample, in its own language) -----
sample=$(ls "$samples" | head -1)
# The source tree decides whether export exists: a bundle whose export is missing or cannot even start
# (a module left out, a broken import) fails here instead of passing as "not in this build".
if grep -qs '"export"' src/roi_desktop/cli/*.py && ! bundled export --help > "$tmp/export-help.log" 2>&1; then
    fail "export --help: the source tree has 'export' but the bundle's does not start:"; tail -5 "$tmp/export-help.log"
elif bundled export --help >/dev/null 2>&1; then
    for path in "$samples"/*.roi; do
        name=$(basename "$path" .roi)
        b="$tmp/bundle-out/$name" s="$tmp/source-out/$name"
        mkdir -p "$b" "$s"
        t=$(now_ms)
        if bundled export "$path" --pdf "$b/report.pdf" --xlsx "$b/model.xlsx" > "$b/export.log" 2>&1; then
            export_ms=$(( $(now_ms) - t ))
            if from_source export "resources/samples/$name.roi" --pdf "$s/report.pdf" --xlsx "$s/model.xlsx" \
                    > "$s/export.log" 2>&1 \
                && "$source_python" "$root/installer/compare_exports.py" "$s" "$b"; then
                pass "export $name: PDF text and workbook cells identical to source (bundle: ${export_ms} ms)"
                [ -n "${SMOKE_KEEP_EXPORTS:-}" ] && mkdir -p "$SMOKE_KEEP_EXPORTS" && cp "$b/report.pdf" "$SMOKE_KEEP_EXPORTS/$name.pdf"
            else
                fail "export $name: the bundle's files differ from source's (above), or the source run failed:"
                tail -5 "$s/export.log"
            fi
        else
            fail "export $name failed:"; tail -20 "$b/export.log"
        fi
    done
    # the deck and the leave-behind: python-pptx's templates and the fonts travel with the bundle
    name=$(basename "$(ls "$samples"/*.roi | head -1)" .roi)
    b="$tmp/bundle-out/$name" s="$tmp/source-out/$name"
    t=$(now_ms)
    if bundled export "$samples/$name.roi" --pptx "$b/deck.pptx" --summary-pdf "$b/summary.pdf" > "$b/deck.log" 2>&1 \
        && from_source export "resources/samples/$name.roi" --pptx "$s/deck.pptx" --summary-pdf "$s/summary.pdf" \
            > "$s/deck.log" 2>&1; then
        deck_ms=$(( $(now_ms) - t ))
        if "$source_python" - "$s" "$b" <<'PY'
import re, sys
from pptx import Presentation
source, bundle = sys.argv[1:]
def slides(folder):
    prs = Presentation(f"{folder}/deck.pptx")
    return [[shape.text_frame.text for shape in slide.shapes if shape.has_text_frame] for slide in prs.slides]
assert slides(source) == slides(bundle), "the decks' texts differ"
pages = len(re.findall(rb"/Type /Page[^s]", open(f"{bundle}/summary.pdf", "rb").read()))
assert pages == 2, f"the leave-behind has {pages} pages, not two"
PY
        then
            pass "export $name --pptx --summary-pdf: same slides as source, two-page leave-behind (${deck_ms} ms)"
        else
            fail "export $name --pptx --summary-pdf: the bundle's deck or leave-behind differs from source's"
        fi
    else
        fail "export --pptx --summary-pdf failed:"; tail -20 "$b/deck.log" "$s/deck.log" 2>/dev/null || true
    fi
else
    skip export "'export' is not available in this build (the PDF/Excel writers are not on this branch yet)"
fi

# --- the window: --screenshot start, and the same window as from source --------------------------
# Each sample in its language (LANG), each run with a fresh HOME (no settings, no recent files). The
# bundle and the source run the same PySide6, so the windows must match pixel for pixel: a translation,
# font or icon the bundle lacks shows up here.
shot() {  # shot bundle|source SAMPLE_NAME LANG OUT.png
    local home="$tmp/shot-home-$1-$2"
    rm -rf "$home"; mkdir -p "$home"
    if [ "$1" = bundle ]; then
        (cd "$tmp/work" && env -i PATH=/usr/bin:/bin HOME="$home" LANG="$3" QT_QPA_PLATFORM=offscreen \
            ROI_DESKTOP_LOG_DIR="$tmp/logs" "$app" "$samples/$2.roi" --screenshot "$4")
    else
        (cd "$root" && env -i PATH=/usr/bin:/bin HOME="$home" LANG="$3" QT_QPA_PLATFORM=offscreen \
            ROI_DESKTOP_LOG_DIR="$tmp/logs-source" PYTHONPATH="$root/src" "$source_python" -m roi_desktop \
            "resources/samples/$2.roi" --screenshot "$4")
    fi
}
first=$(basename "$(ls "$samples"/*.roi | head -1)" .roi)
t=$(now_ms)
if shot bundle "$first" en_GB.UTF-8 "$tmp/bundle-out/window.png" > "$tmp/bundle-out/gui.log" 2>&1; then
    screenshot_ms=$(( $(now_ms) - t ))
    if [ "$(head -c 8 "$tmp/bundle-out/window.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
        pass "--screenshot: window started and saved a PNG in ${screenshot_ms} ms"
        [ -n "${SMOKE_KEEP_SCREENSHOT:-}" ] && cp "$tmp/bundle-out/window.png" "$SMOKE_KEEP_SCREENSHOT"
        for path in "$samples"/*.roi; do
            name=$(basename "$path" .roi)
            case "$name" in *-pl) lang=pl_PL.UTF-8 ;; *) lang=en_GB.UTF-8 ;; esac
            if shot bundle "$name" "$lang" "$tmp/bundle-out/$name.png" > "$tmp/bundle-out/gui-$name.log" 2>&1 \
                && shot source "$name" "$lang" "$tmp/source-out/$name.png" > "$tmp/source-out/gui-$name.log" 2>&1 \
                && "$source_python" "$root/installer/compare_screenshots.py" "$tmp/source-out/$name.png" \
                    "$tmp/bundle-out/$name.png" "${SMOKE_KEEP_DIFF:-$root/dist/smoke-window-$name.png}"; then
                pass "window for $name ($lang): identical to the source tree's"
            else
                fail "window for $name ($lang) differs from the source tree's, or a run failed:"
                tail -5 "$tmp/bundle-out/gui-$name.log" "$tmp/source-out/gui-$name.log" 2>/dev/null
            fi
        done
    else
        fail "--screenshot: no PNG written"
    fi
elif grep -q "not part of this build" "$tmp/bundle-out/gui.log"; then
    skip screenshot "the desktop app is not part of this build yet (no roi_desktop.gui on this branch)"
else
    fail "--screenshot failed:"; tail -20 "$tmp/bundle-out/gui.log"
fi

# --- the window on X11 (Xvfb, Qt's xcb platform): what a desktop user gets, without any OpenGL plugin ----
# The runs above draw offscreen; this one goes through the X server like a real session (the bundle has no
# GLX/EGL integration: plain widgets need none). Same picture as the source tree's in the same server.
if command -v Xvfb >/dev/null 2>&1 && [ -x "$tmp/app/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" ] \
        && grep -qs "screenshot" src/roi_desktop/cli/main.py; then
    display=":$(( 90 + RANDOM % 100 ))"
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > "$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    sleep 1
    x11_shot() {  # x11_shot bundle|source OUT.png
        local home="$tmp/x11-home-$1"
        rm -rf "$home"; mkdir -p "$home"
        if [ "$1" = bundle ]; then
            (cd "$tmp/work" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=pl_PL.UTF-8 DISPLAY="$display" \
                QT_QPA_PLATFORM=xcb ROI_DESKTOP_LOG_DIR="$tmp/logs" "$app" "$samples/$first.roi" --screenshot "$2")
        else
            (cd "$root" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=pl_PL.UTF-8 DISPLAY="$display" \
                QT_QPA_PLATFORM=xcb ROI_DESKTOP_LOG_DIR="$tmp/logs-source" PYTHONPATH="$root/src" "$source_python" \
                -m roi_desktop "resources/samples/$first.roi" --screenshot "$2")
        fi
    }
    if x11_shot bundle "$tmp/bundle-out/x11.png" > "$tmp/bundle-out/x11.log" 2>&1 \
        && ! grep -qi "could not load\|failed to load\|no Qt platform plugin" "$tmp/bundle-out/x11.log" \
        && x11_shot source "$tmp/source-out/x11.png" > "$tmp/source-out/x11.log" 2>&1 \
        && "$source_python" "$root/installer/compare_screenshots.py" "$tmp/source-out/x11.png" \
            "$tmp/bundle-out/x11.png" "$root/dist/smoke-window-x11.png"; then
        pass "window on X11 (Xvfb, xcb): drawn without OpenGL plugins, identical to the source tree's"
    else
        fail "window on X11 (Xvfb, xcb):"; tail -5 "$tmp/bundle-out/x11.log" "$tmp/source-out/x11.log" 2>/dev/null
    fi
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
else
    skip x11 "no Xvfb (or no xcb platform plugin, or no GUI in this build)"
fi

# --- import of a client's history (CSV in Windows-1250 with Polish number formats, and XLSX): the same
# derived values and the same updated project as from source (pandas, openpyxl and their codecs travel) ---
if grep -qs '"import"' src/roi_desktop/cli/main.py; then
    "$source_python" - "$tmp/history" <<'PY'
import sys
from pathlib import Path
import openpyxl
folder = Path(sys.argv[1]); folder.mkdir()
head = ["Miesiąc", "Klienci", "Odejścia", "Nowi klienci", "Przychód", "Koszt obsługi"]
rows, customers = [], 48213
for i in range(15):
    lost, won = (0, 0) if i == 0 else (300 + 53 * i, 410 + 37 * i)
    customers += won - lost
    month = f"{2023 + (10 + i) // 12}-{(10 + i) % 12 + 1:02d}"
    rows.append([month, customers, lost, won, round(customers * 47.31, 2), 150000.5 + 1000 * i])
def pl(x):  # Polish number format: space groups, decimal comma
    return f"{x:,.2f}".replace(",", " ").replace(".", ",") if isinstance(x, float) else f"{x:,}".replace(",", " ")
lines = [";".join(head)] + [";".join([r[0]] + [pl(x) for x in r[1:]]) for r in rows]
(folder / "historia klientów.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1250"))
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Dane miesięczne"
ws.append(head)
for r in rows:
    ws.append(r)
wb.save(folder / "historia klientów.xlsx")
PY
    for data in "$tmp/history"/*; do
        kind=${data##*.}
        mkdir -p "$tmp/bundle-out/import-$kind" "$tmp/source-out/import-$kind"
        cp "$samples/$first.roi" "$tmp/bundle-out/import-$kind/projekt.roi"
        cp "$samples/$first.roi" "$tmp/source-out/import-$kind/projekt.roi"
        if bundled import "$data" --project "$tmp/bundle-out/import-$kind/projekt.roi" --json \
                > "$tmp/bundle-out/import-$kind/out.json" 2> "$tmp/bundle-out/import-$kind/err.txt" \
            && from_source import "$data" --project "$tmp/source-out/import-$kind/projekt.roi" --json \
                > "$tmp/source-out/import-$kind/out.json" \
            && "$source_python" - "$tmp/source-out/import-$kind" "$tmp/bundle-out/import-$kind" <<'PY'
import json, sys
source, bundle = sys.argv[1:]
def report(folder):
    found = json.load(open(f"{folder}/out.json", encoding="utf-8"))
    found.pop("written")  # where each run wrote its own copy of the project
    return found
assert report(bundle)["ok"] and report(bundle) == report(source), "the import reports differ"
assert open(f"{bundle}/projekt.roi", "rb").read() == open(f"{source}/projekt.roi", "rb").read(), "the projects differ"
PY
        then
            pass "import $(basename "$data"): same derived values and same updated project as from source"
        else
            fail "import $(basename "$data"):"; cat "$tmp/bundle-out/import-$kind/err.txt" | tail -5
        fi
    done
else
    skip import "'import' is not in this build"
fi

# --- install.sh: menu entry, MIME type and icons in a private prefix, then uninstall ------------------
inst="$tmp/home/.local"
install_env=(ROI_DESKTOP_PREFIX="$inst/opt/roi-desktop" ROI_DESKTOP_BIN_DIR="$inst/bin"
             ROI_DESKTOP_DATA_DIR="$inst/share")
if env "${install_env[@]}" HOME="$tmp/home" "$tmp/app/install.sh" > "$tmp/install.log" 2>&1 \
    && desktop="$inst/share/applications/roi-desktop.desktop" && [ -f "$desktop" ] \
    && [ -f "$inst/share/mime/packages/roi-desktop.xml" ] \
    && [ -f "$inst/share/icons/hicolor/256x256/apps/roi-desktop.png" ] \
    && [ -f "$inst/share/icons/hicolor/48x48/mimetypes/application-x-roi-desktop.png" ] \
    && exec_path=$(sed -n 's/^Exec="\(.*\)" %f$/\1/p' "$desktop") && [ -x "$exec_path" ] \
    && [ "$(env -i PATH=/usr/bin:/bin HOME="$tmp/home" QT_QPA_PLATFORM=offscreen ROI_DESKTOP_LOG_DIR="$tmp/logs" \
            "$inst/bin/roi-desktop" --version)" = "$expected" ]; then
    pass "install.sh: menu entry (Exec $exec_path), .roi MIME type, icons, command on PATH run"
    if command -v update-mime-database >/dev/null 2>&1; then
        grep -q '^[0-9]*:application/x-roi-desktop:\*\.roi' "$inst/share/mime/globs2" \
            && pass "shared MIME database: *.roi is application/x-roi-desktop" || fail "*.roi not in the MIME database"
    fi
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$desktop" && pass "desktop-file-validate: no problems" || fail "desktop-file-validate"
    fi
    env "${install_env[@]}" HOME="$tmp/home" "$inst/opt/roi-desktop/install.sh" --uninstall >> "$tmp/install.log" 2>&1
    # update-mime-database leaves its (regenerated) caches in share/mime: only our own traces count
    left=$( (find "$inst" -name "*roi*"; grep -rl "x-roi-desktop" "$inst/share/mime" 2>/dev/null || true) | sort -u)
    [ -z "$left" ] && pass "install.sh --uninstall: program, entry, MIME type and icons gone" \
        || { fail "install.sh --uninstall left:"; echo "$left" | head; }
else
    fail "install.sh:"; cat "$tmp/install.log"; ls -R "$inst" 2>/dev/null | head -30
fi

# --- every bundled Qt library and plugin finds the Qt libraries it links (a plugin whose library the spec
# dropped would be skipped by Qt at run time, silently: e.g. a Wayland shell without its integration) ---
missing_qt=$(cd "$tmp/app/_internal" && find . -name "*.so*" -type f | while read -r f; do
    LD_LIBRARY_PATH=$PWD ldd "$f" 2>/dev/null | awk -v f="$f" '/not found/ && $1 ~ /^libQt6/ { print f ": " $1 }'
done)
if [ -z "$missing_qt" ]; then
    pass "every bundled library finds the Qt libraries it links"
else
    fail "bundled libraries link Qt libraries the bundle lacks:"; echo "$missing_qt"
fi

# --- the resources of an installed wheel (the build venv has roi-desktop installed from its wheel) ---
wheel_sample=$(cd "$tmp/work" && env -i "$source_python" -c \
    "from roi_desktop.resources import resource_path as r; print(r('samples', 'telkom-polnoc-pl.roi'))" 2>&1) || true
case "$wheel_sample" in
    */site-packages/roi_desktop/resources/samples/telkom-polnoc-pl.roi) pass "installed wheel: resources at $wheel_sample" ;;
    *) fail "installed wheel: resource_path gave '$wheel_sample'" ;;
esac

# --- the log file lands in the user's data folder --------------------------------------------------
[ -f "$tmp/logs/roi-desktop.log" ] \
    && pass "log file at \$ROI_DESKTOP_LOG_DIR/roi-desktop.log" || fail "no log file in $tmp/logs"

echo "smoke-test: start time: --version ${version_ms} ms${screenshot_ms:+, --screenshot ${screenshot_ms} ms}"
[ ${#skipped[@]} -eq 0 ] || echo "smoke-test: skipped: ${skipped[*]}"
if [ "$failures" -ne 0 ]; then echo "smoke-test: $failures check(s) failed"; exit 1; fi
echo "smoke-test: all checks passed"
