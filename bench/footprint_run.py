#!/usr/bin/python3
"""bench/footprint.sh's session (run inside dbus-run-session, HOME and XDG_* already private): Xvfb, a
notification daemon (python3-dbusmock), xfce4-panel with only its systray plugin (it serves StatusNotifierItem
and XEmbed), no window manager. Then, each alone and one after the other: Respite, Workrave, and Respite again
for a due break. See footprint.sh for what is measured and how.
    footprint_run.py RESPITE_BINARY TMPDIR
"""
import ctypes
import os
import re
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import footprint_proc as proc  # noqa: E402
import footprint_report as report  # noqa: E402
from footprint_x11 import XWatcher, panel_area  # noqa: E402

binary, tmp = os.path.abspath(sys.argv[1]), sys.argv[2]
# The tray app itself, as the desktop and autostart entries start it: its stderr carries RESPITE_TRACE (a `respite`
# launch hands over to a detached respite-app whose output goes nowhere).
app = os.path.join(os.path.dirname(binary), "respite-app")


def not_first_start(state_home):
    """A returning user: no welcome window open during the measurement."""
    os.makedirs(os.path.join(state_home, "respite"), exist_ok=True)
    open(os.path.join(state_home, "respite", "welcome-seen"), "w").close()
SETTLE = float(os.environ.get("SETTLE", "20"))
DURATION = float(os.environ.get("DURATION", "60"))
DUE_BREAK = os.environ.get("DUE_BREAK", "1") == "1"
LAUNCHES = int(os.environ.get("LAUNCHES", "3"))  # launch -> icon is the median of this many launches
LIMIT = int(os.environ.get("FOOTPRINT_LIMIT", "330"))  # seconds for the whole run, then give up and clean up

_libc = ctypes.CDLL(None, use_errno=True)
_libc.prctl(36, 1)  # PR_SET_CHILD_SUBREAPER: what our children leave behind stays ours to find and end

PANEL_CHANNEL = """<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="28"/>
      <property name="plugin-ids" type="array"><value type="int" value="1"/></property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray"/>
  </property>
</channel>
"""


def die_with_parent():
    _libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class Timeout(Exception):
    pass


class Session:
    def __init__(self):
        self.procs = []
        self.env = dict(os.environ)
        self.watcher = None

    def spawn(self, name, argv, env=None, **kw):
        log = open(os.path.join(tmp, name + ".log"), "ab")
        p = subprocess.Popen(argv, env=env or self.env, stdin=subprocess.DEVNULL, stdout=kw.pop("stdout", log),
                             stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=die_with_parent, **kw)
        self.procs.append((name, p))
        return p

    def log(self, name):
        try:
            with open(os.path.join(tmp, name + ".log"), errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    @staticmethod
    def end(p, grace=5.0):
        """SIGTERM to the process group, SIGKILL after grace s; also the leader when it left the group."""
        if p.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5)):
            for kill in (lambda: os.killpg(p.pid, sig), lambda: os.kill(p.pid, sig)):
                try:
                    kill()
                except (ProcessLookupError, PermissionError):
                    pass
            try:
                p.wait(wait)
                return
            except subprocess.TimeoutExpired:
                pass

    def stop(self, name):
        for n, p in list(self.procs):
            if n == name:
                self.end(p)
                self.procs.remove((n, p))
        self.reap_orphans()

    def reap_orphans(self):
        for orphan in proc.children_of(os.getpid()):  # reparented to us (subreaper) by a program that forked
            if orphan not in [p.pid for _, p in self.procs]:
                try:
                    os.kill(orphan, signal.SIGKILL)
                    os.waitpid(orphan, 0)
                except (ProcessLookupError, ChildProcessError):
                    pass

    def gdbus(self, *args, timeout=10):
        return subprocess.run(["gdbus", *args], env=self.env, capture_output=True, text=True, timeout=timeout)

    def bus_peers(self):
        """PIDs of the other processes on our private bus (services it started: xfconfd, ...)."""
        out = self.gdbus("call", "--session", "--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                         "--method", "org.freedesktop.DBus.ListNames").stdout
        pids = set()
        for name in re.findall(r"'(:[0-9.]+)'", out):
            r = self.gdbus("call", "--session", "--dest", "org.freedesktop.DBus", "--object-path",
                           "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.GetConnectionUnixProcessID", name)
            m = re.search(r"uint32 (\d+)", r.stdout)
            if m:
                pids.add(int(m.group(1)))
        pids.discard(os.getpid())
        return pids

    def start(self):
        cfg = os.path.join(os.environ["XDG_CONFIG_HOME"], "xfce4", "xfconf", "xfce-perchannel-xml")
        os.makedirs(cfg, exist_ok=True)
        with open(os.path.join(cfg, "xfce4-panel.xml"), "w") as f:
            f.write(PANEL_CHANNEL)
        r, w = os.pipe()
        xvfb = self.spawn("xvfb", ["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                                   "-noreset", "+extension", "RANDR"], pass_fds=(w,))
        os.close(w)
        number = b""
        while not number.endswith(b"\n"):
            chunk = os.read(r, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not start (%s)" % xvfb.poll())
            number += chunk
        os.close(r)
        self.env["DISPLAY"] = ":" + number.decode().strip()
        self.watcher = XWatcher(self.env["DISPLAY"])
        self.watcher.start()
        self.spawn("notifyd", [sys.executable, "-m", "dbusmock", "--session", "-t", "notification_daemon"])
        self.spawn("panel", ["xfce4-panel", "--disable-wm-check"])
        area = panel_area(self.env["DISPLAY"], 30)
        if area is None:
            raise RuntimeError("xfce4-panel did not show its panel:\n" + self.log("panel")[-2000:])
        for name in ("org.kde.StatusNotifierWatcher", "org.freedesktop.Notifications"):
            if self.gdbus("wait", "--session", "--timeout", "30", name, timeout=40).returncode != 0:
                raise RuntimeError("no %s on the session bus" % name)
        self.watcher.watch_panel(area)
        time.sleep(2)  # the panel's own start-up drawing is over before the first baseline

    def close(self):
        if self.watcher:
            self.watcher.stop()
        peers = set()
        try:
            peers = self.bus_peers()
        except Exception:
            pass
        for _, p in reversed(self.procs):
            self.end(p)
        self.procs = []
        self.reap_orphans()
        try:
            peers |= self.bus_peers()  # a program may have had a service started while it quit
        except Exception:
            pass
        for pid in peers:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 3  # they are the bus's children: gone once dead (a zombie until reaped)
        while time.monotonic() < deadline and any(proc.alive(pid) for pid in peers):
            time.sleep(0.05)


def find_app_pid(p, prefer):
    """The process that owns the tray: a descendant named `prefer` (respite may hand over to respite-app) or the
    launched process itself."""
    for pid in proc.descendants(os.getpid()):
        if proc.comm(pid) == prefer:
            return pid
    return p.pid


def measure(s, name, argv, env, trigger, break_title, prefer, pause):
    """Launch → icon, idle memory and activity, trigger → break window mapped, for one program alone."""
    out = {"name": name, "tray_samples": []}
    w = s.watcher
    for attempt in range(LAUNCHES):
        if attempt:
            s.stop(name)
            time.sleep(1)  # the panel has removed the icon
        w.arm_tray()
        launched_mono, launched_wall = time.monotonic(), time.time()
        p = s.spawn(name, argv, env=dict(s.env, **env))
        shown = w.wait_tray(20)
        out["tray_samples"].append(shown[0] - launched_mono if shown else None)
    seen = sorted(t for t in out["tray_samples"] if t is not None)
    out["tray"] = seen[len(seen) // 2] if len(seen) == LAUNCHES else None  # the median, when every launch showed
    out["launched_wall"] = launched_wall
    time.sleep(1)
    if p.poll() is not None and not proc.descendants(os.getpid()):
        raise RuntimeError("%s exited (%s):\n%s" % (name, p.returncode, s.log(name)[-3000:]))
    pid = find_app_pid(p, prefer)
    out["pid"] = pid
    time.sleep(max(0.0, SETTLE - 1))
    before, t0 = proc.threads(pid), time.monotonic()
    time.sleep(DURATION)
    after, t1 = proc.threads(pid), time.monotonic()
    switches, cpu = proc.activity(before, after)
    out["wakeups"] = switches / (t1 - t0)
    out["cpu_per_min"] = cpu * 60.0 / (t1 - t0)
    out["threads"] = len(after)
    out["threads_lost"] = len(set(before) - set(after))
    names = proc.thread_names(pid)
    out["per_thread"] = [(names.get(tid, "?"), after[tid][0] - before.get(tid, (0, 0))[0]) for tid in sorted(after)]
    out["mem"] = proc.rollup(pid)
    out["groups"] = proc.private_by_group(pid)
    with open("/proc/%d/smaps" % pid) as f, open(os.path.join(tmp, name + ".smaps"), "w") as saved:
        saved.write(f.read())  # for a closer look (FOOTPRINT_KEEP=1)
    t_trigger = time.monotonic()
    r = subprocess.run(trigger, env=s.env, capture_output=True, text=True, timeout=20)
    out["trigger_cmd"] = time.monotonic() - t_trigger  # the command's own run, start to exit
    out["trigger_rc"] = r.returncode
    m = w.wait_map({pid}, t_trigger, 15, break_title)
    out["break"] = m.mono - t_trigger if m else None
    out["break_window"] = repr(m) if m else "none; maps seen: %s" % w.maps_since(t_trigger)
    time.sleep(2)
    out["mem_break"] = proc.rollup(pid)
    # Pausing closes the break window in both programs; what stays afterwards is what a break costs for good.
    subprocess.run(pause, env=s.env, capture_output=True, timeout=20)
    time.sleep(3)
    out["mem_after"] = proc.rollup(pid)
    s.stop(name)
    out["log"] = s.log(name)
    return out


def due_break(s, tz):
    """A 1-minute micro-break falls due: from the engine's prompt instant (RESPITE_TRACE's break_prompt at_ms,
    wall clock) until its window is mapped (the wall clock when the MapNotify was read)."""
    home = os.environ["XDG_CONFIG_HOME"]
    with open(os.path.join(home, "respite", "config.toml"), "a") as f:
        f.write('\n[micro_break]\nevery = "1m"\nduration = "20s"\n\n[rest_break]\nevery = "2h"\n')
    # A state of its own: the first run paused Respite (to close its break window), and the pause is saved.
    state = os.path.join(tmp, "due-state")
    os.makedirs(state, exist_ok=True)
    not_first_start(state)
    env = dict(s.env, RESPITE_TRACE="1", TZ=tz, RESPITE_IDLE_BACKEND="always-present", XDG_STATE_HOME=state)
    t = time.monotonic()
    s.spawn("respite-due", [app], env=env)
    m = s.watcher.wait_map(None, t, 100, re.compile("^Micro-break$"))
    log = s.log("respite-due")
    s.stop("respite-due")
    at = re.search(r"trace: break_prompt at_ms=(\d+)", log)
    if not m or not at:
        return None, "window %s, prompt trace %s" % (m, bool(at))
    return m.wall - int(at.group(1)) / 1000.0, repr(m)


def midday_timezone():
    """An IANA zone where it is about noon now, so Respite's workday (08:00-20:00) never ends during the run."""
    offset = 12 - time.gmtime().tm_hour
    offset = offset - 24 if offset > 14 else offset + 24 if offset < -12 else offset
    return "Etc/GMT%+d" % -offset if offset else "Etc/GMT"


def write_midday_config():
    """Writes the user config of the run (a workday every day, 08:00-20:00, in a zone where it is noon now) and
    returns that zone."""
    tz = midday_timezone()
    cfg = os.path.join(os.environ["XDG_CONFIG_HOME"], "respite")
    os.makedirs(cfg, exist_ok=True)
    with open(os.path.join(cfg, "config.toml"), "w") as f:
        f.write('[workday]\ndays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\nstart = "08:00"\n'
                'end = "20:00"\ntimezone = "%s"\n' % tz)
    return tz


def main():
    def on_alarm(signum, frame):
        raise Timeout("footprint: still running after %d s; giving up" % LIMIT if signum == signal.SIGALRM else
                      "footprint: terminated")
    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_alarm)
    signal.alarm(LIMIT)
    tz = write_midday_config()
    s = Session()
    results = {}
    try:
        s.start()
        rest = re.compile("^Rest break$")
        not_first_start(os.environ["XDG_STATE_HOME"])
        results["respite"] = measure(s, "respite", [app], {"RESPITE_TRACE": "1", "TZ": tz},
                                     [binary, "break", "rest"], rest, "respite-app", [binary, "pause", "30m"])
        results["workrave"] = measure(s, "workrave", ["workrave"], {}, [
            "gdbus", "call", "--session", "--dest", "org.workrave.Workrave", "--object-path", "/org/workrave/Workrave/UI",
            "--method", "org.workrave.ControlInterface.RestBreak"], None, "workrave", [
            "gdbus", "call", "--session", "--dest", "org.workrave.Workrave", "--object-path",
            "/org/workrave/Workrave/Core", "--method", "org.workrave.CoreInterface.SetOperationMode", "suspended"])
        if DUE_BREAK:
            results["due"] = due_break(s, tz)
    finally:
        signal.alarm(0)
        s.close()
    return report.print_report(binary, results, SETTLE, DURATION)


if __name__ == "__main__":
    try:
        ok = main()
    except Timeout as e:
        print(e, file=sys.stderr)
        sys.exit(1)
    sys.exit(0 if ok or os.environ.get("STRICT", "0") != "1" else 1)
