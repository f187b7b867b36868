#!/usr/bin/python3
"""The Group Policy templates in packaging/windows (issue 10): current with the settings table, well formed, every
reference resolved in each language, and every policy's key, value name, type, range and default the same as the
real `respite` accepts. The table is read through the binary (`config show --json`, `config check FILE` with
probe values), not through the generator.

Usage: test_admx.py RESPITE RESPITE-ADMX LOCALE-DIR PACKAGING-WINDOWS-DIR
"""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

RESPITE = ADMX_TOOL = LOCALE = PACKAGED = None
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
FILES = ["respite.admx", "en-US/respite.adml", "de-DE/respite.adml"]
LOCKED_KEY = "Software\\Policies\\Respite"
RECOMMENDED_KEY = "Software\\Policies\\Respite\\Recommended"


def seconds(text):
    """'1h30m' -> 5400, '0' -> 0, '20s' -> 20."""
    if text == "0":
        return 0
    total, number = 0, ""
    units = {"h": 3600, "m": 60, "s": 1}
    for c in text:
        if c.isdigit():
            number += c
        else:
            total += int(number) * units[c]
            number = ""
    assert number == "", text
    return total


class Env:
    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="respite-admx-")
        root = self.tmp.name
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": root, "LANG": "C.UTF-8",
                    "XDG_CONFIG_HOME": os.path.join(root, "config"), "XDG_CONFIG_DIRS": os.path.join(root, "etc"),
                    "XDG_STATE_HOME": os.path.join(root, "state")}
        self.probe = os.path.join(root, "probe.toml")

    def show(self):
        out = subprocess.run([RESPITE, "config", "show", "--json"], env=self.env, capture_output=True, text=True,
                             check=True)
        return json.loads(out.stdout)

    def check(self, key, literal):
        """(ok, stderr) of `respite config check` on a file setting only `key` to the TOML `literal`."""
        section, name = key.split(".", 1)
        with open(self.probe, "w", encoding="utf-8") as f:
            f.write(f"[{section}]\n{name} = {literal}\n")
        r = subprocess.run([RESPITE, "config", "check", self.probe], env=self.env, capture_output=True, text=True)
        # A value the key's own range allows may still clash with a built-in of another key ("'micro_break.duration'
        # (30m) must be shorter than 'micro_break.every' (20m)"): that is no verdict on the range.
        errors = [line for line in r.stderr.splitlines() if ": error: " in line]
        cross_only = errors and all(re.search(r": error: '[^']+' \(", line) for line in errors)
        return r.returncode == 0 or bool(cross_only), r.stderr


class Templates(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.env = Env()
        cls.table = cls.env.show()
        cls.admx_text = open(os.path.join(PACKAGED, "respite.admx"), encoding="utf-8").read()
        cls.admx = ET.fromstring(cls.admx_text)
        cls.adml = {c: ET.parse(os.path.join(PACKAGED, c, "respite.adml")).getroot() for c in ("en-US", "de-DE")}
        cls.policies = {p.get("name"): p for p in cls.admx.iterfind("p:policies/p:policy", NS)}

    @classmethod
    def tearDownClass(cls):
        cls.env.tmp.cleanup()

    def test_checked_in_templates_are_current(self):
        with tempfile.TemporaryDirectory(prefix="respite-admx-out-") as out:
            subprocess.run([ADMX_TOOL, out, LOCALE], check=True)
            for f in FILES:
                self.assertTrue(filecmp.cmp(os.path.join(out, f), os.path.join(PACKAGED, f), shallow=False),
                                f"packaging/windows/{f} is stale: run `cmake --build build --target update_admx`")

    def test_well_formed(self):
        for f in FILES:
            r = subprocess.run(["xmllint", "--noout", os.path.join(PACKAGED, f)], capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, f + ": " + r.stderr)

    def test_every_reference_resolves_in_each_language(self):
        strings = set(re.findall(r"\$\(string\.([^)]+)\)", self.admx_text))
        presentations = set(re.findall(r"\$\(presentation\.([^)]+)\)", self.admx_text))
        self.assertGreater(len(strings), 2 * len(self.table))
        for culture, adml in self.adml.items():
            have = {s.get("id"): s.text or "" for s in adml.iterfind("p:resources/p:stringTable/p:string", NS)}
            shown = {p.get("id"): p for p in adml.iterfind("p:resources/p:presentationTable/p:presentation", NS)}
            self.assertEqual(sorted(strings - have.keys()), [], culture + ": strings the ADMX names but lacks")
            self.assertEqual(sorted(presentations - shown.keys()), [], culture + ": presentations missing")
            for sid in strings:
                self.assertTrue(have[sid].strip(), f"{culture}: string {sid} is empty")
            # Each presentation's control refers to the element of its policy.
            for name, policy in self.policies.items():
                pid = re.match(r"\$\(presentation\.(.+)\)", policy.get("presentation")).group(1)
                element_ids = {e.get("id") for e in policy.find("p:elements", NS)}
                ref_ids = {c.get("refId") for c in shown[pid]}
                self.assertEqual(ref_ids, element_ids, f"{culture}: {name}")
        # The German file is German, not a copy of the English one.
        en = {s.get("id"): s.text for s in self.adml["en-US"].iterfind(".//p:string", NS)}
        de = {s.get("id"): s.text for s in self.adml["de-DE"].iterfind(".//p:string", NS)}
        self.assertNotEqual(en["micro_break_every_Explain"], de["micro_break_every_Explain"])
        self.assertIn("Sekunden", de["micro_break_every_Explain"])

    def test_categories_exist(self):
        categories = {c.get("name") for c in self.admx.iterfind("p:categories/p:category", NS)}
        for name, policy in self.policies.items():
            self.assertIn(policy.find("p:parentCategory", NS).get("ref"), categories, name)

    def test_one_locked_and_one_recommended_policy_per_setting(self):
        by_key = {}
        for name, p in self.policies.items():
            elements = list(p.find("p:elements", NS))
            self.assertEqual(len(elements), 1, name)
            self.assertEqual(p.get("class"), "Both", name)
            by_key.setdefault(elements[0].get("valueName"), []).append(p.get("key"))
        self.assertEqual(sorted(by_key), sorted(self.table))
        for key, keys in by_key.items():
            self.assertEqual(sorted(keys), [LOCKED_KEY, RECOMMENDED_KEY], key)

    def explain(self, policy, culture="en-US"):
        sid = re.match(r"\$\(string\.(.+)\)", policy.get("explainText")).group(1)
        return self.adml[culture].find(f".//p:string[@id='{sid}']", NS).text

    def presentation(self, policy):
        pid = re.match(r"\$\(presentation\.(.+)\)", policy.get("presentation")).group(1)
        return self.adml["en-US"].find(f".//p:presentation[@id='{pid}']", NS)

    def assert_accepts(self, key, literal, accepted=True):
        ok, err = self.env.check(key, literal)
        self.assertEqual(ok, accepted, f"{key} = {literal}: {err}")
        return err

    def test_types_ranges_and_defaults_match_the_table(self):
        for name, policy in self.policies.items():
            element = list(policy.find("p:elements", NS))[0]
            kind = element.tag.split("}")[1]
            key = element.get("valueName")
            value = self.table[key]["value"]
            control = list(self.presentation(policy))[0]
            with self.subTest(policy=name):
                if kind == "boolean":
                    self.assertIsInstance(value, bool)
                    self.assertEqual(element.find("p:trueValue/p:decimal", NS).get("value"), "1")
                    self.assertEqual(element.find("p:falseValue/p:decimal", NS).get("value"), "0")
                    self.assertEqual(control.get("defaultChecked"), "true" if value else "false")
                elif kind == "decimal" and isinstance(value, int) and not isinstance(value, bool):
                    lo, hi = int(element.get("minValue")), int(element.get("maxValue"))
                    for v, good in ((lo, True), (hi, True), (lo - 1, False), (hi + 1, False)):
                        self.assert_accepts(key, str(v), good)
                    self.assertEqual(int(control.get("defaultValue")), value)
                    self.assertIsNone(element.get("storeAsText"))
                elif kind == "decimal":
                    # A duration, offered in seconds (REG_DWORD).
                    self.assertIsInstance(value, str)
                    lo, hi = int(element.get("minValue")), int(element.get("maxValue"))
                    self.assert_accepts(key, f'"{hi}s"')
                    self.assert_accepts(key, f'"{hi + 1}s"', False)
                    self.assert_accepts(key, f'"{lo}s"')
                    if lo > 0:
                        self.assert_accepts(key, f'"{lo - 1}s"', False)
                    elif not self.env.check(key, '"1s"')[0]:
                        self.assertIn("0 turns it off", self.explain(policy))  # 0 is off, a small value is not
                    self.assertEqual(int(control.get("defaultValue")), seconds(value))
                    self.assertIn("seconds", self.explain(policy))
                    self.assertIn("Sekunden", self.explain(policy, "de-DE"))
                elif kind == "enum":
                    items = [i.find("p:value/p:string", NS).text for i in element.iterfind("p:item", NS)]
                    for item in items:
                        self.assert_accepts(key, f'"{item}"')
                    err = self.assert_accepts(key, '"no-such-choice"', False)
                    allowed = re.search(r"must be one of (.*?) \(got", err).group(1)
                    self.assertEqual(re.findall(r'"([^"]*)"', allowed), items)
                    self.assertEqual(items[int(control.get("defaultItem"))], value)
                elif kind == "text":
                    shown = ",".join(value) if isinstance(value, list) else value
                    self.assertEqual(control.find("p:defaultValue", NS).text or "", shown)
                    self.assert_accepts(key, json.dumps(value))
                    if key == "workday.timezone":
                        self.assertIsNone(element.get("required"))  # empty means the system's zone
                else:
                    self.fail(f"{name}: unexpected element {kind}")
                self.assertIn(key, self.explain(policy))
                self.assertIn(policy.get("key"), self.explain(policy))


if __name__ == "__main__":
    RESPITE, ADMX_TOOL, LOCALE, PACKAGED = sys.argv[1:5]
    unittest.main(argv=sys.argv[:1], verbosity=2)
