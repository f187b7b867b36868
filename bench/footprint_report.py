"""The tables bench/footprint.sh prints: each figure for Respite and Workrave, the ratio, the issue's budgets."""
import re

MIB = 1024 * 1024


def _ratio(a, b):
    if a is None or b is None:
        return None
    if b == 0:
        return 0.0 if a == 0 else float("inf")
    return a / b


def _fmt(value, unit):
    if value is None:
        return "not seen"
    if unit == "MiB":
        return "%.1f MiB" % (value / MIB)
    if unit == "ms":
        return "%.0f ms" % (value * 1000)
    if unit == "/s":
        return "%.3f /s" % value
    if unit == "ms/min":
        return "%.1f ms/min" % (value * 1000)
    return str(value)


def _startup_trace(log, launched_wall):
    """Respite's own start-up steps (RESPITE_TRACE) in ms after launch: init, tray (item built), shown."""
    steps = []
    last = log.rfind("trace: startup init ")  # the log holds every launch; the last one is measured
    for step, us in re.findall(r"trace: startup (\w+) at_us=(\d+)", log[max(last, 0):]):
        steps.append("%s %.0f ms" % (step, int(us) / 1000.0 - launched_wall * 1000.0))
    return ", ".join(steps) or "no trace lines"


def print_report(binary, results, settle, duration):
    """Prints the tables; returns True when every budget is met."""
    r, w = results.get("respite"), results.get("workrave")
    rows = []  # (measure, unit, respite, workrave, budget text, max ratio or absolute limit)

    def row(label, unit, key, sub=None, budget=None):
        a = r.get(key) if sub is None else r[key].get(sub)
        b = w.get(key) if sub is None else w[key].get(sub)
        rows.append((label, unit, a, b, budget))

    row("RSS", "MiB", "mem", "Rss")
    row("PSS", "MiB", "mem", "Pss")
    row("USS (Private_Clean + Private_Dirty)", "MiB", "mem", "USS", ("ratio", 0.8))
    row("Private_Dirty", "MiB", "mem", "Private_Dirty", ("ratio", 0.8))
    row("wake-ups (context switches, all threads)", "/s", "wakeups", budget=("ratio", 0.02))
    row("CPU", "ms/min", "cpu_per_min")
    row("launch -> icon on the panel (median)", "ms", "tray", budget=("ratio", 0.75))
    row("trigger -> break window mapped", "ms", "break", budget=("ratio", 3.0))
    row("  the trigger command, start -> exit", "ms", "trigger_cmd")
    row("Private_Dirty, break window open", "MiB", "mem_break", "Private_Dirty")
    row("Private_Dirty, 3 s after it closed", "MiB", "mem_after", "Private_Dirty")
    row("USS, 3 s after it closed", "MiB", "mem_after", "USS")
    row("threads", "", "threads")
    due = results.get("due")
    all_ok = True
    print()
    print("footprint: %s against Workrave, each alone in one headless session (Xvfb, xfce4-panel systray, no WM)" %
          binary)
    print("idle figures over %.0f s after %.0f s of settling; trigger: `respite break rest` / gdbus "
          "org.workrave.ControlInterface.RestBreak" % (duration, settle))
    print()
    print("%-42s %13s %13s %8s  %-12s %s" % ("measure", "Respite", "Workrave", "ratio", "budget", "ok"))
    for label, unit, a, b, budget in rows:
        ratio = _ratio(a, b)
        text, ok = "-", ""
        if budget:
            text = "<= %gx" % budget[1]
            ok = "yes" if ratio is not None and ratio <= budget[1] else "NO"
            all_ok = all_ok and ok == "yes"
        print("%-42s %13s %13s %8s  %-12s %s" % (label, _fmt(a, unit), _fmt(b, unit),
                                                 "-" if ratio is None else "%.3f" % ratio, text, ok))
    if due is not None:
        value, what = due
        ok = value is not None and value <= 0.050
        all_ok = all_ok and ok
        print("%-42s %13s %13s %8s  %-12s %s" % ("due break: prompt -> window mapped", _fmt(value, "ms"), "-", "-",
                                                 "<= 50 ms", "yes" if ok else "NO"))
    print()
    print("Private_Dirty (and USS) per group of mappings, from /proc/PID/smaps at the end of the idle window:")
    groups = sorted(set(r["groups"]) | set(w["groups"]), key=lambda g: -r["groups"].get(g, [0, 0])[0])
    print("%-36s %22s %22s" % ("group", "Respite", "Workrave"))
    for g in groups:
        a, b = r["groups"].get(g, [0, 0]), w["groups"].get(g, [0, 0])
        print("%-36s %9.2f (%6.2f) MiB %9.2f (%6.2f) MiB" % (g, a[0] / MIB, a[1] / MIB, b[0] / MIB, b[1] / MIB))
    print()
    for x in (r, w):
        print("%s: pid %d, launch -> icon %s, break window %s, trigger exit %s" % (
            x["name"], x["pid"], " ".join(_fmt(t, "ms") for t in x["tray_samples"]), x["break_window"],
            x["trigger_rc"]))
        print("  context switches per thread over the window: " +
              ", ".join("%s %d" % t for t in x["per_thread"]) +
              (" (%d threads ended meanwhile)" % x["threads_lost"] if x["threads_lost"] else ""))
    print("respite start-up trace after launch: " + _startup_trace(r["log"], r["launched_wall"]))
    if due is not None:
        print("due break window: %s" % due[1])
    print("budgets: %s" % ("all met" if all_ok else "NOT all met"))
    return all_ok
