#!/bin/sh
# Install roi-desktop from this unpacked folder: for you alone, or for everyone when run as root.
#   ./install.sh              install (or update)
#   ./install.sh --uninstall  remove it again (your projects and reports stay where they are)
# For you:      program in ~/.local/opt/roi-desktop, command ~/.local/bin/roi-desktop, menu entry,
#               icon and the .roi file type in ~/.local/share.
# For everyone: /opt/roi-desktop, /usr/local/bin/roi-desktop, /usr/local/share.
# ROI_DESKTOP_PREFIX, ROI_DESKTOP_BIN_DIR and ROI_DESKTOP_DATA_DIR change those folders.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then
    prefix=${ROI_DESKTOP_PREFIX:-/opt/roi-desktop}
    bin_dir=${ROI_DESKTOP_BIN_DIR:-/usr/local/bin}
    data_dir=${ROI_DESKTOP_DATA_DIR:-/usr/local/share}
else
    prefix=${ROI_DESKTOP_PREFIX:-$HOME/.local/opt/roi-desktop}
    bin_dir=${ROI_DESKTOP_BIN_DIR:-$HOME/.local/bin}
    data_dir=${ROI_DESKTOP_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}}
fi
sizes="16 32 48 64 128 256 512"

refresh_caches() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data_dir/mime" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data_dir/applications" >/dev/null 2>&1 || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_dir/icons/hicolor" >/dev/null 2>&1 || true
}

uninstall() {
    rm -f "$bin_dir/roi-desktop" "$data_dir/applications/roi-desktop.desktop" \
          "$data_dir/mime/packages/roi-desktop.xml" "$data_dir/icons/hicolor/scalable/apps/roi-desktop.svg" \
          "$data_dir/icons/hicolor/scalable/mimetypes/application-x-roi-desktop.svg"
    for s in $sizes; do
        rm -f "$data_dir/icons/hicolor/${s}x${s}/apps/roi-desktop.png" \
              "$data_dir/icons/hicolor/${s}x${s}/mimetypes/application-x-roi-desktop.png"
    done
    case "$prefix" in */roi-desktop) rm -rf "$prefix" ;; esac  # never a folder not made for us
    refresh_caches
    echo "roi-desktop removed."
}

if [ "${1:-}" = "--uninstall" ]; then uninstall; exit 0; fi
[ -x "$here/roi-desktop" ] || { echo "install.sh: run it from the unpacked roi-desktop folder"; exit 1; }

if [ "$here" != "$prefix" ]; then
    case "$prefix" in */roi-desktop) ;; *) echo "install.sh: the program folder must end in /roi-desktop"; exit 1 ;; esac
    rm -rf "$prefix.new"
    mkdir -p "$prefix.new"
    cp -a "$here/." "$prefix.new/"
    rm -rf "$prefix"
    mv "$prefix.new" "$prefix"
fi
mkdir -p "$bin_dir" "$data_dir/applications" "$data_dir/mime/packages" \
         "$data_dir/icons/hicolor/scalable/apps" "$data_dir/icons/hicolor/scalable/mimetypes"
ln -sf "$prefix/roi-desktop" "$bin_dir/roi-desktop"
share="$prefix/share"
sed "s|^Exec=.*|Exec=\"$prefix/roi-desktop\" %f|; s|^TryExec=.*|TryExec=$prefix/roi-desktop|" \
    "$share/applications/roi-desktop.desktop" > "$data_dir/applications/roi-desktop.desktop"
cp "$share/mime/packages/roi-desktop.xml" "$data_dir/mime/packages/roi-desktop.xml"
cp "$share/icons/hicolor/scalable/apps/roi-desktop.svg" "$data_dir/icons/hicolor/scalable/apps/"
cp "$share/icons/hicolor/scalable/apps/roi-desktop.svg" \
   "$data_dir/icons/hicolor/scalable/mimetypes/application-x-roi-desktop.svg"
for s in $sizes; do
    mkdir -p "$data_dir/icons/hicolor/${s}x${s}/apps" "$data_dir/icons/hicolor/${s}x${s}/mimetypes"
    cp "$share/icons/hicolor/${s}x${s}/apps/roi-desktop.png" "$data_dir/icons/hicolor/${s}x${s}/apps/"
    cp "$share/icons/hicolor/${s}x${s}/apps/roi-desktop.png" \
       "$data_dir/icons/hicolor/${s}x${s}/mimetypes/application-x-roi-desktop.png"
done
refresh_caches
echo "roi-desktop installed in $prefix: find it in your applications menu, or run $bin_dir/roi-desktop."
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "($bin_dir is not on your PATH: the menu entry works regardless.)" ;; esac
