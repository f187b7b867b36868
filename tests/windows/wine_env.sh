# Sourced by the scripts of tests/windows/: wine for console programs (no display), one wine prefix kept in the
# cache (wineboot is slow), and the tzdata of a build.
#   wine_tzdata BUILD   prints the build's RESPITE_WINDOWS_TZDATA (date/tz's text database) or fails
command -v wine >/dev/null || { echo "wine tests: wine missing: run scripts/deps.sh --with-windows" >&2; exit 1; }
export WINEPREFIX=${RESPITE_WINEPREFIX:-${RESPITE_WINDOWS_CACHE:-$HOME/.cache/respite-windows}/wineprefix}
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Console programs need no display; without one, wineboot does not try to show its dialogs.
unset DISPLAY WAYLAND_DISPLAY
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "wine tests: creating the wine prefix $WINEPREFIX" >&2
    mkdir -p "$WINEPREFIX"
    wineboot --init >/dev/null 2>&1 || true
    wineserver -w
fi

wine_tzdata() {
    local tz
    tz=$(sed -n "s/^RESPITE_WINDOWS_TZDATA:[A-Z]*=//p" "$1/CMakeCache.txt")
    [ -f "$tz/version" ] || { echo "wine tests: no tzdata in '$tz' (RESPITE_WINDOWS_TZDATA of $1)" >&2; return 1; }
    echo "$tz"
}
