#!/usr/bin/env bash
# The .deb in a clean Debian 12 (issue 9): a minimal root made by mmdebstrap from the mirror this machine's apt
# uses; inside it apt installs the package (dependencies from the mirror), the command line works, the
# autostart entry and icons are where desktops look, a policy locks keys, and a purge removes every file the
# package installed (its conffile too) but leaves the administrator's own policy file.
# Usage: test_clean_install.sh PACKAGES_DIR. Needs root (mmdebstrap, chroot). Exit 77 = skipped.
# The base root is cached in ~/.cache/respite-ci/ by suite, with the downloaded dependencies, so a second
# run needs the network only for the package lists.
set -euo pipefail
started=$(date +%s)
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root for mmdebstrap and chroot"; exit 77; }
deb=$(ls "$1"/respite_*.deb)
suite=bookworm
cache=${XDG_CACHE_HOME:-$HOME/.cache}/respite-ci
mkdir -p "$cache/$suite-archives"

# The Debian entries of this machine's apt sources (one-line and deb822 formats), as a sources.list.
sources=$(mktemp)
/usr/bin/python3 - "$sources" <<'PY'
import glob, re, sys
out = []
for path in ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*")):
    try:
        text = open(path).read()
    except OSError:
        continue
    if path.endswith(".sources"):
        for para in re.split(r"\n\s*\n", text):
            f = dict(re.findall(r"^(\w[\w-]*):\s*(.*)$", para, re.M))
            if f.get("Types", "deb").split()[0] == "deb" and f.get("Enabled", "yes") != "no":
                for uri in f.get("URIs", "").split():
                    for s in f.get("Suites", "").split():
                        out.append((uri, s, f.get("Components", "main")))
    else:
        for line in text.splitlines():
            m = re.match(r"^deb\s+(?:\[[^]]*\]\s+)?(\S+)\s+(\S+)\s+(.*)$", line.strip())
            if m:
                out.append(m.groups())
debian = [e for e in out if re.match(r"^(bookworm)(-updates|-security)?$", e[1]) and "debian" in e[0]]
if not debian:
    sys.exit("no Debian bookworm entry in /etc/apt/sources.list*")
open(sys.argv[1], "w").write("".join(f"deb {u} {s} {c}\n" for u, s, c in debian))
PY
echo "mirror:"; sed 's/^/  /' "$sources"

base=$cache/$suite-base.tar
if [ ! -s "$base" ]; then
    echo "making the $suite base root (cached in $base)"
    timeout 900 mmdebstrap --quiet --mode=root --variant=apt --format=tar "$suite" "$base.part" "$sources"
    mv "$base.part" "$base"
fi

root=$(mktemp -d /tmp/respite-clean-install.XXXXXX)
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root" "$sources"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
rm -f "$root"/etc/apt/sources.list.d/*
cp "$sources" "$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/"
find "$cache/$suite-archives" -name '*.deb' -exec cp {} "$root/var/cache/apt/archives/" \;
in_root() {
    timeout 600 chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
fail() { echo "FAIL: $*" >&2; exit 1; }

in_root apt-get -qq update
in_root apt-get install -y -qq --no-install-recommends -o APT::Keep-Downloaded-Packages=true -o Dpkg::Use-Pty=0 \
    "/tmp/$(basename "$deb")" >"$root/tmp/install.log" 2>&1 || { cat "$root/tmp/install.log"; fail "apt install"; }
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/$suite-archives/" 2>/dev/null || true
echo "installed with $(grep -c '^Setting up' "$root/tmp/install.log") packages set up"
echo "installed size: $(in_root dpkg-query -W -f='${Installed-Size}' respite) KiB"

version=$(in_root respite --version)
[ "$version" = "respite $(dpkg-deb -f "$deb" Version)" ] || fail "respite --version said '$version'"
[ "$(in_root respite config check)" = ok ] || fail "config check"
in_root respite plan --hours 2 >"$root/tmp/plan.txt" || fail "plan"
grep -q 'break_prompt' "$root/tmp/plan.txt" || { cat "$root/tmp/plan.txt"; fail "plan shows no break"; }
echo "respite --version, config check and plan --hours 2 work ($(wc -l <"$root/tmp/plan.txt") plan lines)"

# Where desktops look: the autostart entry (a conffile), the menu entry, the icon theme, the AppStream data.
autostart=/etc/xdg/autostart/respite.desktop
[ -f "$root$autostart" ] || fail "no $autostart"
in_root dpkg-query -W -f='${Conffiles}\n' respite | grep -q " $autostart " || fail "$autostart is not a conffile"
exec_path=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root$autostart")
if [ -e "$root/usr/libexec/respite/respite-app" ]; then
    [ "$exec_path" = /usr/libexec/respite/respite-app ] || fail "autostart Exec=$exec_path"
else
    echo "note: respite-app is not packaged yet (issue 12); the autostart entry names $exec_path"
fi
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256; do
    [ -f "$root/usr/share/icons/hicolor/$size/apps/respite.png" ] || fail "no $size icon"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/respite.svg" ] || fail "no scalable icon"
[ -f "$root/usr/share/applications/respite.desktop" ] || fail "no menu entry"
[ -f "$root/usr/share/metainfo/io.github.respite.Respite.metainfo.xml" ] || fail "no metainfo"
in_root respite autostart status | grep -q "^on (system-wide entry $autostart)" || fail "autostart status"
echo "autostart entry, menu entry, icons (8 sizes + scalable) and metainfo in place"

# The administrator locks two keys.
mkdir -p "$root/etc/xdg/respite"
printf '[micro_break]\nevery = "25m"\n\n[app]\nautostart = true\n' >"$root/etc/xdg/respite/policy.toml"
in_root respite config show --json >"$root/tmp/show.json"
/usr/bin/python3 - "$root/tmp/show.json" <<'PY' || fail "config show --json does not report the policy"
import json, sys
show = json.load(open(sys.argv[1]))
assert show["micro_break.every"] == {"value": "25m", "source": "policy", "file": "/etc/xdg/respite/policy.toml",
                                     "locked": True}, show["micro_break.every"]
assert show["app.autostart"]["locked"] is True and show["app.autostart"]["value"] is True
assert show["rest_break.every"]["locked"] is False
PY
if in_root respite autostart off 2>"$root/tmp/refusal.txt"; then fail "autostart off was not refused"; fi
grep -q "policy" "$root/tmp/refusal.txt" || fail "the refusal does not say why"
echo "policy.toml: config show --json reports the keys locked; autostart off refused: $(cat "$root/tmp/refusal.txt")"

# Purge: nothing the package installed remains, the conffile included; the admin's policy stays.
in_root dpkg-query -L respite >"$root/tmp/files.txt"
in_root apt-get purge -y -qq -o Dpkg::Use-Pty=0 respite >/dev/null
left=0
while read -r f; do
    if [ -f "$root$f" ] || [ -L "$root$f" ]; then
        echo "left after purge: $f" >&2
        left=1
    fi
done <"$root/tmp/files.txt"
[ $left -eq 0 ] || fail "files left after purge"
[ ! -e "$root$autostart" ] || fail "$autostart left after purge"
[ -f "$root/etc/xdg/respite/policy.toml" ] || fail "purge removed the administrator's policy.toml"
echo "purged: none of the $(wc -l <"$root/tmp/files.txt") paths remain; /etc/xdg/respite/policy.toml kept"
echo "clean install test passed in $(($(date +%s) - started)) s"
