#!/usr/bin/python3
"""The command line trusts only the user's own app (issue 16 items 3 and 8): a runtime folder others can write, a
/tmp fallback folder someone else created first, a server of another uid and a directory at the socket path are
each refused with a clear message, and the squatter receives nothing. A second user is `nobody`, so these run as
root (CI does) and skip with a message otherwise.

Usage: test_control_channel_cli.py PATH-TO-RESPITE"""
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import unittest

BINARY = None
HERE = os.path.dirname(os.path.abspath(__file__))
FAKE = os.path.join(HERE, "fake_control_server.py")
NOBODY = pwd.getpwnam("nobody").pw_uid


def as_nobody(argv):
    return ["setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups", *argv]


class Squatter:
    """fake_control_server.py running (as root or nobody); .received() is what our client sent it."""

    def __init__(self, argv, env=None):
        self.p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        line = self.p.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError("fake server did not start: %r %s" % (line, self.p.stderr.read()))

    def received(self):
        self.p.wait(30)
        return self.p.stdout.read().strip()

    def stop(self):
        if self.p.poll() is None:
            self.p.kill()
            self.p.wait(5)


@unittest.skipUnless(os.geteuid() == 0, "needs root to act as a second user (nobody); run as root as CI does")
class ControlChannelCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="respite-cc-cli-")
        os.chmod(self.tmp, 0o755)
        self.run_dir = os.path.join(self.tmp, "run")
        os.mkdir(self.run_dir, 0o700)
        self.sock = os.path.join(self.run_dir, "respite", "control.sock")
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": self.tmp, "LANG": "C.UTF-8",
                    "XDG_RUNTIME_DIR": self.run_dir, "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
                    "XDG_STATE_HOME": os.path.join(self.tmp, "state")}
        self.squatters = []

    def tearDown(self):
        for s in self.squatters:
            s.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def squat(self, argv):
        s = Squatter(argv)
        self.squatters.append(s)
        return s

    def cli(self, *args, env=None):
        return subprocess.run([BINARY, *args], env=env or self.env, capture_output=True, text=True, timeout=20)

    def assert_refused(self, r, words):
        self.assertEqual(r.returncode, 1, (r.stdout, r.stderr))
        self.assertIn(words, r.stderr)
        self.assertNotIn("forged", r.stdout)

    def test_runtime_folder_writable_by_others_is_refused(self):
        os.chmod(self.run_dir, 0o777)
        squatter = self.squat(as_nobody([sys.executable, FAKE, self.sock, "--mkdir"]))
        r = self.cli("pause", "10m")
        self.assert_refused(r, "the runtime folder %s can be written by other users" % self.run_dir)
        self.assertEqual(squatter.received(), "received none")

    def test_socket_served_by_another_uid_is_refused(self):
        os.mkdir(os.path.dirname(self.sock), 0o700)
        squatter = self.squat([sys.executable, FAKE, self.sock, "--drop-to", str(NOBODY)])
        r = self.cli("status")
        self.assert_refused(r, "is served by another user (uid %d)" % NOBODY)
        self.assertEqual(squatter.received(), "received nothing")  # connected, checked, hung up

    def test_directory_at_socket_path_is_reported_blocked(self):
        os.makedirs(self.sock, 0o700)
        os.chmod(os.path.dirname(self.sock), 0o700)
        r = self.cli("status")
        self.assert_refused(r, "the control socket path %s is blocked: a directory is in the way" % self.sock)
        self.assertTrue(os.path.isdir(self.sock))

    def test_tmp_fallback_created_first_by_another_user_is_refused(self):
        # No $XDG_RUNTIME_DIR: the socket lives in /tmp/respite-<uid>. A private /tmp (mount namespace) keeps this
        # test from touching the machine's.
        if shutil.which("unshare") is None:
            self.skipTest("needs unshare(1) for a private /tmp")
        env = {k: v for k, v in self.env.items() if k != "XDG_RUNTIME_DIR"}
        script = (
            "set -e; mount -t tmpfs tmpfs /tmp; "
            "%(nobody)s %(py)s %(fake)s /tmp/respite-0/control.sock --mkdir > /tmp/squatter.out & "
            "while ! grep -q ready /tmp/squatter.out 2>/dev/null; do sleep 0.05; done; "
            "set +e; %(bin)s status; echo \"exit=$?\"; wait; cat /tmp/squatter.out"
        ) % {"nobody": " ".join(as_nobody([])), "py": sys.executable, "fake": FAKE, "bin": BINARY}
        r = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script], env=env,
                           capture_output=True, text=True, timeout=60)
        if "mount:" in r.stderr and "permission denied" in r.stderr.lower():
            self.skipTest("cannot mount a private /tmp here: " + r.stderr)
        self.assertIn("exit=1", r.stdout, r.stderr)
        self.assertIn("/tmp/respite-0 belongs to another user (uid %d)" % NOBODY, r.stderr)
        self.assertIn("received none", r.stdout)
        self.assertNotIn("forged", r.stdout)


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main()
