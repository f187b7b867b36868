#!/usr/bin/python3
"""`respite autostart on|off|status` (issue 9): the XDG autostart opt-out and opt-in, and the policy lock.

Drives the built binary in a temporary home: a fake system config dir holding the package's autostart entry and,
for the lock, a policy.toml. Usage: test_autostart_cli.py RESPITE [SYSTEM_ENTRY]"""
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

RESPITE = sys.argv[1]
SYSTEM_ENTRY = sys.argv[2] if len(sys.argv) > 2 else None


class Autostart(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        root = pathlib.Path(self.tmp.name)
        self.home = root / "home"
        self.config_home = self.home / ".config"
        self.system = root / "etc-xdg"
        (self.system / "autostart").mkdir(parents=True)
        self.home.mkdir()
        self.user_entry = self.config_home / "autostart" / "respite.desktop"

    def tearDown(self):
        self.tmp.cleanup()

    def install_system_entry(self, text=None):
        if text is None:
            text = pathlib.Path(SYSTEM_ENTRY).read_text() if SYSTEM_ENTRY else \
                "[Desktop Entry]\nType=Application\nName=Respite\nExec=/usr/libexec/respite/respite-app\n"
        (self.system / "autostart" / "respite.desktop").write_text(text)

    def policy(self, text):
        (self.system / "respite").mkdir(exist_ok=True)
        (self.system / "respite" / "policy.toml").write_text(text)

    def run_cli(self, *args):
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.home),
               "XDG_CONFIG_HOME": str(self.config_home), "XDG_CONFIG_DIRS": str(self.system),
               "XDG_STATE_HOME": str(self.home / "state"), "XDG_RUNTIME_DIR": str(self.home / "run")}
        return subprocess.run([RESPITE, "autostart", *args], env=env, capture_output=True, text=True, timeout=30)

    def test_off_writes_a_hidden_entry_and_on_removes_it(self):
        self.install_system_entry()
        r = self.run_cli("status")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith("on (system-wide entry"), r.stdout)
        r = self.run_cli("off")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith("off (you opted out"), r.stdout)
        self.assertIn("\nHidden=true\n", self.user_entry.read_text())
        self.assertTrue(self.run_cli("status").stdout.startswith("off"))
        r = self.run_cli("on")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertFalse(self.user_entry.exists())
        self.assertTrue(r.stdout.startswith("on (system-wide entry"), r.stdout)

    def test_on_without_a_system_entry_writes_one_that_starts_the_app(self):
        self.assertTrue(self.run_cli("status").stdout.startswith("off (no autostart entry is installed)"))
        r = self.run_cli("on")
        self.assertEqual(r.returncode, 0, r.stderr)
        text = self.user_entry.read_text()
        self.assertNotIn("Hidden=true", text)
        exec_line = [line for line in text.splitlines() if line.startswith("Exec=")]
        self.assertEqual(len(exec_line), 1, text)
        app = exec_line[0][len("Exec="):]
        beside = os.path.join(os.path.dirname(os.path.abspath(RESPITE)), "respite-app")
        if os.access(beside, os.X_OK):
            # The build tree's tray app, found beside respite as it is when installed.
            self.assertEqual(os.path.realpath(app), os.path.realpath(beside), exec_line)
        else:
            # A build without the tray app (the sanitizer builds): the installed place is named.
            self.assertTrue(app.endswith("/libexec/respite/respite-app"), exec_line)
        self.assertTrue(self.run_cli("status").stdout.startswith("on (your entry"))
        r = self.run_cli("off")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertFalse(self.user_entry.exists())

    def test_a_disabled_system_entry_is_overridden_by_on(self):
        self.install_system_entry("[Desktop Entry]\nType=Application\nName=Respite\nExec=x\n"
                                  "X-GNOME-Autostart-enabled=false\n")
        self.assertTrue(self.run_cli("status").stdout.startswith("off (the system-wide entry is disabled"))
        self.assertEqual(self.run_cli("on").returncode, 0)
        self.assertTrue(self.run_cli("status").stdout.startswith("on (your entry"))

    def test_policy_lock_refuses_off_with_exit_1_and_says_why(self):
        self.install_system_entry()
        self.policy("[app]\nautostart = true\n")
        r = self.run_cli("off")
        self.assertEqual(r.returncode, 1)
        self.assertIn("policy", r.stderr)
        self.assertIn("policy.toml", r.stderr)
        self.assertIn("app.autostart = true", r.stderr)
        self.assertFalse(self.user_entry.exists())
        self.assertEqual(self.run_cli("on").returncode, 0)
        self.assertIn("locked by policy", self.run_cli("status").stdout)

    def test_policy_lock_wins_over_a_hand_written_opt_out_only_through_on(self):
        self.install_system_entry()
        self.user_entry.parent.mkdir(parents=True)
        self.user_entry.write_text("[Desktop Entry]\nHidden=true\n")
        self.policy("[app]\nautostart = true\n")
        r = self.run_cli("status")
        self.assertTrue(r.stdout.startswith("off"), r.stdout)
        self.assertIn("run `respite autostart on`", r.stdout)
        self.assertEqual(self.run_cli("on").returncode, 0)
        self.assertFalse(self.user_entry.exists())

    def test_an_unreadable_policy_locks_autostart(self):
        self.install_system_entry()
        self.policy("[app\n")
        r = self.run_cli("off")
        self.assertEqual(r.returncode, 1)
        self.assertIn("could not be read", r.stderr)

    def test_usage_errors_and_help(self):
        self.assertEqual(self.run_cli().returncode, 2)
        self.assertEqual(self.run_cli("maybe").returncode, 2)
        r = self.run_cli("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("on|off|status", r.stdout)

    def test_unknown_key_typo_in_policy_is_not_the_autostart_key(self):
        # A policy that locks another key leaves autostart to the user.
        self.install_system_entry()
        self.policy("[micro_break]\nevery = \"20m\"\n")
        self.assertEqual(self.run_cli("off").returncode, 0)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
