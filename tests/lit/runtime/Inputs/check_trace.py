"""check_trace.py TRACE.json NTASK [GRAPH.dot] — checks a DELAYC_TRACE file.

The file must parse as JSON and hold exactly NTASK complete events ("ph": "X"),
one per task: unique ids, a name, a thread, a source line, a duration >= 0.
Every task's deps name tasks of the trace that ended before it started (the
runtime resolved them from the depend clauses; OpenMP enforced them).  With a
DELAYC_GRAPH file, its edges must be exactly the trace's deps.  Every dep is
also one flow (arrow) of the Trace Event Format: a "ph":"s" event on the
predecessor's thread inside its slice, and a "ph":"f" event with "bp":"e" on
the dependent's thread inside its slice, with the same id (so that Perfetto
and chrome://tracing bind each end to its task), and no other flows.
Prints "trace ok: N tasks, E deps, A arrows" or the first problem, and exits 1.
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

# The arrows: one s/f pair per dep, each end inside its own task's slice.
def inside(flow, task):
    return (flow["tid"] == task["tid"] and flow["pid"] == task["pid"]
            and task["ts"] <= flow["ts"] <= task["ts"] + task["dur"] + 0.0005)


starts, finishes = {}, {}
for e in doc["traceEvents"]:
    if e.get("ph") in ("s", "f"):
        side = starts if e["ph"] == "s" else finishes
        if e["id"] in side:
            fail("flow id %r twice in %r events" % (e["id"], e["ph"]))
        if e["ph"] == "f" and e.get("bp") != "e":
            fail("flow end without \"bp\":\"e\": %r" % e)
        side[e["id"]] = e
if set(starts) != set(finishes):
    fail("flow ids without both ends: %r" % sorted(set(starts) ^ set(finishes)))
arrows = set()
for k, s in starts.items():
    f = finishes[k]
    src = [e for e in ev if inside(s, e)]
    dst = [e for e in ev if inside(f, e)]
    pair = [(a["args"]["id"], b["args"]["id"]) for a in src for b in dst
            if (a["args"]["id"], b["args"]["id"]) in edges]
    if len(pair) != 1:
        fail("flow %r does not join the two ends of exactly one dep" % k)
    arrows.add(pair[0])
if arrows != edges or len(starts) != len(edges):
    fail("%d arrows for %d deps" % (len(starts), len(edges)))
print("trace ok: %d tasks, %d deps, %d arrows" % (len(ev), len(edges), len(arrows)))
