"""max_rss.py — run a command, pass its output through, and fail when its peak
resident memory went over a bound: `max_rss.py MIB cmd args...` exits with the
command's status, or 1 (with a line saying both figures) when the child's
ru_maxrss exceeded MIB mebibytes."""
import resource
import subprocess
import sys

bound = float(sys.argv[1])
rc = subprocess.call(sys.argv[2:])
mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
if rc == 0 and mib > bound:
    print(f"max_rss.py: {mib:.1f} MiB used, over the bound of {bound:g} MiB", file=sys.stderr)
    sys.exit(1)
sys.exit(rc)
