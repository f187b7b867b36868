#!/usr/bin/env bash
# Builds the .deb and the .rpm: a build tree configured for the /usr prefix (the paths written into the
# desktop entries are then the installed ones), then CPack. Usage: build_packages.sh [BUILD_DIR]
# (default: build-package beside the source). Prints the paths of the packages, one a line.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build-package}
jobs=${JOBS:-$(nproc)}
mkdir -p "$build"
log=$build/package
cmake -S "$src" -B "$build" -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DRESPITE_WERROR=OFF >"$log-configure.log" 2>&1 || { cat "$log-configure.log" >&2; exit 1; }
cmake --build "$build" -j"$jobs" >"$log-build.log" 2>&1 || { tail -50 "$log-build.log" >&2; exit 1; }
rm -rf "$build/packages"
(cd "$build" && cpack -G "DEB;RPM" >"$log-cpack.log" 2>&1) || { cat "$log-cpack.log" >&2; exit 1; }
ls "$build"/packages/*.deb "$build"/packages/*.rpm
