#!/usr/bin/python3
"""The menu follows the preferred UI language, found by wxUILocale / wxTranslations: LANGUAGE=de gives the German
menu although no German locale is generated (LANG=C.UTF-8 or LANG=C), LANG=de_DE.UTF-8 alone does too, and
LANGUAGE=en over LANG=C keeps it English."""
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
    for lang, env, expected in [("C.UTF-8", {"LANGUAGE": "de"}, GERMAN), ("C", {"LANGUAGE": "de"}, GERMAN),
                                ("de_DE.UTF-8", {}, GERMAN), ("C", {"LANGUAGE": "en"}, ENGLISH)]:
        print("LANG=%r %r" % (lang, env))
        rc |= run_test(check(env, expected), lang=lang)
    sys.exit(rc)
