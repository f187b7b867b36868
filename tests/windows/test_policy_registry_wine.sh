#!/usr/bin/env bash
# Registry policy under wine (issue 10): values written with `wine reg add` under HKLM and HKCU
# \Software\Policies\Respite lock their keys, HKLM wins, ...\Recommended sets defaults the user's file overrides,
# and `respite.exe config show --json` names the registry key as each one's source. A value of the wrong type or
# out of range is reported (key, value, reason) and ignored. Writing HKLM changes the whole (wine) machine, so this
# runs in the wine prefix of the installer test, not the shared one, and removes its keys again.
# Usage: test_policy_registry_wine.sh WINDOWS_BUILD_DIR
set -euo pipefail
build=$(realpath "${1:?usage: test_policy_registry_wine.sh WINDOWS_BUILD_DIR}")
exe=$build/src/app/respite.exe
[ -f "$exe" ] || { echo "policy test: $exe missing: run make windows" >&2; exit 1; }
export RESPITE_WINEPREFIX=${RESPITE_MACHINE_WINEPREFIX:-${RESPITE_WINDOWS_CACHE:-$HOME/.cache/respite-windows}/wineprefix-machine}
. "$(dirname "$0")/wine_env.sh"
failures=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

run=$(mktemp -d "${TMPDIR:-/tmp}/respite-wine-policy.XXXXXX")
keys=('HKLM\Software\Policies\Respite' 'HKCU\Software\Policies\Respite')
# wine sets %APPDATA% from its own profile whatever the caller's environment says: the user's file goes there.
user_dir="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/respite"
cleanup() {
    for k in "${keys[@]}"; do wine reg delete "$k" /f >/dev/null 2>&1 || true; done
    wineserver -w || true
    rm -rf "$run" "$user_dir"
}
trap cleanup EXIT
cleanup_keys() { for k in "${keys[@]}"; do wine reg delete "$k" /f >/dev/null 2>&1 || true; done; }
cleanup_keys
cp "$exe" "$run/respite.exe"
cp -r "$(wine_tzdata "$build")" "$run/tzdata"
mkdir -p "$user_dir"
printf '[micro_break]\nevery = "30m"\n[rest_break]\nevery = "70m"\n' >"$user_dir/config.toml"
reg() { wine reg add "$@" /f >/dev/null 2>&1 || fail "wine reg add $*"; }

reg 'HKLM\Software\Policies\Respite' /v micro_break.every /t REG_DWORD /d 1500
reg 'HKCU\Software\Policies\Respite' /v micro_break.every /t REG_DWORD /d 900
reg 'HKCU\Software\Policies\Respite' /v prompts.strict /t REG_DWORD /d 1
reg 'HKLM\Software\Policies\Respite' /v workday.start /t REG_SZ /d 08:30
reg 'HKLM\Software\Policies\Respite' /v sound.volume /t REG_DWORD /d 400
reg 'HKLM\Software\Policies\Respite' /v breathing.pattern /t REG_DWORD /d 2
reg 'HKLM\Software\Policies\Respite\Recommended' /v rest_break.every /t REG_SZ /d 1h
reg 'HKLM\Software\Policies\Respite\Recommended' /v focus.work /t REG_DWORD /d 2400
wineserver -w

(cd "$run" && wine ./respite.exe config show --json >"$run/show.json" 2>"$run/show.err") || fail "config show --json exited non-zero"
tr -d '\r' <"$run/show.err" >"$run/err.txt"
python3 - "$run/show.json" "$run/err.txt" <<'PY' || failures=$((failures + 1))
import json, sys
show = json.load(open(sys.argv[1], encoding="utf-8"))
err = open(sys.argv[2], encoding="utf-8").read()
hklm, hkcu = "HKLM\\Software\\Policies\\Respite", "HKCU\\Software\\Policies\\Respite"
want = {
    "micro_break.every": ("25m", "policy", hklm, True),       # HKLM wins over HKCU and over the user's 30m
    "prompts.strict": (True, "policy", hkcu, True),
    "workday.start": ("08:30", "policy", hklm, True),
    "rest_break.every": ("1h10m", "user", None, False),      # the user's file overrides a recommended value
    "focus.work": ("40m", "defaults", hklm + "\\Recommended", False),
}
bad = 0
for key, (value, source, where, locked) in want.items():
    got = show[key]
    ok = got["value"] == value and got["source"] == source and got["locked"] == locked and (
        where is None or got["file"] == where)
    print(("ok: " if ok else "FAIL: ") + f"{key}: {got}")
    bad += not ok
for key, text in (("sound.volume", "sound.volume = 400 (REG_DWORD): 'sound.volume' must be between 0 and 100"),
                  ("breathing.pattern", "breathing.pattern = 2 (REG_DWORD): 'breathing.pattern' must be text (REG_SZ)")):
    ok = (hklm + ": error: " + text) in err and show[key]["locked"] and show[key]["source"] != "policy"
    print(("ok: " if ok else "FAIL: ") + f"{key} reported and ignored: {show[key]}")
    bad += not ok
if bad:
    print("stderr was:\n" + err)
sys.exit(1 if bad else 0)
PY
# The table names the registry key in the FILE column.
(cd "$run" && wine ./respite.exe config show 2>/dev/null | tr -d '\r' >"$run/show.txt") || true
if grep -qE '^micro_break\.every +25m +policy +yes +HKLM\\Software\\Policies\\Respite$' "$run/show.txt"; then
    pass "config show: micro_break.every locked by HKLM\\Software\\Policies\\Respite"
else
    fail "config show lacks the locked registry row: $(grep micro_break.every "$run/show.txt")"
fi
# `config set` refuses a key the registry locks, naming it.
out=$(cd "$run" && wine ./respite.exe config set micro_break.every 10m 2>&1 | tr -d '\r') && status=0 || status=$?
if [ "$status" = 1 ] && grep -qF 'locked by policy (HKLM\Software\Policies\Respite)' <<<"$out"; then
    pass "config set refused: $out"
else
    fail "config set micro_break.every: exit $status, '$out'"
fi

if [ $failures -eq 0 ]; then echo "windows policy tests: all passed"; else echo "windows policy tests: $failures failed" >&2; fi
[ $failures -eq 0 ]
