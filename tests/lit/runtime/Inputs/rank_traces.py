"""rank_traces.py BASE RANKS TASKS — the DELAYC_TRACE files of an MPI run: one
per rank, BASE.rank<R>.json, each naming its rank, its tasks under process id
R + 1, the ranks' tasks adding up to TASKS.  Prints `traces R, tasks N` when
all of that holds, else what is wrong (and exits 1)."""
import json
import sys

base, ranks, want = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
total, bad = 0, []
for r in range(ranks):
    d = json.load(open("%s.rank%d.json" % (base, r)))
    ev = d["traceEvents"]
    names = [e["args"]["name"] for e in ev if e["name"] == "process_name"]
    if names != ["delayc tasks, rank %d" % r]:
        bad.append("rank %d: process name %s" % (r, names))
    tasks = [e for e in ev if e.get("cat") == "task"]
    if any(e["pid"] != r + 1 for e in tasks):
        bad.append("rank %d: a task under another process id" % r)
    total += len(tasks)
if bad:
    print("\n".join(bad))
    sys.exit(1)
print("traces %d, tasks %d" % (ranks, total))
