#!/usr/bin/python3
"""Config reload: an edited valid file applies at once (file watch); an invalid one keeps the running settings,
the user is told with file:line:column, and `respite reload` fails (exit 1) with the same message. SIGHUP
re-reads every layer, e.g. a policy file an administrator just installed (only the user file is watched)."""
import json
import signal
import sys

from harness import run_test


def micro_due(s):
    r = s.run_cli("status", "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["micro"]["due_in_s"]


def test(s):
    s.write_config('[micro_break]\nevery = "20m"\n')
    s.start_app(wait_socket=True)
    s.wait_registered()
    assert micro_due(s) <= 20 * 60

    s.write_config('[micro_break]\nevery = "45m"\n')
    s.wait_for(lambda: micro_due(s) > 40 * 60, 10, what="the new interval applied by the file watch")

    s.write_config('[micro_break]\nevery = "45m"\nbanana = 3\n')
    s.wait_for(lambda: any("config.toml:3:" in n["body"] for n in s.notifications()), 10,
               what="a notification naming config.toml:3:column")
    r = s.run_cli("reload")
    assert r.returncode == 1 and "config.toml:3:" in r.stderr, (r.returncode, r.stderr)
    assert micro_due(s) > 40 * 60, "running settings were not kept"
    s.screenshot("invalid-config")

    s.write_config('[micro_break]\nevery = "30m"\n')
    assert s.run_cli("reload").returncode == 0
    assert micro_due(s) <= 30 * 60

    s.write_admin('[micro_break]\nevery = "55m"\n', kind="policy")
    s.app.send_signal(signal.SIGHUP)
    s.wait_for(lambda: micro_due(s) > 50 * 60, 10, what="the policy applied on SIGHUP")
    s.check_alive()


if __name__ == "__main__":
    sys.exit(run_test(test))
