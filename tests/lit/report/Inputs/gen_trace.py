"""gen_trace.py KIND — writes a trace-event file for the report's tests on stdout.

  us      three tasks over 300 us: the report's unit is us
  s       three tasks over 20 s: the report's unit is s
  nested  a task that waits for two children, which its thread runs inside
          it (depth 1), and a task on another thread; the thread's busy time
          counts the parent once
  many    one thread: 10,000 tasks "tiny" of 50 ns, 1 us apart, between two
          long tasks "big"; plus 5 tasks "rare" of 10 ns among them: every
          function must still be drawn
"""
import json
import sys


def task(name, tid, ts, dur, id, deps=()):
    return {"name": name, "cat": "task", "ph": "X", "ts": ts, "dur": dur, "pid": 1, "tid": tid,
            "args": {"line": 1, "id": id, "deps": list(deps)}}


kind = sys.argv[1]
ev = []
if kind == "us":
    ev = [task("a", 0, 0, 100, 1), task("b", 0, 120, 80, 2, [1]), task("c", 1, 10, 290, 3)]
elif kind == "s":
    ev = [task("a", 0, 0, 5e6, 1), task("b", 0, 6e6, 14e6, 2, [1]), task("c", 1, 1e6, 3e6, 3)]
elif kind == "nested":
    ev = [task("parent", 0, 0, 1000, 1), task("child", 0, 100, 300, 2), task("child", 0, 500, 300, 3),
          task("other", 1, 0, 500, 4)]
elif kind == "many":
    ev.append(task("big", 0, 0, 20000, 1))
    for i in range(10000):
        ev.append(task("tiny", 0, 20000 + i, 0.05, 2 + i))
    for i in range(5):
        ev.append(task("rare", 0, 20000 + 2000 * i + 0.5, 0.01, 20000 + i))
    ev.append(task("big", 0, 30000, 20000, 30000))
json.dump({"traceEvents": ev}, sys.stdout)
