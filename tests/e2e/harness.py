#!/usr/bin/python3
"""Shared end-to-end harness: the real respite-app (tray app) and respite (command line) in a private headless
desktop session.

    from harness import Session, run_test

    def test(s):                                  # s: a started Session
        s.write_config('[micro_break]\\nevery = "1m"\\n')
        s.start_app()
        item = s.wait_registered()
        assert "Quit" in s.menu_labels()
        s.click(["Quick meditation", "1 min"])
        s.wait_window("Breathing")
        s.screenshot("breathing")

    sys.exit(run_test(test, watcher=True, notifications=True))

A Session owns: Xvfb on a free display (-displayfd), a private dbus-daemon started from session.conf (no
service activation, so no real notification daemon appears), optionally the fake StatusNotifierWatcher
(fake_watcher.py), a python3-dbusmock notification daemon, openbox, and an XEmbed tray (fake_xembed_tray.py);
a temporary HOME with the XDG variables; the tray app (argv[1], respite-app) and the command line (argv[2],
respite; default: `respite` beside the app, or respite-app beside a given `respite`). Teardown kills every process it started
(process groups, and PR_SET_PDEATHSIG so nothing outlives a killed test). Tray/menu/notification helpers live
in harness_dbus.py, X11 helpers in harness_x11.py (both mixed into Session). Run with /usr/bin/python3.
Env: RESPITE_ARTIFACTS (screenshots, logs), RESPITE_E2E_KEEP=1 keeps the temp dir, RESPITE_E2E_VERBOSE=1
prints the display and bus. Tip: midday_timezone() as workday.timezone + env TZ avoids "after hours".
"""
import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

import dbus

from harness_dbus import NOTIFY_NAME, WATCHER_NAME, TrayBusMixin  # noqa: F401 (re-exported)
from harness_x11 import X11Mixin, read_displayfd

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"

_libc = ctypes.CDLL(None, use_errno=True)


def _die_with_parent():
    """preexec_fn: the child gets SIGKILL when the test process dies, even by SIGKILL."""
    _libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def wait_for(predicate, timeout=10.0, interval=0.05, what=None, check=None):
    """Polls predicate() until it returns a truthy value (returned) or raises TimeoutError after timeout s.
    check(), when given, runs each round (e.g. to fail fast when the app died)."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while True:
        if check:
            check()
        try:
            value = predicate()
            if value:
                return value
        except Exception as exc:  # the thing waited for may not exist yet
            last_exc = exc
        if time.monotonic() >= deadline:
            msg = "timed out after %.1f s waiting for %s" % (timeout, what or getattr(predicate, "__name__", "?"))
            if last_exc:
                msg += " (last error: %s)" % last_exc
            raise TimeoutError(msg)
        time.sleep(interval)


def app_and_cli(first, cli=None):
    """(respite-app, respite) paths: the app given first (or a `respite` whose respite-app is beside it)."""
    first = os.path.abspath(first)
    here = os.path.dirname(first)
    if os.path.basename(first) == "respite":
        return os.path.join(here, "respite-app"), first
    return first, os.path.abspath(cli) if cli else os.path.join(here, "respite")


def midday_timezone(hour=12):
    """An IANA zone ("Etc/GMT-5") where the local time is now about `hour`:00, so a test's workday is not
    "after hours" whenever the machine's clock runs. Use it as workday.timezone and as env TZ."""
    offset = hour - time.gmtime().tm_hour
    if offset > 14:
        offset -= 24
    if offset < -12:
        offset += 24
    if offset == 0:
        return "Etc/GMT"
    return "Etc/GMT%+d" % -offset


def minute_ahead():
    """(epoch, "HH:MM") of a whole local minute at least 90 s ahead, so the app is up and settled well before it
    (a workday end for the cutoff tests). Stops the test when that minute is past midnight."""
    now = time.time()
    end = (int(now // 60) + (3 if now % 60 > 30 else 2)) * 60
    end_hm = time.strftime("%H:%M", time.localtime(end))
    if end_hm < time.strftime("%H:%M", time.localtime(now)):
        raise SystemExit("too close to midnight for this test; run it again in a few minutes")
    return end, end_hm


def workday_config(tz):
    """A [workday] section of every day 08:00-20:00 in `tz` (pass midday_timezone()): prompts are never after hours."""
    return '[workday]\ndays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\nstart = "08:00"\nend = "20:00"\n' \
        'timezone = "%s"\n' % tz


class Session(TrayBusMixin, X11Mixin):
    """A headless desktop session for one test. Use as a context manager (or call start()/stop())."""

    def __init__(self, binary=None, watcher=True, notifications=True, caps="body actions body-markup",
                 wm=False, xembed=False, name=None, screen="1280x800x24", lang="C.UTF-8", cli=None):
        self.binary, self.cli = app_and_cli(binary or (sys.argv[1] if len(sys.argv) > 1 else "respite-app"),
                                            cli or (sys.argv[2] if len(sys.argv) > 2 and not binary else None))
        self.want_watcher = watcher
        self.want_notifications = notifications
        self.caps = caps
        self.want_wm = wm
        self.want_xembed = xembed
        self.screen = screen
        self.lang = lang
        self.name = name or os.path.splitext(os.path.basename(sys.argv[0]))[0]
        self.artifacts = os.environ.get("RESPITE_ARTIFACTS") or os.path.join(tempfile.gettempdir(),
                                                                              "respite-artifacts")
        os.makedirs(self.artifacts, exist_ok=True)
        self.procs = []  # (name, Popen), stopped in reverse order
        self.app = None
        self.app_started_at = None  # time.time() at launch
        self.tmp = None
        self.env = None
        self.display = None
        self.bus_address = None
        self._bus = None
        self.watcher_log = None

    # ----------------------------------------------------------------- lifecycle
    def __enter__(self):
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            try:
                self.screenshot("failure")
            except Exception:
                pass
            self.dump_app_log()
        self.stop()
        return False

    def start(self):
        self.tmp = tempfile.mkdtemp(prefix="respite-e2e-")
        home = os.path.join(self.tmp, "home")
        self.dirs = {
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_RUNTIME_DIR": os.path.join(self.tmp, "runtime"),
            "XDG_CONFIG_DIRS": os.path.join(self.tmp, "etc-xdg"),
        }
        for d in self.dirs.values():
            os.makedirs(d, exist_ok=True)
        os.chmod(self.dirs["XDG_RUNTIME_DIR"], 0o700)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("XDG_", "DBUS_", "WAYLAND", "GNOME_", "KDE_", "DESKTOP_SESSION"))
               and k not in ("DISPLAY", "SESSION_MANAGER", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        env.update(self.dirs)
        env.update({"LANG": self.lang, "NO_AT_BRIDGE": "1", "GTK_A11Y": "none", "GSETTINGS_BACKEND": "memory",
                    "GIO_USE_VFS": "local", "GDK_BACKEND": "x11", "XDG_SESSION_TYPE": "x11"})
        self.env = env
        self._start_xvfb()
        self._start_dbus()
        if self.want_watcher:
            self.start_watcher()
        if self.want_notifications:
            self.start_notification_daemon(self.caps)
        if self.want_wm:
            self.start_wm()
        if self.want_xembed:
            self.start_xembed_tray()
        return self

    def stop(self):
        if self.app is not None:
            self.stop_app()
        self._bus = None
        for name, p in reversed(self.procs):
            self._kill(p)
        self.procs = []
        if self.tmp and not os.environ.get("RESPITE_E2E_KEEP"):
            shutil.rmtree(self.tmp, ignore_errors=True)
        elif self.tmp:
            print("harness: kept", self.tmp, file=sys.stderr)

    @staticmethod
    def _kill(p, grace=3.0):
        if p.poll() is not None:
            return p.returncode
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            return p.wait(grace)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            return p.wait(5)

    def _spawn(self, name, argv, env=None, **kw):
        kw.setdefault("stdin", subprocess.DEVNULL)
        if "stdout" not in kw:
            log = open(os.path.join(self.tmp, name + ".log"), "ab")
            kw["stdout"] = log
            kw["stderr"] = subprocess.STDOUT
        p = subprocess.Popen(argv, env=env or self.env, start_new_session=True, preexec_fn=_die_with_parent,
                             **kw)
        self.procs.append((name, p))
        return p

    def _start_xvfb(self):
        r, w = os.pipe()
        p = self._spawn("xvfb", ["Xvfb", "-displayfd", str(w), "-screen", "0", self.screen, "-nolisten", "tcp",
                                 "-noreset", "+extension", "RANDR"], pass_fds=(w,))
        os.close(w)
        self.display = read_displayfd(r, p, "Xvfb")
        self.env["DISPLAY"] = self.display

    def _start_dbus(self):
        p = self._spawn("dbus", ["dbus-daemon", "--nofork", "--config-file", os.path.join(HERE, "session.conf"),
                                 "--print-address=1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        addr = p.stdout.readline().decode().strip()
        if not addr:
            raise RuntimeError("dbus-daemon did not start")
        self.bus_address = addr
        self.env["DBUS_SESSION_BUS_ADDRESS"] = addr

    @property
    def bus(self):
        """A dbus-python connection to the private session bus."""
        if self._bus is None:
            self._bus = dbus.bus.BusConnection(self.bus_address)
        return self._bus

    def name_has_owner(self, name):
        return bool(self.bus.name_has_owner(name))

    def start_watcher(self):
        """Starts the fake StatusNotifierWatcher and waits until it owns its name."""
        self.watcher_log = os.path.join(self.tmp, "watcher.jsonl")
        self._spawn("watcher", [PYTHON, os.path.join(HERE, "fake_watcher.py"), "--log", self.watcher_log])
        wait_for(lambda: self.name_has_owner(WATCHER_NAME), 10, what="fake StatusNotifierWatcher")

    def stop_watcher(self):
        self._stop_named("watcher")

    def start_notification_daemon(self, caps="body actions body-markup"):
        """Starts a python3-dbusmock notification daemon with capabilities `caps` (space-separated)."""
        self._spawn("notifyd", [PYTHON, "-m", "dbusmock", "--session", "-t", "notification_daemon", "-p",
                                json.dumps({"capabilities": caps})])
        wait_for(lambda: self.name_has_owner(NOTIFY_NAME), 10, what="dbusmock notification daemon")

    def stop_notification_daemon(self):
        self._stop_named("notifyd")

    def start_wm(self):
        """Starts openbox (decorations, focus, _NET_ACTIVE_WINDOW) and waits until it manages the screen."""
        self._spawn("openbox", ["openbox", "--sm-disable"])

        def managed():
            out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env,
                                 capture_output=True, text=True).stdout
            return "window id" in out
        wait_for(managed, 10, what="openbox")

    def _stop_named(self, name):
        for n, p in list(self.procs):
            if n == name:
                self._kill(p)
                self.procs.remove((n, p))

    # ----------------------------------------------------------------- files
    def config_path(self):
        return os.path.join(self.dirs["XDG_CONFIG_HOME"], "respite", "config.toml")

    def write_config(self, text):
        """Writes the user config ($XDG_CONFIG_HOME/respite/config.toml); returns its path."""
        return self._write(self.config_path(), text)

    def write_admin(self, text, kind="defaults"):
        """Writes $XDG_CONFIG_DIRS/respite/<kind>.toml (kind: defaults or policy)."""
        return self._write(os.path.join(self.dirs["XDG_CONFIG_DIRS"], "respite", kind + ".toml"), text)

    def state_path(self):
        return os.path.join(self.dirs["XDG_STATE_HOME"], "respite", "state.json")

    @staticmethod
    def _write(path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    # ----------------------------------------------------------------- the app
    def start_app(self, args=(), env=None, wait_socket=False):
        """Launches the tray app (respite-app) with the session env (+ env overrides)."""
        e = dict(self.env)
        if env:
            e.update(env)
        self.app_log_path = os.path.join(self.tmp, "app.log")
        log = open(self.app_log_path, "ab")
        self.app_started_at = time.time()
        self.app = subprocess.Popen([self.binary, *args], env=e, stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True,
                                    preexec_fn=_die_with_parent)
        if wait_socket:
            wait_for(lambda: os.path.exists(self.socket_path()), 10, what="control socket", check=self.check_alive)
        return self.app

    def socket_path(self):
        return os.path.join(self.dirs["XDG_RUNTIME_DIR"], "respite", "control.sock")

    def stop_app(self, grace=5.0):
        """SIGTERM, then SIGKILL after `grace` s; returns the exit code."""
        p, self.app = self.app, None
        if p is None:
            return None
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                p.wait(grace)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait(5)
        return p.returncode

    def wait_exit(self, timeout=10.0):
        """Waits for the app to exit by itself and returns its exit code (keeps self.app for its log)."""
        return self.app.wait(timeout)

    def check_alive(self):
        """Raises when the app exited (with its log tail), so waits fail fast."""
        if self.app is not None and self.app.poll() is not None:
            raise RuntimeError("respite exited with %s:\n%s" % (self.app.returncode, self.app_log()[-3000:]))

    def app_log(self):
        try:
            with open(self.app_log_path, errors="replace") as f:
                return f.read()
        except (AttributeError, OSError):
            return ""

    def dump_app_log(self):
        log = self.app_log()
        if log:
            print("---- respite output ----\n" + log[-6000:] + "\n------------------------", file=sys.stderr)
            with open(os.path.join(self.artifacts, self.name + "-app.log"), "w") as f:
                f.write(log)

    def run_cli(self, *args, timeout=15, input=None, env=None):
        """Runs `respite <args>` (the command line) with the session env; returns CompletedProcess (text, captured)."""
        e = dict(self.env)
        if env:
            e.update(env)
        return subprocess.run([self.cli, *args], env=e, capture_output=True, text=True, timeout=timeout,
                              input=input)

    def status(self):
        """`respite status --json` of the running app, parsed (asserts it answered)."""
        r = self.run_cli("status", "--json")
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    def wait_for(self, predicate, timeout=10.0, interval=0.05, what=None):
        """wait_for() that also fails at once when the app died."""
        return wait_for(predicate, timeout, interval, what, check=self.check_alive)


def run_test(fn, binary=None, **session_kwargs):
    """Runs fn(session) in a fresh Session; prints PASS/FAIL and returns the process exit code."""
    name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
    if binary is None and len(sys.argv) < 2:
        print("usage: %s <path to respite-app> [<path to respite>]" % sys.argv[0], file=sys.stderr)
        return 2

    def on_term(signum, frame):
        raise SystemExit("terminated by signal %d" % signum)
    signal.signal(signal.SIGTERM, on_term)
    try:
        with Session(binary, **session_kwargs) as s:
            if os.environ.get("RESPITE_E2E_VERBOSE"):
                print("harness: display", s.display, "bus", s.bus_address, file=sys.stderr)
            fn(s)
    except Exception:
        traceback.print_exc()
        print("FAIL", name)
        return 1
    print("PASS", name)
    return 0
