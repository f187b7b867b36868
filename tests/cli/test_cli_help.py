#!/usr/bin/python3
"""The command line on CLI11 (issue 8 §5, issue 12): every subcommand answers --help with its own usage and exit 0,
a misspelt command or option gets a suggestion and exit 2, live commands without an app exit 1, and `plan`'s
markers and `--from` forms are explained in its help."""
import os
import subprocess
import sys
import tempfile
import unittest

BIN = sys.argv[1] if len(sys.argv) > 1 else "build/src/app/respite"

SUBCOMMANDS = [["status"], ["pause"], ["resume"], ["break"], ["breathe"], ["focus"], ["reload"], ["quit"],
               ["plan"], ["config"], ["config", "check"], ["config", "show"], ["config", "set"], ["config", "unset"]]


class CliHelp(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        d = self.tmp.name
        # No app runs here: the runtime dir is empty.
        self.env = dict(os.environ, HOME=d, XDG_CONFIG_HOME=os.path.join(d, "c"), XDG_CONFIG_DIRS=os.path.join(d, "e"),
                        XDG_STATE_HOME=os.path.join(d, "s"), XDG_RUNTIME_DIR=d, TZ="Europe/Berlin")

    def tearDown(self):
        self.tmp.cleanup()

    def run_cli(self, *args):
        return subprocess.run([BIN, *args], capture_output=True, text=True, env=self.env, timeout=30)

    def test_every_subcommand_answers_help_with_its_own_usage(self):
        for sub in SUBCOMMANDS:
            for flag in ("--help", "-h"):
                r = self.run_cli(*sub, flag)
                self.assertEqual(r.returncode, 0, (sub, r.stderr))
                self.assertIn("usage: respite " + " ".join(sub), r.stdout, sub)
                self.assertEqual(r.stderr, "", sub)

    def test_top_level_help_lists_every_command(self):
        for args in (["--help"], ["help"]):
            r = self.run_cli(*args)
            self.assertEqual(r.returncode, 0)
            for sub in ["status", "pause", "resume", "break", "breathe", "focus", "reload", "quit", "plan",
                        "config check", "config show", "--version", "Exit codes: 0 ok, 1 app not running"]:
                self.assertIn(sub, r.stdout)

    def test_typos_get_a_suggestion(self):
        for args, guess in ((["stauts"], "status"), (["brek", "rest"], "break"), (["status", "--josn"], "--json"),
                            (["plan", "--hour", "3"], "--hours"), (["config", "shwo"], "show"),
                            (["breathe", "--minuts", "3"], "--minutes")):
            r = self.run_cli(*args)
            self.assertEqual(r.returncode, 2, (args, r.stderr))
            self.assertIn("did you mean '%s'?" % guess, r.stderr, args)
            self.assertIn("usage: respite", r.stderr, args)
            self.assertEqual(r.stdout, "", args)

    def test_usage_errors_exit_2_before_contacting_the_app(self):
        for args in (["pause"], ["pause", "soon"], ["pause", "--until", "25:00"], ["pause", "100h"],
                     ["pause", "30m", "--tomorrow"], ["break", "nap"], ["breathe", "--minutes", "0"],
                     ["breathe", "--minutes", "61"], ["breathe", "--pattern", "square"], ["focus"],
                     ["focus", "maybe"], ["status", "--yaml"], ["resume", "now"], ["plan", "--respond", "sulk"]):
            r = self.run_cli(*args)
            self.assertEqual(r.returncode, 2, (args, r.stderr))
            self.assertNotIn("not running", r.stderr, args)

    def test_pause_longer_than_a_day_points_to_tomorrow(self):
        r = self.run_cli("pause", "100h")
        self.assertEqual(r.returncode, 2)
        self.assertIn("100h is longer than a day; pause at most 24h, or use --tomorrow", r.stderr)
        r = self.run_cli("pause", "--help")
        self.assertIn("at most 24h", r.stdout)
        self.assertIn("--tomorrow", r.stdout)

    def test_live_commands_without_an_app_exit_1(self):
        for args in (["status"], ["pause", "30m"], ["resume"], ["break"], ["quit"]):
            r = self.run_cli(*args)
            self.assertEqual(r.returncode, 1, (args, r.stderr))
            self.assertIn("the app is not running", r.stderr)

    def test_version(self):
        for flag in ("--version", "-V"):
            r = self.run_cli(flag)
            self.assertEqual(r.returncode, 0)
            self.assertRegex(r.stdout, r"^respite \d+\.\d+\.\d+\n$")

    def test_short_paths_print_what_the_parser_prints(self):
        # `--version`, `-V`, `--help` and `-h` alone are answered before the parser is built (issue 12: 3 ms);
        # with another word after them the parser answers, and the text is the same.
        version = self.run_cli("--version", "status")
        self.assertEqual(version.returncode, 0)
        for flag in ("--version", "-V"):
            self.assertEqual(self.run_cli(flag).stdout, version.stdout)
        parsed = self.run_cli("-h", "--json")  # an option CLI11 rejects unless help comes first
        self.assertEqual(parsed.returncode, 0, parsed.stderr)
        for flag in ("--help", "-h", "help"):
            r = self.run_cli(flag)
            self.assertEqual((r.returncode, r.stderr), (0, ""))
            self.assertEqual(r.stdout, parsed.stdout, flag)

    def test_plan_help_explains_markers_and_times(self):
        r = self.run_cli("plan", "--help")
        self.assertEqual(r.returncode, 0)
        for words in ("[N]", "postpones left", "(reason)", "user: you asked for it", "break_folded",
                      "2026-11-23T08:00", "workday.timezone"):
            self.assertIn(words, r.stdout)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
