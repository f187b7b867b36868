#!/usr/bin/python3
"""bench/history_year.sh's window figure: the tray app, with HISTORY as the user's history file, in the e2e
harness's headless session (Xvfb, private bus, fake StatusNotifierWatcher); "Statistics…" is clicked over the
D-Bus menu and the statistics window's MapNotify is waited for (bench/footprint_x11.py's watcher), five times,
each after the window was closed again.
    history_window.py RESPITE_APP RESPITE HISTORY"""
import os
import re
import shutil
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "e2e"))
sys.path.insert(0, HERE)
from footprint_x11 import XWatcher  # noqa: E402
from harness import Session  # noqa: E402

app, cli, history = sys.argv[1:4]
TITLE = re.compile("^Respite Statistics")

with Session(app, cli=cli) as s:
    target = os.path.join(s.env["XDG_DATA_HOME"], "respite", "history.sqlite3")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copy(history, target)
    s.write_config('[workday]\ntimezone = "Europe/Berlin"\n')
    s.start_app(wait_socket=True)
    s.wait_registered()
    watcher = XWatcher(s.display)
    watcher.start()
    times = []
    for i in range(5):
        t0 = time.monotonic()
        s.click(["Statistics…"])
        m = watcher.wait_map(None, t0, 10, TITLE)
        if m is None:
            sys.exit("history_window: no statistics window within 10 s")
        times.append((m.mono - t0) * 1000)
        time.sleep(0.5)
        s.key("Escape", m.wid)
        s.wait_no_window("^Respite Statistics")
        time.sleep(0.3)
    watcher.stop()
    print("statistics window, click -> mapped: first %.0f ms, median of 5 %.0f ms (budget: 200 ms)"
          % (times[0], statistics.median(times)))
