#!/usr/bin/env bash
# Footprint of the running tray app (issue 3 "Footprint"): starts respite in the headless e2e session (Xvfb, a
# private bus, the fake StatusNotifierWatcher, a dbusmock notification server), lets it settle, and over a
# window (default 60 s) reports PSS/USS, CPU time, wake-ups (context switches over all threads), threads, and
# the time from launch to the tray item's registration, against the budgets. USS is also read 1 s after start
# (before the idle trim hands start-up's library pages back) and a few seconds after a break window closed.
#   bench/footprint.sh [path/to/respite]
# Settling takes 150 s by default: 3 s after start-up the app hands its start-up pages back (idle trim), and on
# a machine that proactively reclaims cold page cache (this VM runs DAMON "pageout" on pages unused for 60 s)
# the first minute ticks after a trim read some of the pages they need back from disk. The page-ins while
# settling are reported; the window measures the idle state after them.
# env: DURATION=60 SETTLE=150, STRICT=1 (exit 1 when over budget), FOOTPRINT_ENV="VAR=value ..." (for the app),
#      FOOTPRINT_MAPS=file (save /proc/PID/smaps at the end), DUE_BREAK=0 (skip the ~80 s due-break measurement),
#      CLI_BREAK=0 (skip `respite break micro`: to measure another program, e.g. a bare wx + appindicator one)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/src/app/respite}
[ -x "$bin" ] || { echo "footprint: no respite binary at $bin (build first or pass its path)" >&2; exit 2; }
exec /usr/bin/python3 - "$bin" "$root/tests/e2e" "${DURATION:-60}" "${SETTLE:-150}" "${STRICT:-0}" "${DUE_BREAK:-1}" <<'PY'
import glob
import json
import re
import os
import sys
import time

binary, e2e, duration, settle, strict = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
due_break = sys.argv[6] == "1"
cli_break = os.environ.get("CLI_BREAK", "1") == "1"
sys.path.insert(0, e2e)
from harness import Session, midday_timezone, workday_config  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
MIB = 1024 * 1024


def smaps(pid):
    kv = {}
    with open("/proc/%d/smaps_rollup" % pid) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[-1] == "kB":
                kv[parts[0].rstrip(":")] = int(parts[1]) * 1024
    return kv


def heap_bytes(pid):
    """Resident [heap] (the main malloc arena; the others are anonymous mappings)."""
    total, in_heap = 0, False
    with open("/proc/%d/smaps" % pid) as f:
        for line in f:
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                in_heap = line.rstrip().endswith("[heap]")
            elif in_heap and line.startswith("Rss:"):
                total += int(line.split()[1]) * 1024
    return total


def major_faults(pid):
    with open("/proc/%d/stat" % pid) as f:
        return int(f.read().rsplit(")", 1)[1].split()[9])  # majflt (field 12)


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime (fields 14, 15)


def switches(pid):
    """{tid: voluntary + involuntary context switches} over the process's threads."""
    out = {}
    for status in glob.glob("/proc/%d/task/*/status" % pid):
        try:
            with open(status) as f:
                out[status.split("/")[4]] = sum(int(line.split()[1]) for line in f
                                                if line.startswith(("voluntary_ctxt", "nonvoluntary_ctxt")))
        except OSError:
            pass  # a thread ended while we read
    return out


def switch_delta(before, after):
    # Threads that ended in between are lost; threads that started count from zero.
    return sum(n - before.get(tid, 0) for tid, n in after.items())


tz = midday_timezone()
config = workday_config(tz)
with Session(binary, name="footprint") as s:
    s.write_config(config)  # default breaks (20 min / 50 min): no break near during the window
    env = {"RESPITE_IDLE_BACKEND": os.environ.get("RESPITE_IDLE_BACKEND", "always-present"), "TZ": tz}
    # FOOTPRINT_ENV="A=1 B=2" adds variables to the app's environment (to compare settings).
    env.update(kv.split("=", 1) for kv in os.environ.get("FOOTPRINT_ENV", "").split())
    s.start_app(env=env)
    s.wait_registered(15)
    latency = s.registration_latency()
    pid = s.app.pid
    # Start-up's pages, before the idle trim (a few seconds after the last effect) hands them back.
    time.sleep(1)
    mem_start = smaps(pid)
    settle_faults = major_faults(pid)
    time.sleep(max(0, settle - 1))
    settle_faults = major_faults(pid) - settle_faults
    c0, w0, t0, m0 = cpu_seconds(pid), switches(pid), time.monotonic(), major_faults(pid)
    time.sleep(duration)
    s.check_alive()
    c1, w1, t1, m1 = cpu_seconds(pid), switches(pid), time.monotonic(), major_faults(pid)
    threads = len(w1)
    names = {}
    for tid in w1:
        try:
            with open("/proc/%d/task/%s/comm" % (pid, tid)) as f:
                names[tid] = f.read().strip()
        except OSError:
            names[tid] = "?"
    mem = smaps(pid)
    heap = heap_bytes(pid)
    if os.environ.get("FOOTPRINT_MAPS"):
        os.system("cat /proc/%d/smaps > %s" % (pid, os.environ["FOOTPRINT_MAPS"]))
    # A break's window: from `respite break micro` (IPC -> engine -> GUI, the due path minus the timer) until
    # xdotool sees the window mapped. Includes the CLI's own start-up, so it overstates a little.
    t_break = time.monotonic()
    mapped = None
    r = s.run_cli("break", "micro") if cli_break else None
    while cli_break and time.monotonic() - t_break < 5:
        if s.windows("^Micro-break$"):
            mapped = time.monotonic() - t_break
            break
        time.sleep(0.002)
    # After a break window closes (a pause cancels the prompt), the idle trim runs again.
    mem_after_break = None
    if mapped:
        s.run_cli("pause", "30m")
        gone = time.monotonic() + 10
        while s.windows("^Micro-break$") and time.monotonic() < gone:
            time.sleep(0.05)
        time.sleep(6)
        mem_after_break = smaps(pid)
    s.stop_app()

# A *due* break: a 1-minute micro-break falls due; from the engine's prompt instant (the effect's `at`, logged by
# the app under RESPITE_TRACE=1) until xdotool sees the window mapped (wall clock, polled every few ms).
due_mapped = None
if due_break:
    with Session(binary, name="footprint-due") as s:
        s.write_config(config + '\n[micro_break]\nevery = "1m"\nduration = "20s"\n\n[rest_break]\nevery = "2h"\n')
        due_env = {"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz, "RESPITE_TRACE": "1"}
        due_env.update(kv.split("=", 1) for kv in os.environ.get("FOOTPRINT_ENV", "").split())
        s.start_app(env=due_env)
        s.wait_registered(15)
        # Poll xdotool only near the due instant, so the polling does not load the machine for a minute.
        r = s.run_cli("status", "--json")
        if r.returncode == 0:
            time.sleep(max(0, json.loads(r.stdout)["micro"]["due_in_s"] - 3))
        seen = None
        deadline = time.monotonic() + 100
        while time.monotonic() < deadline and seen is None:
            if s.windows("^Micro-break$"):
                seen = time.time()
            else:
                time.sleep(0.002)
        m = re.search(r"trace: break_prompt at_ms=(\d+)", s.app_log())
        if seen and m:
            due_mapped = seen - int(m.group(1)) / 1000.0
        s.stop_app()

elapsed = t1 - t0
def uss_of(m):
    return m.get("Private_Clean", 0) + m.get("Private_Dirty", 0)


uss = uss_of(mem)
pss = mem.get("Pss", 0)
cpu_pct = 100.0 * (c1 - c0) / elapsed
wakeups = switch_delta(w0, w1) * 60.0 / elapsed
rows = [
    ("USS (private memory)", "%.1f MiB" % (uss / MIB), "<= 16 MiB", uss <= 16 * MIB),
    ("PSS", "%.1f MiB" % (pss / MIB), "<= 22 MiB", pss <= 22 * MIB),
    # USS counts library pages no other process maps as private: alone in a bare session (no other GTK app)
    # that is most of GTK and wx. The dirty part (heap, stacks, relocations) is the app's own.
    ("  of USS: private dirty", "%.1f MiB" % (mem.get("Private_Dirty", 0) / MIB), "-", True),
    ("  of USS: heap", "%.1f MiB" % (heap / MIB), "-", True),
    ("USS 1 s after start", "%.1f MiB" % (uss_of(mem_start) / MIB), "-", True),
    ("USS after a break window", "%.1f MiB" % (uss_of(mem_after_break) / MIB) if mem_after_break else "skipped",
     "<= 16 MiB", mem_after_break is None or uss_of(mem_after_break) <= 16 * MIB),
    ("CPU over %.0f s" % elapsed, "%.4f %% (%.2f s)" % (cpu_pct, c1 - c0), "<= 0.01 %", cpu_pct <= 0.01),
    ("wake-ups (ctx switches)", "%.1f /min" % wakeups, "<= 2 /min", wakeups <= 2),
    # Each page read back from disk blocks the thread once: a context switch without a timer behind it.
    ("  major page faults", "%d (%d while settling)" % (m1 - m0, settle_faults), "-", True),
    ("threads", "%d" % threads, "-", True),
    ("tray registered after launch", "%.0f ms" % (latency * 1000), "<= 60 ms", latency <= 0.060),
    # Not the issue's budget (that is the due break below): it includes the CLI process's own start and comes
    # without a heads-up, so nothing warmed the window up after the idle trim.
    ("break window mapped (CLI)", "%.0f ms" % (mapped * 1000) if mapped else ("skipped" if not cli_break else "not seen (%d)" % r.returncode),
     "-", not cli_break or bool(mapped)),
    ("due break window mapped", "%.0f ms" % (due_mapped * 1000) if due_mapped is not None else
     ("skipped" if not due_break else "not seen"), "<= 50 ms", not due_break or (due_mapped is not None and due_mapped <= 0.050)),
]
print("respite footprint (%s)" % binary)
print("%-30s %-22s %-12s %s" % ("measure", "value", "budget", "ok"))
for name, value, budget, ok in rows:
    print("%-30s %-22s %-12s %s" % (name, value, budget, "yes" if ok else "NO"))
print("context switches per thread over the window: " +
      ", ".join("%s %s: %d" % (tid, names[tid], n - w0.get(tid, 0)) for tid, n in sorted(w1.items())))
print("note: CPU resolution is 1/%d s, so 0.01 %% of 60 s (6 ms) reads as 0 or one tick." % TICK)
sys.exit(1 if strict == "1" and not all(r[3] for r in rows) else 0)
PY
