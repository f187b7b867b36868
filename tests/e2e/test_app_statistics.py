#!/usr/bin/python3
"""Issue 11: the tray menu's "Statistics…" opens the statistics window on this week, read from the history file
off the GUI thread; Left shows the week before, with the bars of a week that `respite plan --record-history`
made (Monday to Friday, 08:00-18:00 at the screen, one hour past the 17:00 end). With history off the menu says
so."""
import datetime
import os
import subprocess
import sys
import time

from harness import run_test

TITLE = "^Respite Statistics"
CONFIG = ('[workday]\ndays = ["mon", "tue", "wed", "thu", "fri"]\nstart = "08:00"\nend = "17:00"\n'
          'timezone = "UTC"\n')
ACCENT = "#3F8678"  # the light palette's accent: the bars of screen time in working hours


def accent_pixels(path):
    """How many pixels of the screenshot have the bars' colour."""
    out = subprocess.run(["convert", path, "-fill", "black", "+opaque", ACCENT, "-fill", "white", "-opaque", ACCENT,
                          "-format", "%[fx:mean*w*h]", "info:"], capture_output=True, text=True, timeout=30)
    return float(out.stdout.strip() or 0)


def test(s):
    today = datetime.datetime.now(datetime.timezone.utc).date()
    last_monday = today - datetime.timedelta(days=today.weekday() + 7)
    csv = os.path.join(s.tmp, "week.csv")
    with open(csv, "w") as f:
        for d in range(5):
            day = last_monday + datetime.timedelta(days=d)
            f.write("%sT08:00:00+00:00,%sT18:00:00+00:00,active\n" % (day, day))
    cfg = os.path.join(s.tmp, "plan.toml")
    with open(cfg, "w") as f:
        f.write(CONFIG)
    history = os.path.join(s.env["XDG_DATA_HOME"], "respite", "history.sqlite3")
    os.makedirs(os.path.dirname(history), exist_ok=True)
    r = s.run_cli("plan", "--config", cfg, "--from", str(last_monday), "--hours", "168", "--activity", csv,
                  "--record-history", history)
    assert r.returncode == 0, r.stderr

    s.start_wm()
    s.write_config(CONFIG)
    s.start_app(wait_socket=True)
    s.wait_registered()
    assert "Statistics…" in s.menu_labels(), s.menu_labels()
    s.click(["Statistics…"])
    wid = s.wait_window(TITLE)
    time.sleep(1)
    this_week = s.screenshot("this-week")
    s.xdotool("windowactivate", "--sync", wid)
    s.key("Left")
    heading = "Week of %d %s %d" % (last_monday.day, last_monday.strftime("%B"), last_monday.year)
    s.wait_for(lambda: heading in s.window_name(wid), 10, what="the title naming %s" % heading)
    time.sleep(0.8)
    last_week = s.screenshot("last-week")
    # Five days of about 9 h in working hours: tall bars where this week (only today, just begun) has none.
    assert accent_pixels(last_week) > accent_pixels(this_week) + 5000, (accent_pixels(last_week),
                                                                       accent_pixels(this_week))
    s.key("Escape")
    s.wait_no_window(TITLE)
    assert s.stop_app() == 0, s.app_log()[-2000:]

    # Off by policy: the menu item says so, and nothing is written.
    s.write_admin("[history]\nenabled = false\n", kind="policy")
    s.start_app(wait_socket=True)
    s.wait_registered()
    s.wait_for(lambda: "Statistics (history is off)…" in s.menu_labels(), 10, what="the menu saying history is off")
    assert s.stop_app() == 0


if __name__ == "__main__":
    sys.exit(run_test(test))
