#!/usr/bin/python3
"""Under LANG=C and with LANG unset (empty), the menu keeps its non-ASCII labels ("Settings…", "·"): the app
decodes its UTF-8 strings even when the locale's codeset is ASCII (wx would turn them into empty labels)."""
import re
import sys

from harness import midday_timezone, run_test, workday_config
from tray_menu_items import TOP




def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    labels = s.wait_for(lambda: (lambda l: re.match(r"^Micro-break in \d+ min · Rest in \d+ min$", l[0]) and l)(
        s.menu_labels()), 10, what="status line")
    assert labels[1:] == TOP, labels
    assert "non-stock menu item" not in s.app_log(), s.app_log()[-2000:]


if __name__ == "__main__":
    rc = 0
    for lang in ("C", ""):
        print("LANG=%r" % lang)
        rc |= run_test(test, lang=lang)
    sys.exit(rc)
