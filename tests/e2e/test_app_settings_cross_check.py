#!/usr/bin/python3
"""Issue 15 bug 1: Settings saved a file the app then rejected (Every 5m, Duration 10m) and could not repair it.
The dialog runs the loader's cross-checks before it writes: a conflicting Save keeps the dialog open, writes
nothing and marks the field; after the fix the file is written and `config check` accepts it. A broken file is
shown as written and a Save that does not repair it is refused."""
import os
import sys
import time

from harness import run_test

TITLE = "^Respite Settings$"


def read(path):
    return open(path).read() if os.path.exists(path) else None


def keys(s, *names):
    s.xdotool("key", "--clearmodifiers", *names)


def open_settings(s):
    s.click(["Settings"])
    wid = s.wait_window(TITLE)
    time.sleep(1)
    s.xdotool("windowactivate", "--sync", wid)
    return wid


def test(s):
    s.start_wm()
    s.start_app(wait_socket=True)
    s.wait_registered()
    path = s.config_path()
    assert read(path) is None

    # Micro-breaks page: the section list has focus; Tab reaches "Enabled", then "Every", then "Duration".
    open_settings(s)
    keys(s, "Tab", "Tab", "ctrl+a")
    s.xdotool("type", "--delay", "40", "5m")
    keys(s, "Tab", "ctrl+a")
    s.xdotool("type", "--delay", "40", "10m")
    keys(s, "Return")
    time.sleep(1.5)
    s.screenshot("settings-conflict")
    assert s.windows(TITLE), "the dialog closed although Duration is longer than Every"
    assert read(path) is None, "a conflicting Save wrote the file: %r" % read(path)

    # The dialog focused Duration, the field the message is about: fix it there and save.
    keys(s, "ctrl+a")
    s.xdotool("type", "--delay", "40", "1m")
    keys(s, "Return")
    s.wait_no_window(TITLE)
    text = s.wait_for(lambda: read(path), 5, what="the user file written")
    assert 'every = "5m"' in text and 'duration = "1m"' in text, text
    r = s.run_cli("config", "check")
    assert r.returncode == 0, r.stderr

    # A broken file (written by hand) is shown as written; Save without repairing it is refused.
    broken = '[micro_break]\nevery = "5m"\nduration = "10m"\n'
    s.write_config(broken)
    s.run_cli("reload")
    time.sleep(0.5)
    open_settings(s)
    keys(s, "Return")
    time.sleep(1.5)
    s.screenshot("settings-broken-file")
    assert s.windows(TITLE), "Save closed the dialog and left the broken file"
    assert read(path) == broken, read(path)
    # Focus is on Duration again (the field in conflict): repair it.
    keys(s, "ctrl+a")
    s.xdotool("type", "--delay", "40", "2m")
    keys(s, "Return")
    s.wait_no_window(TITLE)
    r = s.run_cli("config", "check")
    assert r.returncode == 0, (r.stderr, read(path))
    assert 'duration = "2m"' in read(path), read(path)


if __name__ == "__main__":
    sys.exit(run_test(test))
