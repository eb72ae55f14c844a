# repeat.py N EXPECTED CMD... — runs CMD N times; each run must exit 0 and
# print exactly the contents of EXPECTED.  Prints "N runs ok" or exits 1 with
# the first difference.
import subprocess
import sys

n, expected, cmd = int(sys.argv[1]), open(sys.argv[2]).read(), sys.argv[3:]
for i in range(n):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if p.returncode != 0 or p.stdout != expected:
        sys.stderr.write("run %d: exit %d, output %r (expected %r)\n%s" % (i + 1, p.returncode, p.stdout, expected, p.stderr))
        sys.exit(1)
print("%d runs ok" % n)
