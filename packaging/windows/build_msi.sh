#!/usr/bin/env bash
# Builds respite.msi from a Windows build (make windows) with msitools' wixl: stages respite.exe (stripped) and the
# build's text tzdata in a folder, then runs wixl there on packaging/windows/respite.wxs.
# Usage: build_msi.sh WINDOWS_BUILD_DIR OUT.msi   (RESPITE_MSI_VERSION=X.Y.Z overrides the version: upgrade tests)
set -euo pipefail
build=$(realpath "${1:?usage: build_msi.sh WINDOWS_BUILD_DIR OUT.msi}")
out=$(realpath -m "${2:?usage: build_msi.sh WINDOWS_BUILD_DIR OUT.msi}")
here=$(cd "$(dirname "$0")" && pwd)
command -v wixl >/dev/null || { echo "build_msi: wixl missing: run scripts/deps.sh --with-windows" >&2; exit 1; }
exe=$build/src/app/respite.exe
app=$build/src/app/respite-app.exe
[ -f "$exe" ] && [ -f "$app" ] || { echo "build_msi: $exe or $app missing: run make windows-app" >&2; exit 1; }
cache() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
version=${RESPITE_MSI_VERSION:-$(cache CMAKE_PROJECT_VERSION)}
tzdata=$(cache RESPITE_WINDOWS_TZDATA)
[ -f "$tzdata/version" ] && [ -f "$tzdata/windowsZones.xml" ] ||
    { echo "build_msi: no tzdata in '$tzdata' (RESPITE_WINDOWS_TZDATA of $build)" >&2; exit 1; }

stage=$(mktemp -d "${TMPDIR:-/tmp}/respite-msi.XXXXXX")
trap 'rm -rf "$stage"' EXIT
x86_64-w64-mingw32-strip -o "$stage/respite.exe" "$exe"
x86_64-w64-mingw32-strip -o "$stage/respite-app.exe" "$app"
mkdir "$stage/tzdata"
cp "$tzdata"/* "$stage/tzdata/"
mkdir -p "$(dirname "$out")"
# wixl finds the sources relative to the folder it runs in.
(cd "$stage" && wixl -a x64 -D Version="$version" -D StartExe=respite-app.exe -o "$out" "$here/respite.wxs")
echo "build_msi: $out ($(du -k "$out" | cut -f1) KB, Respite $version)"
