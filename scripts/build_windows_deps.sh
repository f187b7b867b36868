#!/usr/bin/env bash
# Builds the third-party libraries of the Windows cross build from Debian's own source packages, into prefixes
# cached under folders keyed by the versions, and does nothing when those prefixes are complete (a stamp file).
#   wxWidgets 3.2 (MSW, static, core+base only), libpng (wx's PNG handler; zlib is libz-mingw-w64-dev),
#   howardhinnant-date's tz.cpp (Debian ships it only compiled for Linux), the IANA tzdata as text
#   (date/tz on Windows parses the text files) with windowsZones.xml from unicode-cldr-core, and SQLite (the
#   history store; its amalgamation made from Debian's source with the machine's tclsh, then cross-compiled).
# Each has its own prefix, so adding or changing one never rebuilds the others (wxWidgets takes 20 minutes).
# The sources are fetched with `apt-get source` through a PRIVATE apt state (own sources list of deb-src lines
# derived from the machine's, own lists and cache): the machine's apt configuration is never changed.
# The versions are those of the Debian packages the Linux build uses, so both builds run the same code.
# Usage: build_windows_deps.sh [--cmake-cache FILE]   (FILE: a CMake initial cache naming the prefixes)
#        build_windows_deps.sh --check   exits 0 when everything is built (warm), 1 otherwise; builds nothing.
# Runs hold a lock on the cache, so two builds of the same prefix wait for each other instead of colliding.
set -euo pipefail
shopt -s inherit_errexit
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
cache_file=""
check=0
while [ $# -gt 0 ]; do
    case "$1" in
    --cmake-cache) cache_file=$2; shift 2 ;;
    --check) check=1; shift ;;
    *) echo "build_windows_deps: unknown option $1 (use --cmake-cache FILE, --check)" >&2; exit 2 ;;
    esac
done
log() { echo "windows-deps: $*" >&2; }
die() { echo "windows-deps: error: $*" >&2; exit 1; }

cross=x86_64-w64-mingw32
if [ $check = 1 ] && ! command -v $cross-g++-posix >/dev/null; then exit 1; fi
command -v $cross-g++-posix >/dev/null || die "$cross-g++-posix missing: run scripts/deps.sh --with-windows"
command -v dpkg-source >/dev/null || die "dpkg-source missing (dpkg-dev): run scripts/deps.sh --with-windows"

# The version of the source package behind an installed binary package (the one the Linux build uses).
src_version() {
    local v
    v=$(dpkg-query -W -f='${source:Version}' "$1" 2>/dev/null) || die "package $1 is not installed: run scripts/deps.sh"
    [ -n "$v" ] || die "package $1 has no version"
    echo "$v"
}
cache=${RESPITE_WINDOWS_CACHE:-$HOME/.cache/respite-windows}
if [ $check = 0 ]; then
    mkdir -p "$cache"
    exec 9>"$cache/lock"
    if ! flock -n 9; then
        log "another build holds $cache/lock: waiting for it"
        flock 9
    fi
fi
# resolve SRCPKG INSTALLED: downloads the Debian source to build and prints its version: the installed one when
# the archive still has it, else the newest revision of the same upstream version, else the newest that the
# archive serves. Remembered (with the download), so a warm run needs no apt at all.
resolve() {
    local pkg=$1 want=$2 memo all candidates v dl
    memo=$cache/apt/resolved/${pkg}_$(safe "$want")
    if [ -f "$memo" ]; then cat "$memo"; return; fi
    [ $check = 0 ] || exit 1
    apt_private
    all=$(apt-cache "${apt_opts[@]}" showsrc --only-source "$pkg" | sed -n 's/^Version: //p' | sort -Vr)
    [ -n "$all" ] || die "no source package $pkg in $cache/apt/sources.list"
    # the installed version, then the same upstream version (newest revision first), then all, newest first
    candidates=$( (echo "$want"; awk -v up="${want%-*}" '{ u = $0; sub(/-[^-]*$/, "", u) } u == up' <<<"$all";
        echo "$all") | awk '!seen[$0]++')
    for v in $candidates; do
        grep -qxF "$v" <<<"$all" || continue
        dl=$cache/apt/src/$pkg/$(safe "$v")
        mkdir -p "$dl"
        if (cd "$dl" && apt-get "${apt_opts[@]}" -qq source --download-only --only-source "$pkg=$v" >&2); then
            [ "$v" = "$want" ] || log "source $pkg=$want is not in the archive: using $v"
            mkdir -p "$(dirname "$memo")"
            echo "$v" >"$memo"
            echo "$v"
            return
        fi
        rm -rf "$dl"
        log "source $pkg=$v could not be downloaded: trying the next version"
    done
    die "no version of the source package $pkg could be downloaded"
}
safe() { echo "$1" | tr ':~' '_-'; }

# --- private apt state: deb-src lines for the machine's enabled deb sources -------------------------------
apt_private() {
    [ -z "${apt_opts+x}" ] || return 0
    local st=$cache/apt
    mkdir -p "$st/lists/partial" "$st/cache/archives/partial"
    {
        # one-line lists
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -f "$f" ] || continue
            sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$f"
        done
        # deb822 stanzas: Types/URIs/Suites/Components/Signed-By
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk 'function flush() { if (types ~ /(^| )deb( |$)/ && enabled != "no")
                                     for (i = 1; i <= nu; i++) for (j = 1; j <= ns; j++)
                                       printf "deb-src %s%s %s %s\n", (key != "" ? "[signed-by=" key "] " : ""), u[i], s[j], comps;
                                   types = ""; nu = 0; ns = 0; comps = ""; key = ""; enabled = "" }
                 /^[[:space:]]*#/ { next }
                 /^[[:space:]]*$/ { flush(); next }
                 { k = tolower($1); sub(/:$/, "", k); $1 = ""; sub(/^ +/, "") }
                 k == "types" { types = $0 } k == "uris" { nu = split($0, u, " ") }
                 k == "suites" { ns = split($0, s, " ") } k == "components" { comps = $0 }
                 k == "signed-by" { key = $0 } k == "enabled" { enabled = tolower($0) }
                 END { flush() }' "$f"
        done
    } >"$st/sources.list"
    [ -s "$st/sources.list" ] || die "no deb source found in /etc/apt to derive deb-src lines from"
    apt_opts=(-o "Dir::Etc::sourcelist=$st/sources.list" -o "Dir::Etc::sourceparts=-"
        -o "Dir::State::Lists=$st/lists" -o "Dir::Cache=$st/cache" -o "APT::Sandbox::User=root")
    if [ ! -f "$st/updated" ] || [ -n "$(find "$st/updated" -mmin +1440)" ]; then
        log "updating the private source lists ($st)"
        apt-get "${apt_opts[@]}" -qq update >&2
        touch "$st/updated"
    fi
}
# unpack PKG VERSION DIR: the downloaded Debian source, unpacked with Debian's patches applied, in DIR/<pkg>-<up>/
unpack() {
    local pkg=$1 ver=$2 dir=$3 dsc src
    dsc=$(find "$cache/apt/src/$pkg/$(safe "$ver")" -name '*.dsc' | head -1)
    [ -n "$dsc" ] || die "no downloaded source of $pkg=$ver in $cache/apt/src (remove $cache/apt/resolved to fetch again)"
    mkdir -p "$dir"
    log "unpacking the Debian source $pkg=$ver"
    (cd "$dir" && dpkg-source --no-check -x "$dsc" >&2)
    src=$(find "$dir" -mindepth 1 -maxdepth 1 -type d -name "$pkg-*" | head -1)
    [ -n "$src" ] || die "dpkg-source unpacked nothing from $dsc"
    echo "$src"
}

wx_ver=$(resolve wxwidgets3.2 "$(src_version libwxgtk3.2-dev)")
png_ver=$(resolve libpng1.6 "$(src_version libpng-dev)")
date_ver=$(resolve howardhinnant-date "$(src_version libhowardhinnant-date-dev)")
tz_ver=$(resolve tzdata "$(src_version tzdata)")
sqlite_ver=$(resolve sqlite3 "$(src_version libsqlite3-dev)")
cldr_ver=$(src_version unicode-cldr-core)
gcc_ver=$(dpkg-query -W -f='${Version}' g++-mingw-w64-x86-64-posix)
tz_files=(africa antarctica asia australasia backward etcetera europe northamerica southamerica leapseconds version)
tz_recipe=$(echo "2 ${tz_files[*]} strip-comments $(sha256sum <"$here/tzdata_links_as_zones.awk")" | sha256sum | cut -c1-8)
tzdir=$cache/$(safe "tzdata-$tz_ver-cldr-$cldr_ver-r$tz_recipe")
jobs=${RESPITE_WINDOWS_JOBS:-2}

# logged LOG CMD...: runs CMD with its output in LOG; on failure shows the end of LOG.
logged() {
    local logf=$1; shift
    if ! "$@" >"$logf" 2>&1; then
        tail -40 "$logf" >&2
        die "failed: $* (whole log: $logf)"
    fi
}

# --- the libraries -------------------------------------------------------------------------------------
# The recipe: what the libraries are built with. The prefix's key holds its hash, so a change rebuilds them.
png_flags=(--disable-shared --enable-static)
# As Debian builds date (COMPILE_WITH_C_LOCALE), but MANUAL_TZ_DB: no download, so no curl. INSTALL=. : tz.cpp
# reads its database from .\tzdata (relative to the current folder) unless the program calls date::set_install.
date_flags=(-DCMAKE_BUILD_TYPE=Release -DBUILD_TZ_LIB=ON -DBUILD_SHARED_LIBS=OFF -DUSE_SYSTEM_TZ_DB=OFF
    -DMANUAL_TZ_DB=ON -DCOMPILE_WITH_C_LOCALE=ON -DENABLE_DATE_TESTING=OFF -DCMAKE_CXX_FLAGS=-DINSTALL=.)
# DESIGN.md §11's flags, with libpng (src/ui loads PNG icons through wxPNGHandler). wxTaskBarIcon and
# wxNotificationMessage are in core since 3.1 (adv is empty), so core+base is all Respite links.
wx_flags=(--disable-shared --disable-debug_info --disable-svg --with-libpng=sys --without-libjpeg
    --without-libtiff --without-expat --without-regex --without-opengl --with-zlib=sys
    --disable-webview --disable-stc --disable-richtext --disable-ribbon --disable-propgrid --disable-aui
    --disable-xrc --disable-mediactrl --disable-html)
recipe=$(echo "1 ${png_flags[*]} ${date_flags[*]} ${wx_flags[*]}" | sha256sum | cut -c1-8)

# Debian's compile options (debian/rules of sqlite3) without loadable extensions and sessions (unused; no DLL is
# ever loaded), so the Windows history store runs the SQLite the Linux one does; the
# threading is Win32's (SQLITE_THREADSAFE=1 uses critical sections under mingw).
sqlite_flags=(-O2 -fno-strict-aliasing -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3
    -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY
    -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ALLOW_ROWID_IN_VIEW
    -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1
    -DSQLITE_USE_URI=1 -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000
    -DSQLITE_OMIT_LOAD_EXTENSION)
sqlite_recipe=$(echo "1 ${sqlite_flags[*]}" | sha256sum | cut -c1-8)

build_libs() {
    local work=$prefix.work
    rm -rf "$work" "$prefix"
    mkdir -p "$work" "$prefix"
    export CC=$cross-gcc-posix CXX=$cross-g++-posix AR=$cross-ar RANLIB=$cross-ranlib WINDRES=$cross-windres

    local png_src
    png_src=$(unpack libpng1.6 "$png_ver" "$work/png")
    log "building libpng $png_ver (zlib: libz-mingw-w64-dev)"
    logged "$work/png.log" sh -c "cd '$png_src' && nice -n 19 ./configure --host=$cross --prefix='$prefix' \
        ${png_flags[*]} && nice -n 19 make -j$jobs && make install"

    local date_src
    date_src=$(unpack howardhinnant-date "$date_ver" "$work/date")
    log "building date/tz $date_ver (text tzdata, no download)"
    logged "$work/date.log" nice -n 19 cmake -S "$date_src" -B "$work/date/build" \
        -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/toolchain-mingw64.cmake" -DCMAKE_INSTALL_PREFIX="$prefix" "${date_flags[@]}"
    logged "$work/date.log" nice -n 19 cmake --build "$work/date/build" -j"$jobs"
    logged "$work/date.log" cmake --install "$work/date/build"

    local wx_src t0=$SECONDS
    wx_src=$(unpack wxwidgets3.2 "$wx_ver" "$work/wx")
    log "building wxWidgets $wx_ver for MSW (static, core+base; several minutes)"
    mkdir -p "$work/wx/build"
    logged "$work/wx.log" sh -c "cd '$work/wx/build' && nice -n 19 '$wx_src/configure' --host=$cross \
        --prefix='$prefix' ${wx_flags[*]} CPPFLAGS='-I$prefix/include' LDFLAGS='-L$prefix/lib' &&
        nice -n 19 make -j$jobs && make install"
    log "wxWidgets built in $((SECONDS - t0)) s"
    rm -rf "$work"
}
prefix=$cache/$(safe "wx-$wx_ver-png-$png_ver-date-$date_ver-mingw-$gcc_ver-r$recipe")
sqlite_prefix=$cache/$(safe "sqlite-$sqlite_ver-mingw-$gcc_ver-r$sqlite_recipe")

build_sqlite() {
    local work=$sqlite_prefix.work src t0=$SECONDS
    rm -rf "$work" "$sqlite_prefix"
    mkdir -p "$work/build" "$sqlite_prefix/include" "$sqlite_prefix/lib"
    command -v tclsh >/dev/null || die "tclsh missing (makes the SQLite amalgamation): run scripts/deps.sh --with-windows"
    src=$(unpack sqlite3 "$sqlite_ver" "$work")
    log "building SQLite $sqlite_ver for Windows (amalgamation, static)"
    # The amalgamation's generators (lemon, mkkeywordhash) run here: configured for this machine, not the target.
    logged "$work/sqlite.log" sh -c "cd '$work/build' && CC=gcc nice -n 19 '$src/configure' --disable-tcl \
        >/dev/null && nice -n 19 make -j$jobs sqlite3.c sqlite3.h"
    logged "$work/sqlite.log" nice -n 19 $cross-gcc-posix -c "${sqlite_flags[@]}" -o "$work/sqlite3.o" \
        "$work/build/sqlite3.c"
    logged "$work/sqlite.log" $cross-ar rcs "$sqlite_prefix/lib/libsqlite3.a" "$work/sqlite3.o"
    cp "$work/build/sqlite3.h" "$src/src/sqlite3ext.h" "$sqlite_prefix/include/"
    log "SQLite built in $((SECONDS - t0)) s"
    rm -rf "$work"
}

# Header-only libraries come from the Debian packages installed for the Linux build. The cross compiler sees
# only these folders, never the whole /usr/include (its C library headers would shadow mingw's).
link_host_headers() {
    local d=$prefix/host-headers
    mkdir -p "$d"
    # CLI11 (CLI/) only where the build uses it (main since the CLI split); the others always.
    for h in boost toml++ nlohmann doctest CLI; do
        [ -e "/usr/include/$h" ] || { [ "$h" = CLI ] && continue; die "/usr/include/$h missing: run scripts/deps.sh"; }
        ln -sfn "/usr/include/$h" "$d/$h"
    done
}

build_tzdata() {
    local work=$tzdir.work
    rm -rf "$work" "$tzdir"
    mkdir -p "$work" "$tzdir/tzdata"
    local tz_src
    tz_src=$(unpack tzdata "$tz_ver" "$work")
    log "installing the IANA text tzdata $tz_ver and windowsZones.xml (CLDR $cldr_ver)"
    # The files date/tz parses (tz.cpp: the region files, leapseconds, version) and Windows' zone names.
    # Comment lines go: the format ignores them, and date 3.0.1 prints the tab-indented ones to stderr.
    # Links become zones of their own name (scripts/tzdata_links_as_zones.awk), as Linux's compiled zoneinfo reads:
    # locate_zone("UTC")->name() is "UTC" on both systems.
    local f regions=()
    mkdir -p "$work/stripped"
    for f in "${tz_files[@]}"; do
        [ -f "$tz_src/$f" ] || die "tzdata source has no file $f"
        case $f in
        leapseconds | version) sed '/^[[:space:]]*#/d' "$tz_src/$f" >"$tzdir/tzdata/$f" ;;
        *) sed '/^[[:space:]]*#/d' "$tz_src/$f" >"$work/stripped/$f"; regions+=("$f") ;;
        esac
    done
    (cd "$work/stripped" && awk -v out="$tzdir/tzdata" -f "$here/tzdata_links_as_zones.awk" "${regions[@]}" "${regions[@]}") ||
        die "cannot turn the tzdata links into zones"
    cp /usr/share/unicode/cldr/common/supplemental/windowsZones.xml "$tzdir/tzdata/"
    rm -rf "$work"
}

if [ $check = 1 ]; then
    [ -f "$prefix/.complete" ] && [ -f "$tzdir/.complete" ] && [ -f "$sqlite_prefix/.complete" ] && exit 0
    exit 1
fi
if [ -f "$prefix/.complete" ]; then
    log "libraries up to date in $prefix"
else
    t0=$SECONDS
    build_libs
    touch "$prefix/.complete"
    log "libraries built in $((SECONDS - t0)) s into $prefix"
fi
link_host_headers
if [ -f "$sqlite_prefix/.complete" ]; then
    log "SQLite up to date in $sqlite_prefix"
else
    build_sqlite
    touch "$sqlite_prefix/.complete"
fi
if [ -f "$tzdir/.complete" ]; then
    log "tzdata up to date in $tzdir"
else
    build_tzdata
    touch "$tzdir/.complete"
fi

if [ -n "$cache_file" ]; then
    mkdir -p "$(dirname "$cache_file")"
    cat >"$cache_file" <<CACHE
set(RESPITE_WINDOWS_PREFIX "$prefix" CACHE PATH "Windows third-party prefix (scripts/build_windows_deps.sh)")
set(RESPITE_WINDOWS_TZDATA "$tzdir/tzdata" CACHE PATH "IANA text tzdata + windowsZones.xml for date/tz")
set(RESPITE_WINDOWS_SQLITE_PREFIX "$sqlite_prefix" CACHE PATH "SQLite for Windows (scripts/build_windows_deps.sh)")
CACHE
fi
echo "$prefix"
