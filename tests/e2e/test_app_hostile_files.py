#!/usr/bin/python3
"""Issue 16 items 5-7: hostile files neither hang nor crash the real app. A FIFO as config.toml, a link to
/dev/zero as defaults.toml and a 100 MB state.json: the app starts and answers, says what it skipped, keeps the
state file aside and writes a fresh 0600 one. Then a 70 KB config with a 35,000-part table header: the app starts
(it crashed at every start), and `respite config check` names the file and line."""
import glob
import os
import stat
import sys
import time

from harness import run_test


def assert_starts(s, what):
    started = time.time()
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    st = s.wait_for(lambda: s.status(), 20, what="status with " + what)
    assert st["micro"]["enabled"], st
    return time.time() - started


def test(s):
    config = s.config_path()
    os.makedirs(os.path.dirname(config), exist_ok=True)
    os.mkfifo(config)
    defaults = os.path.join(s.dirs["XDG_CONFIG_DIRS"], "respite", "defaults.toml")
    os.makedirs(os.path.dirname(defaults), exist_ok=True)
    os.symlink("/dev/zero", defaults)
    state = s.state_path()
    os.makedirs(os.path.dirname(state), exist_ok=True)
    with open(state, "w") as f:
        f.write('{"version": 1, "pad": "')
        f.truncate(100 * 1024 * 1024)
    with open(state, "a") as f:
        f.write('"}')

    took = assert_starts(s, "a FIFO, /dev/zero and 100 MB")
    print("started in %.2f s" % took)
    log = s.wait_for(lambda: (lambda t: "state file unreadable" in t and t)(s.app_log()), 10, what="the state problem")
    assert "is larger than 256 KiB" in log, log
    told = s.wait_for(lambda: [n for n in s.notifications() if "not a regular file" in n["body"]], 10,
                      what="the skipped config files notified")
    assert "is a named pipe (FIFO)" in told[0]["body"] and "is a device" in told[0]["body"], told
    kept = glob.glob(state + ".bad-*")
    assert len(kept) == 1 and os.path.getsize(kept[0]) > 100 * 1024 * 1024, kept
    assert stat.S_ISFIFO(os.stat(config).st_mode), "the FIFO is the user's: left alone"
    r = s.run_cli("config", "show", timeout=10)
    assert "is a named pipe (FIFO), not a regular file" in r.stderr, r.stderr
    assert "is a device, not a regular file" in r.stderr, r.stderr
    s.stop_app()
    assert stat.S_ISREG(os.lstat(state).st_mode) and stat.S_IMODE(os.stat(state).st_mode) == 0o600

    os.remove(config)
    deep = "[micro_break]\nevery = \"20m\"\n\n[" + ".".join(["a"] * 35000) + "]\n"
    s.write_config(deep)
    assert len(deep) > 69000
    r = s.run_cli("config", "check")
    assert r.returncode != 0, r
    assert config + ":4:2: error: a key or table name of more than 16 dotted parts" in r.stdout + r.stderr, r
    assert_starts(s, "a 35,000-part table header")
    s.wait_for(lambda: [n for n in s.notifications() if config + ":4:2: error: a key or table name of more than 16"
                        in n["body"]], 10, what="the too-deep config notified")
    s.check_alive()


if __name__ == "__main__":
    sys.exit(run_test(test))
