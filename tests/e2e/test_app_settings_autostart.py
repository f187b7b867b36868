#!/usr/bin/python3
"""Issue 9, Settings: the Startup page's "Start Respite when I log in" switch does what `respite autostart on|off`
does. Off writes $XDG_CONFIG_HOME/autostart/respite.desktop with Hidden=true, on removes it (or, with no entry
for every user, writes one that starts the tray app), and `respite autostart status` agrees. The switch shows the
entries on disk when the dialog opens (changed by the command line meanwhile), an entry that cannot be written
keeps the dialog open with the reason beside the switch, and an administrator's app.autostart policy shows it
locked: then it changes nothing and `respite autostart off` refuses with exit 1. The page is screenshot in
English and German (settings-startup-*.png in the artifacts)."""
import os
import subprocess
import sys
import time

from harness import run_test

TITLE = "^Respite Settings$"
TITLE_DE = "^Respite-Einstellungen$"
SYSTEM_ENTRY = "[Desktop Entry]\nType=Application\nName=Respite\nExec=/usr/libexec/respite/respite-app\n"


def user_entry(s):
    return os.path.join(s.dirs["XDG_CONFIG_HOME"], "autostart", "respite.desktop")


def system_entry(s):
    return os.path.join(s.dirs["XDG_CONFIG_DIRS"], "autostart", "respite.desktop")


def read(path):
    return open(path).read() if os.path.isfile(path) else None


def keys(s, *names):
    s.xdotool("key", "--clearmodifiers", *names)
    time.sleep(0.3)


def open_startup_page(s, menu="Settings", title=TITLE):
    """Opens Settings from the tray menu and shows its last page, Startup, as a keyboard user would."""
    s.click([menu])
    wid = s.wait_window(title)
    time.sleep(1)
    s.xdotool("windowactivate", "--sync", wid)
    # The section list has the focus; End selects its last row.
    keys(s, "End")
    time.sleep(0.5)
    return wid


def shot(s, wid, name):
    """The dialog's own pixels, to look at: nothing cut off, words and no key names."""
    path = os.path.join(s.artifacts, "%s-%s.png" % (s.name, name))
    subprocess.run(["import", "-window", str(wid), path], env=s.env, capture_output=True, timeout=20)
    return path


def toggle_and_save(s):
    # Tab leaves the list for the switch; Space flips it; Alt+S is the Save button's mnemonic.
    keys(s, "Tab", "space")
    keys(s, "alt+s")


def status(s):
    r = s.run_cli("autostart", "status")
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_switch(s):
    s._write(system_entry(s), SYSTEM_ENTRY)
    s.start_wm()
    s.start_app(wait_socket=True)
    s.wait_registered()
    assert status(s).startswith("on (system-wide entry"), status(s)

    # Off: the opt-out entry of the XDG autostart spec.
    wid = open_startup_page(s)
    shot(s, wid, "settings-startup-en")
    toggle_and_save(s)
    s.wait_no_window(TITLE)
    text = s.wait_for(lambda: read(user_entry(s)), 5, what="the opt-out entry")
    assert "\nHidden=true\n" in text, text
    assert status(s).startswith("off (you opted out"), status(s)

    # The command line opts in again; the dialog shows that (the file on disk), so the switch now turns it off.
    r = s.run_cli("autostart", "on")
    assert r.returncode == 0 and read(user_entry(s)) is None, (r.stdout, r.stderr)
    wid = open_startup_page(s)
    toggle_and_save(s)
    s.wait_no_window(TITLE)
    s.wait_for(lambda: read(user_entry(s)), 5, what="the opt-out entry again")
    assert status(s).startswith("off (you opted out"), status(s)

    # On: the opt-out entry is removed, the entry for every user counts again.
    open_startup_page(s)
    toggle_and_save(s)
    s.wait_no_window(TITLE)
    s.wait_for(lambda: read(user_entry(s)) is None, 5, what="the opt-out entry removed")
    assert status(s).startswith("on (system-wide entry"), status(s)

    # Without the package's entry, on writes the user's own entry, which starts the tray app.
    os.remove(system_entry(s))
    assert status(s).startswith("off (no autostart entry"), status(s)
    open_startup_page(s)
    toggle_and_save(s)
    s.wait_no_window(TITLE)
    text = s.wait_for(lambda: read(user_entry(s)), 5, what="the user's own entry")
    assert "Hidden=true" not in text, text
    execs = [line[len("Exec="):] for line in text.splitlines() if line.startswith("Exec=")]
    assert len(execs) == 1 and os.path.realpath(execs[0]) == os.path.realpath(s.binary), (execs, s.binary)
    assert status(s).startswith("on (your entry"), status(s)

    # A folder that cannot hold the entry (a file named autostart): Save keeps the dialog open and says why.
    s._write(system_entry(s), SYSTEM_ENTRY)
    folder = os.path.dirname(user_entry(s))
    os.remove(user_entry(s))
    os.rmdir(folder)
    s._write(folder, "not a folder\n")
    assert status(s).startswith("on (system-wide entry"), status(s)
    wid = open_startup_page(s)
    toggle_and_save(s)
    time.sleep(1)
    shot(s, wid, "settings-startup-error")
    assert s.windows(TITLE), "Save closed the dialog although the entry could not be written"
    assert read(folder) == "not a folder\n"
    assert status(s).startswith("on (system-wide entry"), status(s)
    keys(s, "Escape")
    s.wait_no_window(TITLE)


def test_locked_german(s):
    """German (Alt+S is Speichern's mnemonic too): the page read and screenshot, then the policy lock."""
    s._write(system_entry(s), SYSTEM_ENTRY)
    s.start_wm()
    s.start_app(env={"LANGUAGE": "de"}, wait_socket=True)
    s.wait_registered()
    wid = open_startup_page_de(s)
    shot(s, wid, "settings-startup-de")
    keys(s, "Escape")
    s.wait_no_window(TITLE_DE)

    # The administrator keeps it on: the switch is greyed out, Tab passes it by, Save changes no entry.
    s.write_admin("[app]\nautostart = true\n", kind="policy")
    wid = open_startup_page_de(s)
    shot(s, wid, "settings-startup-locked-de")
    toggle_and_save(s)
    s.wait_no_window(TITLE_DE)
    assert read(user_entry(s)) is None, read(user_entry(s))
    r = s.run_cli("autostart", "off")
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert "app.autostart = true" in r.stderr and "policy.toml" in r.stderr, r.stderr
    assert read(user_entry(s)) is None
    assert "locked by policy" in status(s), status(s)

    # A hand-written opt-out under that policy: the switch shows it as it is (off), and still changes nothing.
    s._write(user_entry(s), "[Desktop Entry]\nHidden=true\n")
    open_startup_page_de(s)
    toggle_and_save(s)
    s.wait_no_window(TITLE_DE)
    assert read(user_entry(s)) == "[Desktop Entry]\nHidden=true\n", read(user_entry(s))


def open_startup_page_de(s):
    return open_startup_page(s, "Einstellungen", TITLE_DE)


if __name__ == "__main__":
    sys.exit(run_test(test_switch) | run_test(test_locked_german))
