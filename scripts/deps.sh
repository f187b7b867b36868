#!/usr/bin/env bash
# Installs the Debian 12 packages Respite needs to build and test, only when some are missing.
set -euo pipefail
build_pkgs=(build-essential cmake pkg-config clang clang-format libclang-rt-14-dev
    libwxgtk3.2-dev libnotify-dev libboost-dev doctest-dev libhowardhinnant-date-dev libtomlplusplus-dev
    libayatana-appindicator3-dev nlohmann-json3-dev libcli11-dev libcanberra-dev libxss-dev libx11-dev libxext-dev libwayland-dev libsqlite3-dev gettext tzdata ccache)
test_pkgs=(xvfb xauth dbus dbus-x11 python3 python3-dbusmock python3-gi python3-dbus xdotool imagemagick openbox
    procps tigervnc-standalone-server at-spi2-core gir1.2-atspi-2.0
    lintian rpm rpmlint desktop-file-utils appstream mmdebstrap libxml2-utils)
# bench/footprint.sh: Workrave to compare with, a real tray host (xfce4-panel's systray serves SNI and XEmbed),
# python3-xlib to watch X events, dbusmock as the notification daemon, gdbus to call Workrave.
bench_pkgs=(hyperfine workrave xfce4-panel python3-xlib python3-dbusmock libglib2.0-bin xvfb dbus procps coreutils)
# The Windows cross build (make windows) and its tests under wine: mingw-w64 (-posix threads), zlib for mingw,
# dpkg-dev for `apt-get source` (scripts/build_windows_deps.sh), unicode-cldr-core for windowsZones.xml,
# tcl for SQLite's amalgamation (made from Debian's source), wine to run the tests, msitools and wixl for the MSI.
windows_pkgs=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-tools
    libz-mingw-w64-dev dpkg-dev unicode-cldr-core tcl wine wine64 msitools wixl xvfb xauth)
want=("${build_pkgs[@]}")
for arg in "$@"; do
    case "$arg" in
    --with-test) want+=("${test_pkgs[@]}") ;;
    --with-bench) want+=("${bench_pkgs[@]}") ;;
    --with-windows) want+=("${windows_pkgs[@]}") ;;
    *) echo "deps: unknown option $arg (use --with-test, --with-bench, --with-windows)" >&2; exit 2 ;;
    esac
done
missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "deps: run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
