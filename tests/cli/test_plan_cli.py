#!/usr/bin/python3
"""`respite plan`, `--help` and `--version` run as a user would run them (issue 2, "Command line")."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BIN = sys.argv[1] if len(sys.argv) > 1 else "build/src/app/respite"


class PlanCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.env = dict(os.environ, HOME=self.dir, XDG_CONFIG_HOME=os.path.join(self.dir, "config"),
                        XDG_CONFIG_DIRS=os.path.join(self.dir, "etc"), XDG_STATE_HOME=os.path.join(self.dir, "state"),
                        TZ="Europe/Berlin")

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def run_cli(self, *args, env=None):
        return subprocess.run([BIN, *args], capture_output=True, text=True, env=env or self.env, timeout=60)

    def plan(self, *args):
        r = self.run_cli("plan", "--from", "2026-11-23T08:00:00+01:00", "--json", *args)
        self.assertEqual(r.returncode, 0, r.stderr)
        return [json.loads(line) for line in r.stdout.splitlines()]

    def test_continuously_active_user_gets_the_default_timeline(self):
        events = self.plan("--hours", "2")
        prompts = [e for e in events if e["event"] == "break_prompt"]
        self.assertEqual(prompts[0]["at"], "2026-11-23T08:20:00+01:00")
        self.assertEqual(prompts[0]["utc"], "2026-11-23T07:20:00Z")
        self.assertEqual(prompts[0]["break"], "micro")
        # the 08:40 micro-break folds into the 08:50 rest break
        self.assertEqual([(p["at"][11:16], p["break"]) for p in prompts[:3]],
                         [("08:20", "micro"), ("08:50", "rest"), ("09:15", "micro")])
        for e in events:
            self.assertIn("at", e)
            self.assertIn("utc", e)
            self.assertIn("event", e)

    def test_folded_micro_break_is_shown_and_durations_are_whole_seconds(self):
        events = self.plan("--hours", "1")
        folded = [(e["at"][11:19], e["break"], e["reason"]) for e in events if e["event"] == "break_folded"]
        self.assertEqual(folded, [("08:40:20", "micro", "rest")])
        for e in events:
            for key in ("duration_s", "total_s"):
                if key in e:
                    self.assertIsInstance(e[key], int, e)
        r = self.run_cli("plan", "--from", "2026-11-23T08:00:00+01:00", "--hours", "1")
        self.assertIn("Mon 2026-11-23 08:40:20 +01:00  break_folded         micro  (rest)", r.stdout)

    def test_from_takes_a_date_or_local_time_in_the_configured_zone(self):
        cfg = self.write("ny.toml", '[workday]\ntimezone = "America/New_York"\n')
        for start in ("2026-11-23T08:00", "2026-11-23 08:00:00", "2026-11-23T08:00:00-05:00"):
            r = self.run_cli("plan", "--config", cfg, "--from", start, "--hours", "1", "--json")
            self.assertEqual(r.returncode, 0, r.stderr)
            first = json.loads(r.stdout.splitlines()[0])
            self.assertEqual(first["utc"], "2026-11-23T13:19:50Z", start)  # 08:19:50 in New York
        r = self.run_cli("plan", "--config", cfg, "--from", "2026-11-23", "--hours", "1", "--json")
        self.assertEqual(json.loads(r.stdout.splitlines()[0])["at"], "2026-11-23T00:19:50-05:00")
        for bad in ("2026-13-01", "2026-11-23T25:00", "tomorrow", "2026-11-23T08:00+1"):
            r = self.run_cli("plan", "--from", bad)
            self.assertEqual(r.returncode, 2, bad)
            self.assertIn("--from takes a date", r.stderr)

    def test_hours_zero_gets_a_message_that_does_not_contradict_itself(self):
        for hours in ("0", "-1", "9000", "nan"):
            r = self.run_cli("plan", "--hours", hours)
            self.assertEqual(r.returncode, 2, hours)
            self.assertIn("--hours must be more than 0 and at most 8784", r.stderr)

    def test_zone_comes_from_config_then_tz(self):
        cfg = self.write("ny.toml", '[workday]\ntimezone = "America/New_York"\n')
        events = self.plan("--hours", "1", "--config", cfg)
        self.assertTrue(events[0]["at"].endswith("-05:00"), events[0])
        events = self.plan("--hours", "1")
        self.assertTrue(events[0]["at"].endswith("+01:00"), events[0])

    def test_activity_csv_away_and_busy(self):
        csv = self.write("trace.csv", "\n".join([
            "# start,end,state",
            "2026-11-23T08:00:00+01:00,2026-11-23T08:15:00+01:00,active",
            # 08:15-08:30 uncovered: away, a natural rest break
            "2026-11-23T08:30:00+01:00,2026-11-23T08:40:00+01:00,active",
            "2026-11-23T08:40:00+01:00,2026-11-23T09:10:00+01:00,busy",
            "2026-11-23T09:10:00+01:00,2026-11-23T09:30:00+01:00,active",
        ]) + "\n")
        events = self.plan("--hours", "1.5", "--activity", csv)
        kinds = [(e["at"][11:19], e["event"], e.get("break")) for e in events]
        self.assertIn(("08:15:20", "natural_break", "micro"), kinds)
        self.assertIn(("08:20:00", "natural_break", "rest"), kinds)
        self.assertIn(("08:50:00", "break_deferred", "micro"), kinds)
        self.assertIn(("09:10:00", "break_prompt", "micro"), kinds)
        self.assertFalse([k for k in kinds if k[1] == "break_prompt" and "08:15:00" <= k[0] < "08:30:00"])

    def test_activity_csv_reading_is_screen_time_not_a_natural_break(self):
        """Issue 13: 30 minutes of reading after 10 active ones are no rest break; the rest break comes on screen time."""
        def trace(state):
            return self.write(state + ".csv", "\n".join([
                "2026-11-23T08:00:00+01:00,2026-11-23T08:10:00+01:00,active",
                f"2026-11-23T08:10:00+01:00,2026-11-23T08:40:00+01:00,{state}",
                "2026-11-23T08:40:00+01:00,2026-11-23T09:10:00+01:00,active",
            ]) + "\n")
        idle = [(e["at"][11:19], e["event"], e.get("break"), e.get("reason"))
                for e in self.plan("--hours", "1", "--activity", trace("idle"))]
        self.assertIn(("08:15:00", "natural_break", "rest", None), idle)
        self.assertFalse([e for e in idle if e[1] == "break_prompt" and e[2] == "rest"], idle)
        events = self.plan("--hours", "1", "--activity", trace("reading"))
        reading = [(e["at"][11:19], e["event"], e.get("break"), e.get("reason")) for e in events]
        self.assertFalse([e for e in reading if e[1] == "natural_break"], reading)
        self.assertIn(("08:10:00", "reading_started", None, "user"), reading)
        self.assertIn(("08:40:00", "reading_ended", None, "user"), reading)
        self.assertIn(("08:20:00", "break_prompt", "micro", None), reading)
        self.assertIn(("08:50:00", "break_prompt", "rest", None), reading)
        started = [e for e in events if e["event"] == "reading_started"]
        self.assertEqual(started[0]["until"], "2026-11-23T10:10:00+01:00")
        text = self.run_cli("plan", "--from", "2026-11-23T08:00:00+01:00", "--hours", "1", "--activity",
                            trace("reading")).stdout
        self.assertIn("Mon 2026-11-23 08:10:00 +01:00  reading_started", text)

    def test_activity_csv_reading_ends_by_itself_at_reading_max(self):
        cfg = self.write("short.toml", '[activity]\nreading_max = "15m"\n')
        csv = self.write("long.csv", "2026-11-23T08:00:00+01:00,2026-11-23T08:40:00+01:00,reading\n")
        events = self.plan("--hours", "1", "--config", cfg, "--activity", csv)
        got = [(e["at"][11:19], e["event"], e.get("break"), e.get("reason")) for e in events]
        self.assertIn(("08:15:00", "reading_ended", None, "limit"), got)
        self.assertIn(("08:15:20", "natural_break", "micro", None), got)
        self.assertIn(("08:20:00", "natural_break", "rest", None), got)

    def test_respond_postpone_then_take_when_none_left(self):
        cfg = self.write("norest.toml", "[rest_break]\nenabled = false\n")
        events = self.plan("--hours", "1", "--respond", "postpone", "--config", cfg)
        micro = [(e["at"][11:19], e["event"]) for e in events if e.get("break") == "micro"]
        self.assertEqual(micro[1:8], [("08:20:00", "break_prompt"), ("08:20:00", "break_postponed"),
                                      ("08:25:00", "break_prompt"), ("08:25:00", "break_postponed"),
                                      ("08:30:00", "break_prompt"), ("08:30:00", "break_postponed"),
                                      ("08:35:00", "break_prompt")])
        self.assertEqual([m[1] for m in micro[8:10]], ["action_refused", "break_started"])

    def test_respond_skip_spends_the_budget(self):
        events = self.plan("--hours", "4", "--respond", "skip")
        skips = [e for e in events if e["event"] == "break_skipped"]
        self.assertEqual([s["count"] for s in skips], [2, 1, 0])
        self.assertTrue(any(e["event"] == "break_finished" for e in events))

    def test_text_output_is_a_readable_timeline(self):
        r = self.run_cli("plan", "--from", "2026-11-23T08:00:00+01:00", "--hours", "1")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Mon 2026-11-23 08:20:00 +01:00  break_prompt         micro  20s", r.stdout)

    def test_checkin_prompt_at_the_cutoff_or_at_its_time(self):
        cfg = self.write("checkin.toml", "[checkin]\nenabled = true\n[micro_break]\nenabled = false\n"
                                         "[rest_break]\nenabled = false\n")
        r = self.run_cli("plan", "--config", cfg, "--from", "2026-11-23T08:00:00+01:00", "--hours", "24")
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        checkins = [line for line in lines if "checkin_prompt" in line]
        self.assertEqual(checkins, ["Mon 2026-11-23 17:30:00 +01:00  checkin_prompt"], r.stdout)
        cutoff = next(i for i, line in enumerate(lines) if "  cutoff  " in line)
        self.assertLess(cutoff, lines.index(checkins[0]))
        # With breaks, the check-in waits for a break window to close: Tuesday's 18:15 micro-break ends at 18:15:20.
        at = self.write("at.toml", "[checkin]\nenabled = true\nat = \"18:15\"\n")
        events = self.plan("--config", at, "--hours", "48", "--checkin", "calm")
        self.assertEqual([(e["at"], e["event"], e.get("feeling")) for e in events if e["event"].startswith("checkin")],
                         [("2026-11-23T18:15:00+01:00", "checkin_prompt", None),
                          ("2026-11-23T18:15:00+01:00", "checkin_answered", "calm"),
                          ("2026-11-24T18:15:20+01:00", "checkin_prompt", None),
                          ("2026-11-24T18:15:20+01:00", "checkin_answered", "calm")])
        finished = [e["at"] for e in events if e["event"] == "break_finished"]
        self.assertIn("2026-11-24T18:15:20+01:00", finished)
        self.assertEqual([e["event"] for e in self.plan("--hours", "24") if e["event"].startswith("checkin")], [])

    def test_bad_input_is_a_usage_error_naming_the_place(self):
        csv = self.write("bad.csv", "2026-11-23T08:00:00+01:00,2026-11-23T08:15:00+01:00,active\n"
                                    "2026-11-23T08:15:00+01:00,2026-11-23T08:20:00+01:00,dancing\n")
        r = self.run_cli("plan", "--activity", csv)
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{csv}:2:53: STATE must be one of active, idle, away, busy, reading", r.stderr)
        r = self.run_cli("plan", "--hours", "many")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--hours", r.stderr)
        r = self.run_cli("plan", "--from", "yesterday")
        self.assertEqual(r.returncode, 2)
        r = self.run_cli("plan", "--frobnicate")
        self.assertEqual(r.returncode, 2)
        cfg = self.write("bad.toml", "[micro_break]\nevery = \"soon\"\n")
        r = self.run_cli("plan", "--config", cfg)
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{cfg}:2:", r.stderr)

    def test_version_and_help(self):
        r = self.run_cli("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^respite \d+\.\d+\.\d+")
        r = self.run_cli("--help")
        self.assertEqual(r.returncode, 0)
        for sub in ["status", "pause", "resume", "break", "breathe", "focus", "reload", "quit", "plan",
                    "config check", "config show", "--version"]:
            self.assertIn(sub, r.stdout)
        r = self.run_cli("no-such-command")
        self.assertEqual(r.returncode, 2)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
