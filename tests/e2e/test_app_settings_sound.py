#!/usr/bin/python3
"""Issue 15, Sound: the chime and the break end each choose among the bundled sounds (assets/sounds) and share a
volume; the keys take only bundled names and 0-100, and `config show` lists them."""
import json
import os
import sys

from harness import run_test

SOUNDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "sounds")


def test(s):
    bundled = sorted(os.path.splitext(n)[0] for n in os.listdir(SOUNDS) if n.endswith(".wav"))
    assert bundled == ["bell", "bowl", "chime"], bundled
    for name in bundled:
        r = s.run_cli("config", "set", "sound.chime", name)
        assert r.returncode == 0, r.stderr
    assert s.run_cli("config", "set", "sound.break_end", "bowl").returncode == 0
    assert s.run_cli("config", "set", "sound.volume", "35").returncode == 0
    before = open(s.config_path()).read()
    for key, value in (("sound.chime", "kazoo"), ("sound.volume", "101"), ("sound.volume", "-1")):
        r = s.run_cli("config", "set", key, value)
        assert r.returncode == 2, (key, value, r.returncode, r.stderr)
    assert open(s.config_path()).read() == before
    shown = json.loads(s.run_cli("config", "show", "--json").stdout)
    assert shown["sound.chime"]["value"] == "chime", shown["sound.chime"]
    assert shown["sound.break_end"]["value"] == "bowl"
    assert shown["sound.volume"]["value"] == 35
    assert s.run_cli("config", "check").returncode == 0


if __name__ == "__main__":
    sys.exit(run_test(test, watcher=False, notifications=False))
