#!/usr/bin/python3
"""`respite plan --record-history`, `respite stats` and `respite history export|delete` run as a user would run
them, on history files the plan writes (issue 11)."""
import csv
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
import unittest

BIN = sys.argv[1] if len(sys.argv) > 1 else "build/src/app/respite"

NO_BREAKS = """
[micro_break]
enabled = false
[rest_break]
enabled = false
[workday]
timezone = "UTC"
"""

# Monday: 9 h at the screen (7 h 30 inside 09:00-17:30, 30 min overtime); Tuesday: 2 h idle and busy, inside the
# hours; Saturday (a day off): 1 h 30, all overtime.
WEEK = """\
2026-11-23T08:00:00Z,2026-11-23T12:00:00Z,active
2026-11-23T12:00:00Z,2026-11-23T13:00:00Z,away
2026-11-23T13:00:00Z,2026-11-23T18:00:00Z,active
2026-11-24T09:00:00Z,2026-11-24T10:00:00Z,idle
2026-11-24T10:00:00Z,2026-11-24T11:00:00Z,busy
2026-11-28T10:00:00Z,2026-11-28T11:30:00Z,active
"""


class HistoryCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.env = dict(os.environ, HOME=self.dir, XDG_CONFIG_HOME=os.path.join(self.dir, "config"),
                        XDG_CONFIG_DIRS=os.path.join(self.dir, "etc"), XDG_STATE_HOME=os.path.join(self.dir, "state"),
                        XDG_DATA_HOME=os.path.join(self.dir, "data"), TZ="UTC")
        self.history = os.path.join(self.dir, "week.sqlite3")

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def run_cli(self, *args):
        return subprocess.run([BIN, *args], capture_output=True, text=True, env=self.env, timeout=60)

    def ok(self, *args):
        r = self.run_cli(*args)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def record(self, config=NO_BREAKS, activity=WEEK, hours="168", *extra):
        cfg = self.write("plan.toml", config)
        act = self.write("activity.csv", activity)
        return self.ok("plan", "--config", cfg, "--from", "2026-11-23T04:00:00Z", "--hours", hours, "--activity", act,
                       "--json", "--record-history", self.history, *extra)

    def stats(self, *args):
        return json.loads(self.ok("stats", "--history", self.history, "--json", *args))

    # stats ---------------------------------------------------------------------------------------------------

    def test_a_recorded_week_gives_exact_hours_and_overtime(self):
        self.record()
        s = self.stats("--week", "2026-11-25")
        self.assertEqual((s["from"], s["to"]), ("2026-11-23", "2026-11-29"))
        days = {d["date"]: d for d in s["days"]}
        self.assertEqual(len(days), 7)
        self.assertEqual((days["2026-11-23"]["weekday"], days["2026-11-23"]["work_s"],
                          days["2026-11-23"]["overtime_s"], days["2026-11-23"]["screen_s"]),
                         ("Mon", 27000, 1800, 32400))
        self.assertEqual((days["2026-11-24"]["work_s"], days["2026-11-24"]["overtime_s"],
                          days["2026-11-24"]["screen_s"]), (7200, 0, 7200))
        self.assertEqual((days["2026-11-28"]["work_s"], days["2026-11-28"]["overtime_s"],
                          days["2026-11-28"]["screen_s"]), (0, 5400, 5400))
        self.assertEqual(days["2026-11-25"]["screen_s"], 0)
        self.assertEqual(s["total"], {"work_s": 34200, "overtime_s": 7200, "screen_s": 45000,
                                      "breaks": {"taken": 0, "natural": 0, "prompted": 0, "skipped": 0,
                                                 "postponed": 0}})
        one = self.stats("--day", "2026-11-24")
        self.assertEqual([d["date"] for d in one["days"]], ["2026-11-24"])
        ranged = self.stats("--from", "2026-11-24", "--to", "2026-11-28")
        self.assertEqual(len(ranged["days"]), 5)
        self.assertEqual(ranged["total"]["screen_s"], 7200 + 5400)

    def test_break_counts_match_the_plans_own_timeline(self):
        for respond in ("take", "postpone", "skip"):
            with self.subTest(respond=respond):
                if os.path.exists(self.history):
                    os.remove(self.history)
                events = [json.loads(line) for line in
                          self.record('[workday]\ntimezone = "UTC"\n', WEEK, "48", "--respond", respond).splitlines()]
                count = lambda kind: sum(1 for e in events if e["event"] == kind)
                s = self.stats("--week", "2026-11-23")
                self.assertGreater(count("break_prompt"), 5)
                self.assertEqual(s["total"]["breaks"], {"taken": count("break_finished"),
                                                        "natural": count("natural_break"),
                                                        "prompted": count("break_prompt"),
                                                        "skipped": count("break_skipped"),
                                                        "postponed": count("break_postponed")})
                if respond == "postpone":
                    self.assertGreater(count("break_postponed"), 0)
                if respond == "skip":
                    self.assertGreater(count("break_skipped"), 0)

    def test_text_and_csv(self):
        self.record()
        text = self.ok("stats", "--history", self.history, "--week", "2026-11-23")
        lines = text.splitlines()
        self.assertEqual(len(lines), 9)  # heading, seven days, total
        self.assertIn("Mon 2026-11-23", lines[1])
        self.assertIn("7h30m", lines[1])
        self.assertTrue(lines[-1].startswith("total"))
        self.assertIn("9h30m", lines[-1])
        rows = list(csv.DictReader(io.StringIO(self.ok("stats", "--history", self.history, "--csv", "--week",
                                                       "2026-11-23"))))
        self.assertEqual(len(rows), 8)
        self.assertEqual((rows[0]["date"], rows[0]["work_s"], rows[0]["overtime_s"]), ("2026-11-23", "27000", "1800"))
        self.assertEqual((rows[-1]["date"], rows[-1]["screen_s"]), ("total", "45000"))

    def test_checkin_answers_show_beside_their_day(self):
        config = NO_BREAKS + "[checkin]\nenabled = true\n"
        events = [json.loads(line) for line in self.record(config, WEEK, "168", "--checkin", "tense").splitlines()]
        prompts = [e for e in events if e["event"] == "checkin_prompt"]
        # Monday: present at the cutoff; Tuesday: away from 11:00 to the end of the counting day; Saturday: day off.
        self.assertEqual([e["at"] for e in prompts], ["2026-11-23T17:30:00+00:00"])
        answers = [e for e in events if e["event"] == "checkin_answered"]
        self.assertEqual([(e["at"], e["feeling"]) for e in answers], [("2026-11-23T17:30:00+00:00", "tense")])
        cutoff = next(i for i, e in enumerate(events) if e["event"] == "cutoff")
        self.assertLess(cutoff, events.index(prompts[0]))
        s = self.stats("--week", "2026-11-23")
        self.assertEqual([d["feeling"] for d in s["days"]], ["tense", None, None, None, None, None, None])
        self.assertNotIn("feeling", s["total"])
        text = self.ok("stats", "--history", self.history, "--week", "2026-11-23").splitlines()
        self.assertTrue(text[0].endswith("feeling"))
        self.assertTrue(text[1].endswith(" tense"), text[1])
        self.assertFalse(text[2].endswith("tense"))
        rows = list(csv.DictReader(io.StringIO(self.ok("stats", "--history", self.history, "--csv", "--week",
                                                       "2026-11-23"))))
        self.assertEqual([r["feeling"] for r in rows], ["tense", "", "", "", "", "", "", ""])

    def test_checkin_not_today_and_off(self):
        self.record(NO_BREAKS + "[checkin]\nenabled = true\n", WEEK, "168", "--checkin", "none")
        self.assertEqual(self.stats("--day", "2026-11-23")["days"][0]["feeling"], None)
        with sqlite3.connect(self.history) as db:  # "Not today" is an answer: a row without a feeling
            self.assertEqual(db.execute("SELECT date, feeling, note FROM checkins").fetchall(),
                             [("2026-11-23", None, "")])
        os.remove(self.history)
        # Off (the default): no prompt, and an answer would not be recorded.
        events = self.record(NO_BREAKS, WEEK, "168", "--checkin", "calm")
        self.assertNotIn("checkin_", events)
        self.assertEqual(self.stats("--day", "2026-11-23")["days"][0]["feeling"], None)
        r = self.run_cli("plan", "--checkin", "meh")
        self.assertEqual(r.returncode, 2, r.stderr)

    def test_no_history_yet_names_the_default_file(self):
        r = self.run_cli("stats")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("no history yet", r.stdout)
        self.assertIn(os.path.join(self.dir, "data", "respite", "history.sqlite3"), r.stdout)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "data")))  # a reader creates nothing
        r = self.run_cli("stats", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(json.loads(r.stdout)["days"]), 7)
        self.assertIn("no history yet", r.stderr)

    def test_the_default_file_is_read_without_history_option(self):
        self.history = os.path.join(self.dir, "data", "respite", "history.sqlite3")
        self.record()
        self.assertEqual(stat.S_IMODE(os.stat(self.history).st_mode), 0o600)
        s = json.loads(self.ok("stats", "--json", "--week", "2026-11-23"))
        self.assertEqual(s["total"]["screen_s"], 45000)

    def test_an_unreadable_file_is_refused_and_left_alone(self):
        with open(self.history, "wb") as f:
            f.write(b"garbage" * 1000)
        r = self.run_cli("stats", "--history", self.history)
        self.assertEqual(r.returncode, 1)
        self.assertIn(self.history, r.stderr)
        self.assertEqual(sorted(os.listdir(self.dir)), ["week.sqlite3"])

    def test_record_history_refuses_an_existing_file(self):
        self.write("week.sqlite3", "")
        cfg = self.write("plan.toml", NO_BREAKS)
        r = self.run_cli("plan", "--config", cfg, "--hours", "1", "--record-history", self.history)
        self.assertEqual(r.returncode, 2)
        self.assertIn("exists", r.stderr)

    # export --------------------------------------------------------------------------------------------------

    def test_export_json_and_csv(self):
        events = self.record()
        n_effects = len(events.splitlines())
        j = json.loads(self.ok("history", "export", "--history", self.history, "--format", "json"))
        self.assertEqual(len(j["effects"]), n_effects)
        self.assertEqual(j["days"][0]["date"], "2026-11-23")
        present = sum(p["end_ms"] - p["start_ms"] for p in j["presence"] if p["state"] != "away")
        self.assertEqual(present, 45000 * 1000)
        self.assertEqual({p["state"] for p in j["presence"]}, {"active", "idle", "busy", "away"})
        monday = json.loads(self.ok("history", "export", "--history", self.history, "--format", "json",
                                    "--from", "2026-11-23", "--to", "2026-11-23"))
        self.assertEqual({d["date"] for d in monday["days"]}, {"2026-11-23"})
        text = self.ok("history", "export", "--history", self.history, "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(text)))
        self.assertEqual(len(rows), len(j["days"]) + len(j["presence"]) + len(j["effects"]))
        self.assertEqual({r["record"] for r in rows}, {"day", "presence", "effect"})  # no check-in: it is off
        out = os.path.join(self.dir, "export", "all.csv")
        self.assertEqual(self.ok("history", "export", "--history", self.history, "--format", "csv", out), "")
        with open(out) as f:
            self.assertEqual(f.read(), text)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)

    def test_export_carries_the_checkins_with_their_notes(self):
        self.record(NO_BREAKS + "[checkin]\nenabled = true\n", WEEK, "168", "--checkin", "tense")
        with sqlite3.connect(self.history) as db:  # a note as a user writes one: a comma, quotes, a new line
            db.execute("UPDATE checkins SET note = ? WHERE date = '2026-11-23'", ('long call, "urgent"\nthen ok',))
            db.execute("INSERT INTO checkins VALUES (20781, '2026-11-24', NULL, '', 1795539600000)")
        j = json.loads(self.ok("history", "export", "--history", self.history, "--format", "json"))
        self.assertEqual(j["checkins"], [
            {"date": "2026-11-23", "feeling": "tense", "note": 'long call, "urgent"\nthen ok',
             "answered": "2026-11-23T17:30:00Z"},
            {"date": "2026-11-24", "feeling": None, "note": "", "answered": "2026-11-24T17:00:00Z"}])
        monday = json.loads(self.ok("history", "export", "--history", self.history, "--format", "json",
                                    "--from", "2026-11-24", "--to", "2026-11-24"))
        self.assertEqual([c["date"] for c in monday["checkins"]], ["2026-11-24"])
        rows = list(csv.DictReader(io.StringIO(self.ok("history", "export", "--history", self.history,
                                                       "--format", "csv"))))
        checkins = [r for r in rows if r["record"] == "checkin"]
        self.assertEqual([(r["date"], r["start_utc"], r["kind"], r["note"]) for r in checkins], [
            ("2026-11-23", "2026-11-23T17:30:00Z", "tense", 'long call, "urgent"\nthen ok'),
            ("2026-11-24", "2026-11-24T17:00:00Z", "not_today", "")])
        self.assertEqual({r["note"] for r in rows if r["record"] != "checkin"}, {""})

    def test_export_needs_a_format(self):
        self.record()
        r = self.run_cli("history", "export", "--history", self.history)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--format", r.stderr)
        r = self.run_cli("history", "export", "--history", self.history, "--format", "xml")
        self.assertEqual(r.returncode, 2)

    # delete --------------------------------------------------------------------------------------------------

    def test_delete_asks_for_yes_then_deletes(self):
        self.record()
        before = self.stats("--week", "2026-11-23")
        r = self.run_cli("history", "delete", "--history", self.history, "--before", "2026-11-24")
        self.assertEqual(r.returncode, 1)
        self.assertIn("--yes", r.stderr)
        self.assertIn("nothing was deleted", r.stderr)
        self.assertEqual(self.stats("--week", "2026-11-23"), before)
        out = self.ok("history", "delete", "--history", self.history, "--before", "2026-11-24", "--yes")
        self.assertIn("deleted", out)
        after = self.stats("--week", "2026-11-23")
        self.assertEqual(after["days"][0]["screen_s"], 0)
        self.assertEqual(after["days"][1]["screen_s"], 7200)
        r = self.run_cli("history", "delete", "--history", self.history, "--all")
        self.assertEqual(r.returncode, 1)
        self.ok("history", "delete", "--history", self.history, "--all", "--yes")
        self.assertEqual(self.stats("--week", "2026-11-23")["total"]["screen_s"], 0)
        j = json.loads(self.ok("history", "export", "--history", self.history, "--format", "json"))
        self.assertEqual(j, {"days": [], "presence": [], "effects": [], "checkins": []})

    def test_delete_needs_what_to_delete(self):
        self.record()
        r = self.run_cli("history", "delete", "--history", self.history, "--yes")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--before", r.stderr)
        r = self.run_cli("history", "delete", "--history", self.history, "--all", "--before", "2026-11-24")
        self.assertEqual(r.returncode, 2)

    # bad dates -----------------------------------------------------------------------------------------------

    def test_bad_dates_name_the_option(self):
        self.record()
        for args, option in ((["stats", "--day", "2026-13-01"], "--day"),
                             (["stats", "--week", "monday"], "--week"),
                             (["stats", "--from", "2026-11-23", "--to", "23.11.2026"], "--to"),
                             (["stats", "--from", "2026-02-30", "--to", "2026-03-01"], "--from"),
                             (["history", "export", "--format", "csv", "--from", "x"], "--from"),
                             (["history", "delete", "--before", "2026-11-2", "--yes"], "--before")):
            with self.subTest(args=args):
                r = self.run_cli(*args, "--history", self.history)
                self.assertEqual(r.returncode, 2, r.stdout)
                self.assertIn(option, r.stderr)
        r = self.run_cli("stats", "--history", self.history, "--from", "2026-11-23")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--to", r.stderr)
        r = self.run_cli("stats", "--history", self.history, "--from", "2026-11-25", "--to", "2026-11-23")
        self.assertEqual(r.returncode, 2)
        r = self.run_cli("stats", "--history", self.history, "--day", "2026-11-23", "--week")
        self.assertEqual(r.returncode, 2)
        self.assertEqual(self.stats("--week", "2026-11-23")["total"]["screen_s"], 45000)  # nothing deleted

    def test_help(self):
        for args in (["stats"], ["history"], ["history", "export"], ["history", "delete"]):
            with self.subTest(args=args):
                r = self.run_cli(*args, "--help")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn("usage", r.stdout)
        self.assertIn("--history", self.ok("stats", "--help"))
        self.assertIn("--record-history", self.ok("plan", "--help"))


def history_built():
    r = subprocess.run([BIN, "stats", "--history", os.devnull], capture_output=True, text=True, timeout=60)
    return "history is not part of this build" not in r.stderr


class WithoutHistory(unittest.TestCase):
    """A build without the store (the Windows cross build for now): one line, exit 1."""

    def test_stats_and_history_say_they_are_not_built(self):
        for args in (["stats"], ["stats", "--week"], ["history", "export", "--format", "csv"]):
            r = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=60)
            self.assertEqual((r.returncode, r.stdout), (1, ""))
            self.assertEqual(r.stderr, "respite %s: history is not part of this build\n" % args[0])
        r = subprocess.run([BIN, "plan", "--hours", "1", "--record-history", os.path.join(tempfile.gettempdir(), "x")],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 1)
        self.assertIn("history is not part of this build", r.stderr)


if history_built():
    del WithoutHistory
else:
    del HistoryCli

if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]])
