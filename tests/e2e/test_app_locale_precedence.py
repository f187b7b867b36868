#!/usr/bin/python3
"""Issue 15: the UI language follows gettext's rules: LANGUAGE outranks the locale's language (LANG, LC_MESSAGES,
LC_ALL). LANG=de_DE.UTF-8 with LANGUAGE=en gives the English menu, LANG=en_US.UTF-8 with LANGUAGE=de the German
one, and LC_MESSAGES=de_DE.UTF-8 over LANG=en_US.UTF-8 the German one (wx 3.2 alone put the locale first)."""
import sys

from harness import midday_timezone, run_test, workday_config

GERMAN = ["Jetzt Pause machen", "Pausieren", "Über", "Beenden"]
ENGLISH = ["Take a break now", "Pause", "About", "Quit"]


def check(lang_env, expected):
    def test(s):
        tz = midday_timezone()
        s.write_config(workday_config(tz))
        s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz, **lang_env})
        s.wait_registered()
        labels = s.wait_for(lambda: (lambda l: len(l) > 1 and l)(s.menu_labels()), 10, what="menu")
        missing = [w for w in expected if w not in labels]
        assert not missing, (lang_env, labels)
    return test


if __name__ == "__main__":
    rc = 0
    for lang, env, expected in [("de_DE.UTF-8", {"LANGUAGE": "en"}, ENGLISH),
                                ("en_US.UTF-8", {"LANGUAGE": "de"}, GERMAN),
                                ("en_US.UTF-8", {"LC_MESSAGES": "de_DE.UTF-8"}, GERMAN)]:
        print("LANG=%r %r" % (lang, env))
        rc |= run_test(check(env, expected), lang=lang)
    sys.exit(rc)
