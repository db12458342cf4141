#!/usr/bin/env bash
# Install the system packages roi-desktop needs on Debian or Ubuntu, only those that are missing:
# python3-venv (to create .venv) and the libraries Qt 6 loads (also headless, for the tests).
# With --test it adds what the test suite uses as well: LibreOffice Calc (a real spreadsheet program
# recalculates the exported workbook), LibreOffice Impress (opens the exported deck) and poppler-utils
# (pdftoppm, to look at report pages).
# Elsewhere it prints what to install and carries on.
set -u
packages=(python3-venv libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
          libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1
          fonts-dejavu-core)
if [ "${1:-}" = "--test" ]; then
    packages+=(libreoffice-calc-nogui libreoffice-impress-nogui poppler-utils)
fi
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: not a Debian/Ubuntu system; make sure Python 3.11+ with venv and Qt 6's libraries are installed."
    exit 0
fi
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        # python3-venv may be provided by a versioned package (python3.11-venv): ensurepip is what matters
        if [ "$p" = python3-venv ] && python3 -c "import ensurepip, venv" 2>/dev/null; then continue; fi
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
        echo "system-deps: please install as root: apt-get install ${missing[*]}"; exit 1
    fi
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || true
# a package this release does not have (names differ a little between releases) must not stop the rest
if ! $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    for p in "${missing[@]}"; do
        $sudo apt-get install -y -qq --no-install-recommends "$p" >/dev/null 2>&1 || echo "system-deps: could not install $p"
    done
fi
exit 0
