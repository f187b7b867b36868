#!/usr/bin/python3
"""Issue 16 item 4: an admin policy.toml with a syntax error (or one that is not a readable file) fails closed.
The user's own values are not applied, the admin defaults are; the app says the administrator's policy could not
be read, naming it; `respite config show` marks every key locked because of it."""
import json
import os
import sys

from harness import midday_timezone, run_test, workday_config


def test(s):
    tz = midday_timezone()
    s.write_admin('[micro_break]\nevery = "25m"\n', kind="defaults")
    policy = s.write_admin('[prompts\nstrict = true\n', kind="policy")  # the admin's typo
    s.write_config(workday_config(tz) + '[micro_break]\nevery = "7m"\n[prompts]\nstrict = false\n')

    shown = s.run_cli("config", "show", "--json")
    keys = json.loads(shown.stdout)
    assert keys["micro_break.every"]["value"] == "25m", keys["micro_break.every"]
    assert keys["micro_break.every"]["source"] == "defaults", keys["micro_break.every"]
    for key, entry in keys.items():
        assert entry["locked"] is True and entry["policy_unreadable"] == policy, (key, entry)
    table = s.run_cli("config", "show").stdout
    assert "yes (policy unreadable)" in table, table
    assert "could not be read" in shown.stderr and policy in shown.stderr, shown.stderr

    s.start_app(wait_socket=True, env={"TZ": tz, "RESPITE_IDLE_BACKEND": "always-present"})
    st = s.wait_for(lambda: (lambda j: j["micro"]["enabled"] and j)(s.status()), 20, what="status")
    assert 23 * 60 < st["micro"]["due_in_s"] <= 25 * 60, st["micro"]  # the admin default, not the user's 7m

    def told():
        for n in s.notifications():
            if "policy could not be read" in n["summary"] and policy in n["body"]:
                return n
        return None
    n = s.wait_for(told, 20, what="the policy notification")
    assert "settings file has an error" not in n["summary"], n
    assert "administrator's policy could not be read" in s.app_log(), s.app_log()
    s.stop_app()

    # A FIFO where the policy should be neither blocks the app nor unlocks the user's values.
    os.remove(policy)
    os.mkfifo(policy)
    s.start_app(wait_socket=True, env={"TZ": tz, "RESPITE_IDLE_BACKEND": "always-present"})
    st = s.wait_for(lambda: (lambda j: j["micro"]["enabled"] and j)(s.status()), 20, what="status with a FIFO")
    assert 23 * 60 < st["micro"]["due_in_s"] <= 25 * 60, st["micro"]
    r = s.run_cli("config", "set", "micro_break.every", "9m")
    assert r.returncode != 0 and "locked" in r.stderr, (r.returncode, r.stderr)


if __name__ == "__main__":
    sys.exit(run_test(test))
