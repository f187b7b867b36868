#!/usr/bin/python3
"""Screenshots compared against reference images (tests/data/screenshots/<name>.png) with a tolerance.

A shot matches when it has the reference's size and at most `max_changed` pixels differ by more than
`fuzz` percent of the colour range (ImageMagick `compare -metric AE -fuzz`). Small tolerances absorb
anti-aliasing and a countdown that moved a tick; a changed label, a missing button or a different colour
does not fit in them. On a mismatch the shot and a diff image (changes in red) are kept in the
artifacts directory.

Re-bless (write the current shots as the new references) with RESPITE_BLESS=1, e.g. `make bless-screenshots`
or `scripts/bless_screenshots.sh`; review `git diff --stat tests/data/screenshots` before committing.

From the shell (tests/ui/run_gallery.sh):
    harness_screenshot.py window DISPLAY WID OUT.png        capture one window
    harness_screenshot.py check SHOT.png NAME [ARTIFACTS]   compare with (or bless) the reference NAME
    harness_screenshot.py compare A.png B.png [FUZZ MAX]    compare two files (MAX pixels may differ); prints the metric
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCES = os.environ.get("RESPITE_SCREENSHOT_REFERENCES") or os.path.normpath(os.path.join(HERE, "..", "data", "screenshots"))
FUZZ = 8.0           # percent of the colour range a pixel may drift and still count as equal
MAX_CHANGED = 100    # pixels that may differ beyond the fuzz (a changed word is several hundred)


# Parts of a shot that change with the time it is taken, as (left, top, right, bottom) fractions of the image:
# the countdown ring and its digits of a running break, the breathing circle and its phase and time lines.
# They are blanked in both images before comparing; the rest of the window (titles, idea, buttons, hints,
# controls, colours, layout) is compared.
MASKS = {
    r"gallery-break-micro-(light|dark|de)|app-break-micro-.*": [(0.33, 0.21, 0.67, 0.60)],
    r"gallery-break-(rest|strict)-(light|dark|de)": [(0.37, 0.20, 0.63, 0.60)],
    r"gallery-breathing-(light|dark|de)": [(0.10, 0.17, 0.90, 0.80)],
    r"gallery-breathing-reduced-(light|dark|de)": [(0.15, 0.43, 0.85, 0.57)],
}


class Mismatch(AssertionError):
    """A screenshot that does not match its reference."""


def blessing():
    return os.environ.get("RESPITE_BLESS") == "1"


def capture_window(env, wid, path):
    """Saves window `wid` (its own pixels, without the frame) to `path`; returns the path."""
    r = subprocess.run(["import", "-window", str(wid), path], env=env, capture_output=True, text=True, timeout=20)
    if r.returncode != 0 or not os.path.exists(path):
        raise RuntimeError("import -window %s failed: %s" % (wid, r.stderr.strip()))
    return path


def image_size(path):
    out = subprocess.run(["identify", "-format", "%w %h", path], capture_output=True, text=True, timeout=20)
    if out.returncode != 0:
        raise RuntimeError("identify %s: %s" % (path, out.stderr.strip()))
    w, h = out.stdout.split()
    return int(w), int(h)


def difference(actual, reference, diff_path=None, fuzz=FUZZ, name=None):
    """(changed pixels, total pixels) between two images of the same size, outside the MASKS of reference
    `name`; raises Mismatch when the sizes differ."""
    size_a, size_r = image_size(actual), image_size(reference)
    if size_a != size_r:
        raise Mismatch("%s is %dx%d, the reference %s is %dx%d" % (actual, *size_a, reference, *size_r))
    w, h = size_r
    draw = ["-fill", "black"]
    for pattern, boxes in MASKS.items():
        if name and re.fullmatch(pattern, name):
            for x0, y0, x1, y1 in boxes:
                draw += ["-draw", "rectangle %d,%d %d,%d" % (x0 * w, y0 * h, x1 * w, y1 * h)]
    with tempfile.TemporaryDirectory() as tmp:
        if len(draw) > 2:
            masked = []
            for i, path in enumerate((actual, reference)):
                masked.append(os.path.join(tmp, "%d.png" % i))
                subprocess.run(["convert", path, *draw, masked[-1]], check=True, timeout=30)
            actual, reference = masked
        r = subprocess.run(["compare", "-metric", "AE", "-fuzz", "%g%%" % fuzz, actual, reference,
                            diff_path or "null:"], capture_output=True, text=True, timeout=60)
    # compare exits 0 (same), 1 (different) or 2 (error); the metric is on stderr, e.g. "123" or "1.2e+03".
    m = re.match(r"\s*([0-9.e+]+)", r.stderr)
    if r.returncode not in (0, 1) or not m:
        raise RuntimeError("compare %s %s failed: %s" % (actual, reference, r.stderr.strip()))
    return int(float(m.group(1))), size_r[0] * size_r[1]


def check(actual, name, artifacts=None, fuzz=FUZZ, max_changed=MAX_CHANGED):
    """Compares `actual` with the reference `name`; when blessing, makes `actual` the reference instead.
    Returns a one-line summary; raises Mismatch (with the diff image's path) when they differ too much."""
    reference = os.path.join(REFERENCES, name + ".png")
    if blessing():
        os.makedirs(REFERENCES, exist_ok=True)
        # Stripped of dates and other metadata, so an unchanged shot re-blesses to the same bytes.
        subprocess.run(["convert", actual, "-strip", "-define", "png:exclude-chunks=date,time", reference],
                       check=True, timeout=30)
        return "blessed %s" % reference
    if not os.path.exists(reference):
        raise Mismatch("no reference %s: run `make bless-screenshots` (RESPITE_BLESS=1) and review it" % reference)
    artifacts = artifacts or os.path.dirname(os.path.abspath(actual))
    os.makedirs(artifacts, exist_ok=True)
    diff_path = os.path.join(artifacts, name + "-diff.png")
    changed, total = difference(actual, reference, diff_path, fuzz, name)
    limit = max_changed
    summary = "%s: %d of %d pixels differ beyond %g%% (limit %d)" % (name, changed, total, fuzz, limit)
    if changed > limit:
        kept = os.path.join(artifacts, name + "-actual.png")
        if os.path.abspath(kept) != os.path.abspath(actual):
            shutil.copyfile(actual, kept)
        raise Mismatch("%s differs from its reference: %s; see %s (re-bless if the change is intended)"
                       % (actual, summary, diff_path))
    os.remove(diff_path)
    return summary


def check_window(session, wid, name, **kw):
    """Captures window `wid` of an e2e Session and checks it against the reference `name`."""
    path = os.path.join(session.artifacts, "%s-%s.png" % (session.name, name))
    capture_window(session.env, wid, path)
    return check(path, name, session.artifacts, **kw)


def main(argv):
    if len(argv) >= 4 and argv[0] == "window":
        capture_window(dict(os.environ, DISPLAY=argv[1]), argv[2], argv[3])
        return 0
    try:
        if len(argv) in (3, 4) and argv[0] == "check":
            print(check(argv[1], argv[2], argv[3] if len(argv) == 4 else None))
            return 0
        if len(argv) in (3, 5) and argv[0] == "compare":
            fuzz = float(argv[3]) if len(argv) == 5 else FUZZ
            changed, total = difference(argv[1], argv[2], None, fuzz)
            limit = int(argv[4]) if len(argv) == 5 else MAX_CHANGED
            print("%d of %d pixels differ beyond %g%% (limit %d)" % (changed, total, fuzz, limit))
            return 0 if changed <= limit else 1
    except Mismatch as e:
        print("FAIL:", e, file=sys.stderr)
        return 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
