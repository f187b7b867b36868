#!/usr/bin/python3
"""Issue 15 bug 6: the tray's "Breathing pattern" tick reset to Box after pause/resume and the choice was not
saved. The choice is the user's breathing.pattern setting: the tick stays through pause/resume, the user file
holds it (other lines kept), and a restarted app ticks it again."""
import sys

from harness import run_test


def ticked(s):
    node = s.find_menu_item(["Breathing pattern"])
    return [c["label"] for c in node["children"] if c.get("toggle-state") == 1]


def test(s):
    path = s.write_config("# my settings\n[micro_break]\nevery = \"25m\"\n")
    s.start_app(wait_socket=True)
    s.wait_registered()
    assert ticked(s) == ["Box (4-4-4-4)"], ticked(s)

    s.click(["Breathing pattern", "Coherent (5.5 s in, 5.5 s out)"])
    s.wait_for(lambda: ticked(s) == ["Coherent (5.5 s in, 5.5 s out)"], 5, what="Coherent ticked")
    s.wait_for(lambda: 'pattern = "coherent"' in open(path).read(), 5, what="the choice saved")
    text = open(path).read()
    assert "# my settings" in text and 'every = "25m"' in text, text

    s.click(["Pause", "30 min"])
    s.wait_for(lambda: s.status()["paused"], 5, what="paused")
    s.wait_for(lambda: "Resume" in s.menu_labels(), 5, what="Resume in the menu")
    assert ticked(s) == ["Coherent (5.5 s in, 5.5 s out)"], ticked(s)
    s.click(["Resume"])
    s.wait_for(lambda: not s.status()["paused"], 5, what="resumed")
    s.wait_for(lambda: "Resume" not in s.menu_labels(), 5, what="Pause back in the menu")
    assert ticked(s) == ["Coherent (5.5 s in, 5.5 s out)"], ticked(s)
    r = s.run_cli("config", "check")
    assert r.returncode == 0, r.stderr

    s.stop_app()
    s.start_app(wait_socket=True)
    s.wait_registered()
    s.wait_for(lambda: ticked(s) == ["Coherent (5.5 s in, 5.5 s out)"], 5, what="Coherent ticked after a restart")


if __name__ == "__main__":
    sys.exit(run_test(test))
