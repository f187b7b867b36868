"""What /proc says about one process, for bench/footprint.sh: memory (smaps_rollup, and Private_Dirty per group
of mappings from smaps), CPU time and context switches summed over its threads, and its descendants."""
import glob
import os
import re

KIB = 1024


def rollup(pid):
    """smaps_rollup fields in bytes, plus USS = Private_Clean + Private_Dirty."""
    kv = {}
    with open("/proc/%d/smaps_rollup" % pid) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[-1] == "kB":
                kv[parts[0].rstrip(":")] = int(parts[1]) * KIB
    kv["USS"] = kv.get("Private_Clean", 0) + kv.get("Private_Dirty", 0)
    return kv


def threads(pid):
    """{tid: (context switches, CPU ns)} for every thread now alive (voluntary + involuntary switches: each is
    one time the thread stopped running; a thread that sleeps and wakes adds one per wake-up)."""
    out = {}
    for task in glob.glob("/proc/%d/task/*" % pid):
        try:
            with open(task + "/status") as f:
                sw = sum(int(line.split()[1]) for line in f
                         if line.startswith(("voluntary_ctxt", "nonvoluntary_ctxt")))
            with open(task + "/schedstat") as f:
                ns = int(f.read().split()[0])
            out[int(os.path.basename(task))] = (sw, ns)
        except (OSError, ValueError):
            pass  # the thread ended while we read
    return out


def thread_names(pid):
    names = {}
    for task in glob.glob("/proc/%d/task/*" % pid):
        try:
            with open(task + "/comm") as f:
                names[int(os.path.basename(task))] = f.read().strip()
        except OSError:
            pass
    return names


def activity(before, after):
    """(context switches, CPU seconds) between two threads() samples. Threads that started count from zero;
    a thread that ended in between loses its share (reported by the caller as a changed thread count)."""
    sw = sum(s - before.get(tid, (0, 0))[0] for tid, (s, _) in after.items())
    ns = sum(n - before.get(tid, (0, 0))[1] for tid, (_, n) in after.items())
    return sw, ns / 1e9


def children_of(pid):
    """Direct children of pid (from /proc/*/stat)."""
    out = []
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                out.append(int(stat.split("/")[2]))
        except (OSError, ValueError, IndexError):
            pass
    return out


def descendants(pid):
    out, todo = [], [pid]
    while todo:
        for c in children_of(todo.pop()):
            out.append(c)
            todo.append(c)
    return out


def alive(pid):
    """True while pid runs (a zombie, dead but not yet reaped, is not alive)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def comm(pid):
    try:
        with open("/proc/%d/comm" % pid) as f:
            return f.read().strip()
    except OSError:
        return None


# Mapping groups for the Private_Dirty breakdown: (label, regex on the file's basename).
LIB_GROUPS = [
    ("wxWidgets libs", r"^libwx_"),
    ("gtkmm/glibmm/sigc++ libs", r"^lib(gtkmm|gdkmm|glibmm|giomm|atkmm|pangomm|cairomm|sigc)"),
    ("GTK/GDK libs", r"^lib(gtk-3|gdk-3|gdk_pixbuf|atk|epoxy)"),
    ("GLib/GIO libs", r"^lib(glib|gobject|gio|gmodule|gthread|ffi)"),
    ("cairo/pango/fonts libs", r"^lib(cairo|pango|harfbuzz|fontconfig|freetype|pixman|fribidi|png|thai|graphite)"),
    ("X11/xcb libs", r"^lib(X|xcb|xkb)"),
    ("appindicator/dbusmenu libs", r"^lib(ayatana|dbusmenu|indicator)"),
    ("C/C++ runtime", r"^(libc\.so|libm\.so|ld-linux|libstdc\+\+|libgcc_s)"),
]


def _group(path, exe, prev, nxt, perms):
    if path == "[heap]":
        return "heap (main arena)"
    if path == "[stack]":
        return "main thread stack"
    if path.startswith("["):
        return "kernel ([vdso], [vvar]...)"
    if not path:
        # glibc thread stacks sit above a PROT_NONE guard page; a malloc arena's used part sits below the
        # PROT_NONE rest of its 64 MiB reservation.
        if prev and not prev["path"] and prev["perms"].startswith("---") and perms.startswith("rw"):
            return "thread stacks"
        if nxt and not nxt["path"] and nxt["perms"].startswith("---") and perms.startswith("rw"):
            return "malloc arenas (threads)"
        return "other anonymous"
    if path == exe:
        return "the program's own binary"
    base = os.path.basename(path)
    if ".so" in base:
        for label, rx in LIB_GROUPS:
            if re.match(rx, base):
                return label
        return "other libs"
    if path.startswith(("/memfd:", "/dev/", "/SYSV")):
        return "shared memory, devices"
    return "other files (caches, fonts, locale)"


def private_by_group(pid):
    """{group: [Private_Dirty bytes, USS bytes]} over the process's mappings (see LIB_GROUPS, _group)."""
    try:
        exe = os.readlink("/proc/%d/exe" % pid)
    except OSError:
        exe = ""
    maps, cur = [], None
    head = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$")
    with open("/proc/%d/smaps" % pid) as f:
        for line in f:
            m = head.match(line)
            if m:
                cur = {"start": int(m.group(1), 16), "end": int(m.group(2), 16), "perms": m.group(3),
                       "path": m.group(4).strip(), "dirty": 0, "clean": 0}
                maps.append(cur)
            elif cur is not None and line.startswith("Private_Dirty:"):
                cur["dirty"] = int(line.split()[1]) * KIB
            elif cur is not None and line.startswith("Private_Clean:"):
                cur["clean"] = int(line.split()[1]) * KIB
    out = {}
    for i, m in enumerate(maps):
        prev = maps[i - 1] if i > 0 and maps[i - 1]["end"] == m["start"] else None
        nxt = maps[i + 1] if i + 1 < len(maps) and maps[i + 1]["start"] == m["end"] else None
        g = out.setdefault(_group(m["path"], exe, prev, nxt, m["perms"]), [0, 0])
        g[0] += m["dirty"]
        g[1] += m["dirty"] + m["clean"]
    return out
