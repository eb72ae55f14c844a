# exit-code.py — `exit-code.py N CMD ARGS...` runs CMD with this process's
# standard streams and succeeds only when CMD exits with status N exactly
# (lit's `not` accepts any failure; the CLI's exit codes are part of its contract).
import subprocess
import sys

if len(sys.argv) < 3:
    sys.stderr.write("usage: exit-code.py N CMD [ARGS...]\n")
    sys.exit(2)
want = int(sys.argv[1])
try:
    got = subprocess.call(sys.argv[2:])
except OSError as e:
    sys.stderr.write("exit-code.py: %s: %s\n" % (sys.argv[2], e.strerror))
    sys.exit(1)
if got != want:
    sys.stderr.write("exit-code.py: '%s' exited with %d, expected %d\n" % (sys.argv[2], got, want))
    sys.exit(1)
