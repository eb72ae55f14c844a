"""check_trace.py TRACE.json NTASK [GRAPH.dot] — checks a DELAYC_TRACE file.

The file must parse as JSON and hold exactly NTASK complete events ("ph": "X"),
one per task: unique ids, a name, a thread, a source line, a duration >= 0.
Every task's deps name tasks of the trace that ended before it started (the
runtime resolved them from the depend clauses; OpenMP enforced them).  With a
DELAYC_GRAPH file, its edges must be exactly the trace's deps.
Prints "trace ok: N tasks, E deps" or the first problem, and exits 1.
"""
import json
import re
import sys


def fail(msg):
    print("trace check failed: " + msg)
    sys.exit(1)


with open(sys.argv[1]) as f:
    doc = json.load(f)
want = int(sys.argv[2])
ev = [e for e in doc["traceEvents"] if e.get("ph") == "X"]
if len(ev) != want:
    fail("%d complete events, expected %d" % (len(ev), want))
by_id = {}
for e in ev:
    for k in ("name", "ts", "dur", "tid", "args"):
        if k not in e:
            fail("event without %r: %r" % (k, e))
    if e["dur"] < 0 or not isinstance(e["args"].get("line"), int):
        fail("bad event %r" % e)
    if e["args"]["id"] in by_id:
        fail("task id %d twice" % e["args"]["id"])
    by_id[e["args"]["id"]] = e
edges = set()
for e in ev:
    for p in e["args"]["deps"]:
        if p not in by_id:
            fail("task %d depends on unknown task %d" % (e["args"]["id"], p))
        q = by_id[p]
        # timestamps are printed to the ns: allow rounding
        if q["ts"] + q["dur"] > e["ts"] + 0.002:
            fail("task %d started before its predecessor %d ended" % (e["args"]["id"], p))
        edges.add((p, e["args"]["id"]))
if len(sys.argv) > 3:
    with open(sys.argv[3]) as f:
        dot = set((int(a), int(b)) for a, b in re.findall(r"t(\d+) -> t(\d+);", f.read()))
    if dot != edges:
        fail("graph edges %d differ from the trace's deps %d" % (len(dot), len(edges)))
print("trace ok: %d tasks, %d deps" % (len(ev), len(edges)))
