#!/usr/bin/python3
"""`respite config check|show|set|unset` run as a user would, in a temporary home.

Usage: test_config_cli.py PATH-TO-RESPITE
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = None


class ConfigCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="respite-config-cli-")
        root = self.tmp.name
        self.home = os.path.join(root, "home")
        self.config_home = os.path.join(root, "config")
        self.etc1 = os.path.join(root, "etc1")
        self.etc2 = os.path.join(root, "etc2")
        for d in (self.home, self.config_home, self.etc1, self.etc2):
            os.makedirs(d)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.home,
            "XDG_CONFIG_HOME": self.config_home,
            "XDG_CONFIG_DIRS": self.etc1 + ":" + self.etc2,
            "XDG_STATE_HOME": os.path.join(root, "state"),
            "LANG": "C.UTF-8",
        }
        self.user_file = os.path.join(self.config_home, "respite", "config.toml")

    def tearDown(self):
        self.tmp.cleanup()

    def put(self, path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def layer(self, base, name, text):
        return self.put(os.path.join(base, "respite", name), text)

    def run_cli(self, *args):
        p = subprocess.run([BINARY, "config", *args], env=self.env, capture_output=True, text=True, timeout=30)
        return p.returncode, p.stdout, p.stderr

    def show_json(self):
        code, out, err = self.run_cli("show", "--json")
        self.assertEqual(code, 0, err)
        return json.loads(out)

    # check -------------------------------------------------------------------------------------------------

    def test_check_without_files_is_ok(self):
        self.assertEqual(self.run_cli("check"), (0, "ok\n", ""))

    def test_check_valid_layers_is_ok(self):
        self.layer(self.etc1, "defaults.toml", '[micro_break]\nevery = "25m"\n')
        self.put(self.user_file, '# mine\n[focus]\nwork = "50m"\n')
        self.assertEqual(self.run_cli("check"), (0, "ok\n", ""))

    def test_check_reports_every_error_with_position_and_exits_2(self):
        self.put(self.user_file, '[micro_break]\nevery = "5h"\nevry = "1m"\n[workday]\nstart = "9"\n')
        code, out, err = self.run_cli("check")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        f = self.user_file
        self.assertEqual(err.splitlines(), [
            f + ":2:9: error: 'micro_break.every' must be between 1m and 4h (got 5h)",
            f + ":3:1: error: unknown key 'micro_break.evry'; did you mean 'micro_break.every'?",
            f + ':5:9: error: \'workday.start\': malformed time (use HH:MM, e.g. "09:00")',
        ])

    def test_check_bad_toml_and_duplicate_key(self):
        bad = self.put(os.path.join(self.tmp.name, "bad.toml"), "[focus]\nwork = \"50m\"\nwork = \"40m\"\n")
        code, _, err = self.run_cli("check", bad)
        self.assertEqual(code, 2)
        self.assertEqual(err, bad + ":3:8: error: duplicate key: cannot redefine existing string 'work'\n")

    def test_check_file_argument(self):
        good = self.put(os.path.join(self.tmp.name, "good.toml"), '[rest_break]\nduration = "10m"\n')
        self.assertEqual(self.run_cli("check", good), (0, "ok\n", ""))
        code, _, err = self.run_cli("check", os.path.join(self.tmp.name, "missing.toml"))
        self.assertEqual(code, 2)
        self.assertIn("missing.toml: error: no such file", err)

    def test_locked_key_in_user_file_is_a_warning_and_policy_wins(self):
        policy = self.layer(self.etc2, "policy.toml", "[prompts]\nstrict = true\n")
        self.put(self.user_file, "[prompts]\nstrict = false\nmax_postpones = 5\n")
        code, out, err = self.run_cli("check")
        self.assertEqual((code, out), (0, "ok\n"))
        self.assertEqual(err, self.user_file + ":2:1: warning: 'prompts.strict' is locked by policy (" + policy +
                         "); the value set here is ignored\n")
        shown = self.show_json()
        self.assertEqual(shown["prompts.strict"], {"value": True, "source": "policy", "file": policy, "locked": True})
        self.assertEqual(shown["prompts.max_postpones"],
                         {"value": 5, "source": "user", "file": self.user_file, "locked": False})

    # show --------------------------------------------------------------------------------------------------

    def test_show_json_lists_every_key_with_its_layer(self):
        d2 = self.layer(self.etc2, "defaults.toml", '[micro_break]\nevery = "30m"\n[focus]\nwork = "40m"\n')
        d1 = self.layer(self.etc1, "defaults.toml", '[micro_break]\nevery = "25m"\n')
        self.put(self.user_file, '[focus]\nwork = "45m"\n[workday]\ndays = ["mon", "tue"]\n')
        shown = self.show_json()
        self.assertEqual(len(shown), 46)
        self.assertEqual(list(shown)[0], "micro_break.enabled")
        self.assertEqual(shown["micro_break.duration"],
                         {"value": "20s", "source": "builtin", "file": None, "locked": False})
        self.assertEqual(shown["micro_break.every"]["value"], "25m")
        self.assertEqual(shown["micro_break.every"]["source"], "defaults")
        self.assertEqual(shown["micro_break.every"]["file"], d1)
        self.assertEqual(shown["focus.work"]["value"], "45m")
        self.assertEqual(shown["focus.work"]["source"], "user")
        self.assertEqual(shown["workday.days"]["value"], ["mon", "tue"])
        self.assertEqual(shown["workday.timezone"]["value"], "")
        self.assertEqual(shown["workday.end"]["value"], "17:30")
        self.assertNotEqual(d2, d1)

    def test_show_text_is_an_aligned_table(self):
        self.put(self.user_file, '[focus]\nwork = "45m"\n')
        code, out, err = self.run_cli("show")
        self.assertEqual((code, err), (0, ""))
        lines = out.splitlines()
        self.assertEqual(lines[0].split(), ["KEY", "VALUE", "SOURCE", "LOCKED", "FILE"])
        self.assertEqual(len(lines), 47)
        value_col = lines[0].index("VALUE")
        source_col = lines[0].index("SOURCE")
        for line in lines[1:]:
            self.assertNotEqual(line[value_col], " ", line)
            self.assertEqual(line[value_col - 1], " ", line)
            self.assertNotEqual(line[source_col], " ", line)
        row = next(line.split() for line in lines if line.startswith("focus.work "))
        self.assertEqual(row, ["focus.work", "45m", "user", "no", self.user_file])

    def test_show_with_invalid_user_file_reports_and_uses_other_layers(self):
        self.layer(self.etc1, "defaults.toml", '[focus]\nwork = "30m"\n')
        self.put(self.user_file, '[focus]\nwork = "45m"\nshort_break = 5\n')
        code, out, err = self.run_cli("show", "--json")
        self.assertEqual(code, 0)
        self.assertIn(self.user_file + ":3:15: error: 'focus.short_break' must be a duration", err)
        self.assertEqual(json.loads(out)["focus.work"]["value"], "30m")

    # set / unset -------------------------------------------------------------------------------------------

    def test_set_keeps_comments_and_unset_restores_the_lower_layer(self):
        self.layer(self.etc1, "defaults.toml", '[micro_break]\nevery = "25m"\n')
        self.put(self.user_file, '# my config\n[micro_break]\n# how often\nevery = "30m" # yes\n')
        code, out, err = self.run_cli("set", "micro_break.every", "35m")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(out, "micro_break.every = 35m (" + self.user_file + ")\n")
        code, out, err = self.run_cli("set", "workday.days", "mon,wed")
        self.assertEqual(code, 0, err)
        with open(self.user_file, encoding="utf-8") as f:
            self.assertEqual(f.read(), '# my config\n[micro_break]\n# how often\nevery = "35m" # yes\n\n'
                                       '[workday]\ndays = ["mon", "wed"]\n')
        code, out, _ = self.run_cli("unset", "micro_break.every")
        self.assertEqual((code, out), (0, "micro_break.every = 25m (defaults)\n"))
        self.assertEqual(self.show_json()["workday.days"]["value"], ["mon", "wed"])

    def test_set_creates_the_user_file(self):
        code, _, err = self.run_cli("set", "breathing.pattern", "4-7-8")
        self.assertEqual(code, 0, err)
        with open(self.user_file, encoding="utf-8") as f:
            self.assertEqual(f.read(), '[breathing]\npattern = "4-7-8"\n')

    def test_set_refuses_locked_and_invalid_values(self):
        self.layer(self.etc1, "policy.toml", '[micro_break]\nevery = "10m"\n')
        code, _, err = self.run_cli("set", "micro_break.every", "30m")
        self.assertEqual(code, 1)
        self.assertIn("'micro_break.every' is locked by policy", err)
        code, _, err = self.run_cli("set", "micro_break.duration", "15m")  # longer than the locked interval
        self.assertEqual(code, 2)
        self.assertIn("'micro_break.duration' (15m) must be shorter than 'micro_break.every' (10m)", err)
        code, _, err = self.run_cli("set", "prompts.max_postpones", "500")
        self.assertEqual(code, 2)
        self.assertIn("must be between 0 and 20", err)
        code, _, err = self.run_cli("set", "prompts.stict", "true")
        self.assertEqual(code, 2)
        self.assertIn("did you mean 'prompts.strict'?", err)
        self.assertFalse(os.path.exists(self.user_file))

    def test_set_follows_a_symlink_and_keeps_permissions(self):
        real = self.put(os.path.join(self.tmp.name, "dotfiles", "respite.toml"), "[focus]\nwork = \"50m\"\n")
        os.chmod(real, 0o640)
        os.makedirs(os.path.dirname(self.user_file))
        os.symlink(real, self.user_file)
        code, _, err = self.run_cli("set", "focus.work", "55m")
        self.assertEqual(code, 0, err)
        self.assertTrue(os.path.islink(self.user_file))
        self.assertEqual(os.stat(real).st_mode & 0o777, 0o640)
        with open(real, encoding="utf-8") as f:
            self.assertEqual(f.read(), '[focus]\nwork = "55m"\n')
        self.assertEqual([n for n in os.listdir(os.path.dirname(real)) if n != "respite.toml"], [])

    # environment -------------------------------------------------------------------------------------------

    def test_xdg_defaults_and_relative_values(self):
        fallback = self.put(os.path.join(self.home, ".config", "respite", "config.toml"), '[focus]\nwork = "42m"\n')
        del self.env["XDG_CONFIG_HOME"]
        self.assertEqual(self.show_json()["focus.work"]["file"], fallback)
        self.env["XDG_CONFIG_HOME"] = "relative/dir"  # the spec says: ignore relative paths
        self.assertEqual(self.show_json()["focus.work"]["file"], fallback)
        self.env["XDG_CONFIG_DIRS"] = "relative:" + self.etc2
        policy = self.layer(self.etc2, "policy.toml", "[notifications]\nsound = false\n")
        self.assertEqual(self.show_json()["notifications.sound"]["file"], policy)

    # usage -------------------------------------------------------------------------------------------------

    def test_usage_errors_exit_2(self):
        for args in ([], ["bogus"], ["show", "--yaml"], ["check", "a", "b"], ["set", "micro_break.every"],
                     ["unset"]):
            code, out, err = self.run_cli(*args)
            self.assertEqual(code, 2, args)
            self.assertEqual(out, "", args)
            self.assertIn("usage: respite config", err, args)


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
