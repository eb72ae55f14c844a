"""exit_is.py N CMD... — runs CMD and succeeds when it exits with status N
(lit's shell has no $?).  CMD's output passes through."""
import subprocess
import sys

sys.exit(0 if subprocess.call(sys.argv[2:]) == int(sys.argv[1]) else 1)
