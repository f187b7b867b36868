#!/usr/bin/env bash
# respite.exe's own tests under wine: it is static (imports only Windows' system DLLs), --version answers, and
# `config check` reports a broken file as FILE:LINE:COLUMN with the Windows path it was given.
# Usage: test_cli_windows.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: test_cli_windows.sh BUILD_DIR}
exe=$(realpath "$build/src/app/respite.exe")
[ -f "$exe" ] || { echo "windows cli tests: $exe missing: run make windows" >&2; exit 1; }
. "$(dirname "$0")/wine_env.sh"
failures=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# 1. Static: nothing but DLLs every Windows has (no libstdc++, libgcc, libwinpthread, zlib or wx DLL beside it).
system_dlls='^(KERNEL32|msvcrt|ADVAPI32|SHELL32|ole32|WS2_32|MSWSOCK|USER32|bcrypt)\.dll$'
dlls=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^[[:space:]]*DLL Name: //p')
[ -n "$dlls" ] || fail "objdump found no imports in $exe"
others=$(grep -viE "$system_dlls" <<<"$dlls" || true)
if [ -z "$others" ]; then pass "imports only system DLLs: $(tr '\n' ' ' <<<"$dlls")"; else fail "imports non-system DLLs: $others"; fi

run=$(mktemp -d "${TMPDIR:-/tmp}/respite-wine-cli.XXXXXX")
trap 'rm -rf "$run"' EXIT
winrun=$(winepath -w "$run" 2>/dev/null)
respite() { (cd "$run" && wine "$exe" "$@"); }

# 2. --version: the project's version.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build/CMakeCache.txt")
got=$(respite --version 2>&1 | tr -d '\r')
if [ "$got" = "respite $version" ]; then pass "--version: $got"; else fail "--version printed '$got', not 'respite $version'"; fi

# 3. config check: FILE:LINE:COLUMN on the Windows path, exit 2; a good file passes with exit 0.
mkdir -p "$run/My Config"
printf '[micro_break]\nevery = "soon"\n' >"$run/My Config/bad.toml"
printf '[micro_break\nevery = "5m"\n' >"$run/My Config/syntax.toml"
printf '[micro_break]\nevery = "5m"\n' >"$run/My Config/good.toml"
check() { # FILE EXPECTED_EXIT EXPECTED_TEXT
    local file="$winrun\\My Config\\$1" out status=0
    respite config check "$file" >"$run/out.txt" 2>&1 || status=$?
    out=$(tr -d '\r' <"$run/out.txt")
    if [ "$status" = "$2" ] && grep -qF -- "$3" <<<"$out"; then
        pass "config check $1: $out"
    else
        fail "config check $1: exit $status (expected $2), output '$out' lacks '$3'"
    fi
}
check bad.toml 2 "$winrun\\My Config\\bad.toml:2:9: error: 'micro_break.every': malformed duration \"soon\""
check syntax.toml 2 "$winrun\\My Config\\syntax.toml:1:13: error: bad TOML in table header"
check good.toml 0 ""

# 3b. A folder name outside every ANSI code page reaches respite.exe intact: argv is read from the UTF-16 command
# line and taken as UTF-8, the file opens through the wide API, and the message spells the path in UTF-8.
uni="\xc3\x9cbung \xe6\x97\xa5\xe6\x9c\xac" # "Übung 日本"
uni=$(printf "$uni")
mkdir -p "$run/$uni"
printf '[micro_break]\nevery = "soon"\n' >"$run/$uni/bad.toml"
status=0
LC_ALL=C.UTF-8 respite config check "$winrun\\$uni\\bad.toml" >"$run/out.txt" 2>&1 || status=$?
out=$(tr -d '\r' <"$run/out.txt")
want="$winrun\\$uni\\bad.toml:2:9: error: 'micro_break.every'"
if [ "$status" = 2 ] && grep -qF -- "$want" <<<"$out"; then pass "config check on a non-ASCII path: $out"; else fail "config check on a non-ASCII path: exit $status, '$out' lacks '$want'"; fi
printf '[micro_break]\nevery = "5m"\n' >"$run/$uni/good.toml"
status=0
LC_ALL=C.UTF-8 respite plan --hours 1 --config "$winrun\\$uni\\good.toml" >"$run/out.txt" 2>&1 || status=$?
out=$(tr -d '\r' <"$run/out.txt")
if [ "$status" = 0 ] && grep -q "micro" <<<"$out"; then pass "plan --config reads a non-ASCII path"; else fail "plan --config on a non-ASCII path: exit $status, '$out'"; fi

# 4. The user's layer is %APPDATA%\respite\config.toml, the Known Folder (wine sets %APPDATA% from it and ignores
# the Unix environment's, so this test uses the test prefix's own profile, and restores it).
appdata_win=$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r' | tail -1)
appdata=$(winepath -u "$appdata_win" 2>/dev/null)
user_file=$appdata/respite/config.toml
[ ! -e "$user_file" ] || mv "$user_file" "$run/saved-config.toml"
mkdir -p "$appdata/respite"
printf '[rest_break]\nevery = "often"\n' >"$user_file"
out=$(respite config check 2>&1 | tr -d '\r') || true
rm -f "$user_file"
[ ! -e "$run/saved-config.toml" ] || mv "$run/saved-config.toml" "$user_file"
want="$appdata_win\\respite\\config.toml:2:9:"
if grep -qF -- "$want" <<<"$out"; then pass "config check reads %APPDATA%\\respite\\config.toml: $out"; else fail "config check without FILE: '$out' lacks '$want'"; fi

# 5. A live command with no app running: the pipe client finds no \\.\pipe\respite-<SID> and says so, exit 1.
status=0
respite status >"$run/out.txt" 2>&1 || status=$?
out=$(tr -d '\r' <"$run/out.txt")
if [ "$status" = 1 ] && grep -qF "the app is not running" <<<"$out"; then pass "status without an app: $out"; else fail "status without an app: exit $status, '$out'"; fi

wineserver -w || true
if [ $failures -eq 0 ]; then echo "windows cli tests: all passed"; else echo "windows cli tests: $failures failed" >&2; fi
exit $((failures > 0))
