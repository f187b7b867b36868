#!/usr/bin/python3
"""A writer killed with SIGKILL at random moments leaves a history file that opens and passes integrity_check."""
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

helper = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "respite", "history.sqlite3")
    for round_ in range(5):
        writer = subprocess.Popen([helper, "write", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = writer.stdout.readline()
        assert line.strip() == "writing", (line, writer.stderr.read())
        time.sleep(random.uniform(0.05, 0.4))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        check = subprocess.run([helper, "check", path], capture_output=True, text=True)
        assert check.returncode == 0, (round_, check.stdout, check.stderr)
        assert check.stdout.startswith("integrity ok"), check.stdout
        assert not [f for f in os.listdir(os.path.dirname(path)) if ".bad-" in f], os.listdir(os.path.dirname(path))
print("ok")
