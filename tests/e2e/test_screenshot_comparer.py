#!/usr/bin/python3
"""The screenshot comparer (harness_screenshot.py) fails on a real visual change: a changed button label, a
colour change, a moved or missing control, a new size; and passes the same image, faint noise, and changes
inside a masked (time-driven) area only. Works on a copy of a blessed reference; needs no display."""
import os
import shutil
import subprocess
import sys
import tempfile

import harness_screenshot as hs

REF = "gallery-break-micro-light"  # 560x470: title, ring (masked), idea, Postpone and Skip buttons, hint


def convert(src, dst, *ops):
    subprocess.run(["convert", src, *ops, dst], check=True, timeout=30)
    return dst


def main():
    tmp = tempfile.mkdtemp(prefix="respite-shots-")
    os.environ.pop("RESPITE_BLESS", None)
    try:
        refs = os.path.join(tmp, "refs")
        os.makedirs(refs)
        shutil.copyfile(os.path.join(hs.REFERENCES, REF + ".png"), os.path.join(refs, REF + ".png"))
        hs.REFERENCES = refs
        ref = os.path.join(refs, REF + ".png")
        out = os.path.join(tmp, "out")
        failures = []

        def expect(ok, what, path):
            try:
                print("  %s: %s" % (what, hs.check(path, REF, out)))
                matched = True
            except hs.Mismatch as e:
                print("  %s: mismatch (%s)" % (what, str(e).split(": ", 1)[-1][:120]))
                matched = False
            if matched != ok:
                failures.append("%s: expected %s" % (what, "a match" if ok else "a mismatch"))

        p = lambda name: os.path.join(tmp, name + ".png")
        expect(True, "the same image", convert(ref, p("same")))
        expect(True, "faint noise", convert(ref, p("noise"), "-attenuate", "0.3", "+noise", "Uniform"))
        expect(True, "a change inside the masked ring", convert(ref, p("ring"), "-fill", "red", "-draw",
                                                              "rectangle 250,170 310,200"))
        # What another branch might do to the window: the Skip button gets another label.
        expect(False, "the Skip label replaced", convert(ref, p("label"), "-fill", "#f4f1ea", "-draw",
                                                         "rectangle 290,355 420,372", "-fill", "#222222",
                                                         "-pointsize", "13", "-annotate", "+318+369", "End break"))
        expect(False, "the Postpone button gone", convert(ref, p("button"), "-fill", "#f3f0e9", "-draw",
                                                          "rectangle 126,345 272,382"))
        expect(False, "a darker theme colour", convert(ref, p("colour"), "-modulate", "80"))
        expect(False, "the idea line moved down 6 px", convert(
            ref, p("moved"), "(", "+clone", "-crop", "560x20+0+290", "+repage", ")", "-geometry", "+0+296",
            "-composite"))
        expect(False, "a different size", convert(ref, p("size"), "-crop", "560x460+0+0", "+repage"))
        os.remove(ref)
        expect(False, "no reference", convert(p("same"), p("noref")))
        if failures:
            print("FAIL: " + "; ".join(failures))
            return 1
        print("ok: the comparer tells real changes from noise")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
