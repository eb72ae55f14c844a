# not.py — runs a command and inverts its exit status, for lit RUN lines on
# machines without LLVM's `not` (the build uses LLVM's own when it exists).
# `not --crash CMD` succeeds only when CMD dies of a signal.
import subprocess
import sys

args = sys.argv[1:]
crash = bool(args) and args[0] == "--crash"
if crash:
    args = args[1:]
if not args:
    sys.exit(1)
try:
    rc = subprocess.call(args)
except OSError as e:
    sys.stderr.write("not: %s: %s\n" % (args[0], e.strerror))
    sys.exit(1)
if crash:
    sys.exit(0 if rc < 0 else 1)
sys.exit(0 if rc != 0 and rc > 0 else 1)
