#!/usr/bin/env bash
# Fails when an OS or toolkit-port header or a platform macro appears outside an OS-named place (DESIGN.md §1):
# platform/<os>/, src/ui/<os>/ or a file named *_<os>.cpp / *_<os>.h. Then a Windows or macOS port is new folders
# and a CMake branch, never an edit of app, ui or core. Lists what it found, file by file.
set -uo pipefail
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2

os='linux|posix|gtk|unix|windows|msw|macos|fake'
headers='gtk/|gdk/|glib|gio/|X11/|unistd\.h|sys/|poll\.h|pwd\.h|fcntl\.h|malloc\.h|langinfo\.h|windows\.h|libnotify|libayatana|wayland'
macros='__linux__|__GLIBC__|__unix__|_WIN32|__WXGTK__|__WXMSW__|__WXOSX__|__APPLE__'
pattern="#[[:space:]]*include[[:space:]]*[<\"]($headers)|\\b($macros)\\b"

# Files another branch of issue 8 is moving into an OS-named place: reported, not failed, until it lands. An entry
# whose file holds no OS code any more fails, so the list only shrinks.
pending=(
)

allowed() {
    [[ $1 =~ ^(platform|src/ui)/($os)/ ]] || [[ $1 =~ _($os)\.(cpp|h)$ ]]
}

is_pending() {
    local p
    for p in "${pending[@]}"; do [[ $p == "$1" ]] && return 0; done
    return 1
}

found=()
while IFS= read -r file; do
    allowed "$file" || found+=("$file")
done < <(grep -rlE --include='*.cpp' --include='*.h' "$pattern" src platform | sort)

status=0
reported=()
for file in "${found[@]}"; do
    if is_pending "$file"; then
        reported+=("$file")
        continue
    fi
    if [ $status -eq 0 ]; then
        echo "OS or toolkit-port code outside platform/<os>/, src/ui/<os>/ or a *_<os>.cpp file (DESIGN.md §1):"
        status=1
    fi
    echo "  $file"
    grep -nE "$pattern" "$file" | sed 's/^/    /'
done
for file in "${reported[@]}"; do
    echo "pending (another branch moves it): $file"
    grep -nE "$pattern" "$file" | sed 's/^/    /'
done
for p in "${pending[@]}"; do
    if [ ! -e "$p" ]; then
        echo "note: $p, listed as pending, is gone: remove it from the list"
    elif ! printf '%s\n' "${reported[@]}" | grep -qxF "$p"; then
        echo "$p is listed as pending but holds no OS code any more: remove it from the list"
        status=1
    fi
done
[ $status -eq 0 ] && echo "OS and toolkit-port code only in OS-named places: ok"
exit $status
