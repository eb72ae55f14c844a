"""rank_stats.py FILE RANKS TASKS — checks the DELAYC_STATS lines of an MPI run:
one `delayc: rank R tasks=N ...` line per rank, every rank counting the same
spawned tasks, the ranks' tasks adding up to TASKS.  Prints `ranks R, tasks N`
when all of that holds, else what is wrong (and exits 1)."""
import re
import sys

path, want_ranks, want_tasks = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ranks, tasks, spawned, bad = set(), 0, set(), []
for line in open(path):
    m = re.match(r"delayc: rank (\d+) tasks=(\d+) peak-concurrency=\d+ spawned=(\d+) ", line)
    if m:
        ranks.add(int(m.group(1)))
        tasks += int(m.group(2))
        spawned.add(int(m.group(3)))
    elif line.startswith("delayc:"):
        bad.append("unexpected line: " + line.rstrip())
if ranks != set(range(want_ranks)):
    bad.append("ranks seen: %s" % sorted(ranks))
if spawned != {want_tasks}:
    bad.append("spawned counts: %s" % sorted(spawned))
if bad:
    print("\n".join(bad))
    sys.exit(1)
print("ranks %d, tasks %d" % (len(ranks), tasks))
