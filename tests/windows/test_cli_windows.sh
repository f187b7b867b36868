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
# A private profile: %APPDATA% and %LOCALAPPDATA% in the run folder, so no layer of the real prefix counts.
winrun=$(winepath -w "$run" 2>/dev/null)
respite() { (cd "$run" && wine "$exe" "$@"); }
export APPDATA="$winrun\\Roaming" LOCALAPPDATA="$winrun\\Local"

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

# 4. The user's layer is %APPDATA%\respite\config.toml: `config check` without a file reads it.
mkdir -p "$run/Roaming/respite"
printf '[rest_break]\nevery = "often"\n' >"$run/Roaming/respite/config.toml"
out=$(respite config check 2>&1 | tr -d '\r') || true
want="$winrun\\Roaming\\respite\\config.toml:2:9:"
if grep -qF -- "$want" <<<"$out"; then pass "config check reads %APPDATA%\\respite\\config.toml"; else fail "config check without FILE: '$out' lacks '$want'"; fi

wineserver -w || true
if [ $failures -eq 0 ]; then echo "windows cli tests: all passed"; else echo "windows cli tests: $failures failed" >&2; fi
exit $((failures > 0))
