#!/usr/bin/python3
"""Issue 15 bug 1, command line: `respite config set` refuses an edit that breaks a cross-field rule with the
rest of the file (the same check as the settings dialog): exit 2, the file unchanged; `config check` passes."""
import sys

from harness import run_test


def test(s):
    text = '# mine\n[micro_break]\nduration = "10m"\n'
    path = s.write_config(text)
    # The rule is blamed on Duration (already in the file), not on the key being set: it must still refuse.
    r = s.run_cli("config", "set", "micro_break.every", "5m")
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "must be shorter than" in r.stderr, r.stderr
    assert open(path).read() == text, open(path).read()
    r = s.run_cli("config", "set", "micro_break.every", "15m")
    assert r.returncode == 0, r.stderr
    assert s.run_cli("config", "check").returncode == 0
    # A rule with another layer: admin defaults lengthen the break; setting a short interval is refused.
    s.write_admin('[rest_break]\nduration = "30m"\n')
    before = open(path).read()
    r = s.run_cli("config", "set", "rest_break.every", "20m")
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert open(path).read() == before
    assert s.run_cli("config", "check").returncode == 0


if __name__ == "__main__":
    sys.exit(run_test(test, watcher=False, notifications=False))
