#!/usr/bin/python3
"""Issue 15, Tray rough edges: a running focus session shows in the tray icon. Started from the menu, the item's
icon becomes respite-focus (a themed icon the app ships in every size) with its own accessible description, and
a notification says the session started; started from the command line the icon changes the same way; stopped, the icon is the normal one again."""
import os
import sys

from harness import midday_timezone, run_test, workday_config

SIZES = ["16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256"]


def test(s):
    tz = midday_timezone()
    s.write_config('[focus]\nwork = "25m"\n' + workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    s.wait_for(lambda: s.menu_labels()[0].startswith("Micro-break in"), 10, what="status line")
    assert s.item_properties()["IconName"] == "respite", s.item_properties()

    s.click(["Start focus session"])
    s.wait_for(lambda: s.item_properties()["IconName"] == "respite-focus", 5, what="the focus icon")
    props = s.item_properties()
    assert props["IconAccessibleDesc"] == "Respite: focus session", props
    theme = props["IconThemePath"]
    if theme:  # the build tree's icons (an installed copy uses the system theme)
        missing = [z for z in SIZES + ["scalable"]
                   if not os.path.exists(os.path.join(theme, "hicolor", z, "apps",
                                                      "respite-focus." + ("svg" if z == "scalable" else "png")))]
        assert not missing, (theme, missing)
    s.wait_for(lambda: [n for n in s.notifications() if n["summary"] == "Focus session started"], 5,
               what="a focus notification")

    s.click(["Stop focus session"])
    s.wait_for(lambda: s.item_properties()["IconName"] == "respite", 5, what="the normal icon after the session")

    r = s.run_cli("focus", "start")
    assert r.returncode == 0, (r.stdout, r.stderr)
    s.wait_for(lambda: s.item_properties()["IconName"] == "respite-focus", 5, what="the focus icon (CLI)")
    r = s.run_cli("focus", "stop")
    assert r.returncode == 0, (r.stdout, r.stderr)
    s.wait_for(lambda: s.item_properties()["IconName"] == "respite", 5, what="the normal icon (CLI stop)")


if __name__ == "__main__":
    sys.exit(run_test(test))
