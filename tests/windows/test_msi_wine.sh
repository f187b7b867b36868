#!/usr/bin/env bash
# respite.msi under wine (issue 10): `msiexec /i respite.msi /qn` installs respite.exe and tzdata\ into Program
# Files\Respite, the Start-menu shortcut and the all-users autostart (HKLM ...\Run); the installed respite.exe
# runs; `msiexec /x` removes every file, folder and value again; AUTOSTART=0 installs without the Run value.
# Installing changes the whole (wine) machine, so this runs in a wine prefix of its own, not the shared one.
# With NEWER.MSI (the same package at a higher version), also: installing it over the first replaces it (a
# major upgrade: one Respite in Programs and Features), and its uninstall leaves nothing.
# Usage: test_msi_wine.sh RESPITE.MSI [NEWER.MSI]
set -euo pipefail
msi=$(realpath "${1:?usage: test_msi_wine.sh RESPITE.MSI [NEWER.MSI]}")
newer=${2:+$(realpath "$2")}
[ -f "$msi" ] || { echo "msi test: $msi missing: run make windows-msi" >&2; exit 1; }
export RESPITE_WINEPREFIX=${RESPITE_MACHINE_WINEPREFIX:-${RESPITE_WINDOWS_CACHE:-$HOME/.cache/respite-windows}/wineprefix-machine}
. "$(dirname "$0")/wine_env.sh"
failures=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

dir="$WINEPREFIX/drive_c/Program Files/Respite"
# Windows puts a per-machine package's shortcut into the all-users Start menu; wine 8's msi resolves
# ProgramMenuFolder to the installing user's even with ALLUSERS=1. Either counts, and neither may stay behind.
shortcuts=("$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Respite.lnk"
    "$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Respite.lnk")
shortcut_present() { [ -f "${shortcuts[0]}" ] || [ -f "${shortcuts[1]}" ]; }
run_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Run'
run_value() { { wine reg query "$run_key" /v Respite 2>/dev/null || true; } | tr -d '\r' | sed -n 's/^ *Respite *REG_SZ *//p'; }
own_key() { wine reg query 'HKLM\Software\Respite' >/dev/null 2>&1; }
msiexec() { # ARGS...: wine msiexec, its exit status
    local status=0
    wine msiexec "$@" >/dev/null 2>&1 || status=$?
    wineserver -w
    return $status
}

# A run that died half-way may have left an installation: start from none.
[ -e "$dir/respite.exe" ] && msiexec /x "$msi" /qn || true

# 1. Silent install.
if msiexec /i "$msi" /qn; then pass "msiexec /i /qn"; else fail "msiexec /i /qn exited non-zero"; fi
for f in respite.exe respite-app.exe tzdata/version tzdata/europe tzdata/windowsZones.xml; do
    if [ -s "$dir/$f" ]; then pass "installed $f"; else fail "not installed: Program Files\\Respite\\$f"; fi
done
if shortcut_present; then pass "Start-menu shortcut"; else fail "no Start-menu shortcut (${shortcuts[*]})"; fi
got=$(run_value)
if [ "$got" = '"C:\Program Files\Respite\respite-app.exe"' ]; then pass "HKLM Run value: $got"; else fail "HKLM Run value is '$got'"; fi
version=$(cd "$dir" && wine ./respite.exe --version 2>&1 | tr -d '\r') || true
if [[ $version == "respite "* ]]; then pass "installed respite.exe runs: $version"; else fail "installed respite.exe --version: '$version'"; fi

# 2. Uninstall: no file, folder, shortcut or value left.
if msiexec /x "$msi" /qn; then pass "msiexec /x /qn"; else fail "msiexec /x /qn exited non-zero"; fi
if [ ! -e "$dir" ]; then pass "Program Files\\Respite removed"; else fail "left behind: $(find "$dir" | head -5 | tr '\n' ' ')"; fi
if ! shortcut_present; then pass "shortcut removed"; else fail "shortcut left behind"; fi
got=$(run_value)
if [ -z "$got" ]; then pass "HKLM Run value removed"; else fail "HKLM Run value left: $got"; fi
if ! own_key; then pass "HKLM\\Software\\Respite removed"; else fail "HKLM\\Software\\Respite left behind"; fi

# 3. AUTOSTART=0: the program, no Run value; the uninstall still removes everything.
if msiexec /i "$msi" /qn AUTOSTART=0; then pass "msiexec /i /qn AUTOSTART=0"; else fail "AUTOSTART=0 install exited non-zero"; fi
if [ -s "$dir/respite.exe" ]; then pass "AUTOSTART=0 installs respite.exe"; else fail "AUTOSTART=0: respite.exe missing"; fi
got=$(run_value)
if [ -z "$got" ]; then pass "AUTOSTART=0: no Run value"; else fail "AUTOSTART=0 wrote the Run value: $got"; fi
msiexec /x "$msi" /qn || fail "uninstall after AUTOSTART=0 exited non-zero"
if [ ! -e "$dir" ]; then pass "AUTOSTART=0 install removed"; else fail "AUTOSTART=0 uninstall left $dir"; fi

# 4. Major upgrade: the newer package replaces the older one in place.
products() { { wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null || true; } |
    tr -d '\r' | grep -cE '^ *DisplayName +REG_SZ +Respite$' || true; }
if [ -n "$newer" ]; then
    msiexec /i "$msi" /qn || fail "install before the upgrade exited non-zero"
    if msiexec /i "$newer" /qn; then pass "msiexec /i NEWER /qn over the older"; else fail "the upgrade exited non-zero"; fi
    n=$(products)
    if [ "$n" = 1 ]; then pass "one Respite installed after the upgrade"; else fail "$n Respite products after the upgrade"; fi
    if [ -s "$dir/respite.exe" ] && [ -n "$(run_value)" ]; then pass "upgraded: files and Run value present"; else fail "upgrade lost files or the Run value"; fi
    msiexec /x "$newer" /qn || fail "uninstall of the upgrade exited non-zero"
    n=$(products)
    if [ ! -e "$dir" ] && [ -z "$(run_value)" ] && [ "$n" = 0 ]; then pass "upgrade uninstalled: nothing left"; else fail "after the upgrade's uninstall: $n products, files or Run value left"; fi
fi

echo "msi: $(du -k "$msi" | cut -f1) KB"
if [ $failures -eq 0 ]; then echo "windows msi tests: all passed"; else echo "windows msi tests: $failures failed" >&2; fi
[ $failures -eq 0 ]
