# summarize.py — reads `delayc graph --format json` on stdin, checks it against
# the documented format (docs/cli.md) and prints one normalized line per
# function, node and edge, for FileCheck:
#   file NAME
#   function NAME line N
#   task LABEL callee=NAME line=N in_loop=true|false count=N|null cutoff=true|false inline=true|false
#   serial LABEL callee=NAME line=N reason=TEXT
#   sync line=N lines=N,N explicit=.. loop_back=.. waits_for=TEXT
#   edge LABEL@LINE -> LABEL@LINE object=NAME
# Exits 1 with a message when a field is missing or has the wrong type.
import json
import sys


def fail(msg):
    sys.stderr.write("summarize.py: %s\n" % msg)
    sys.exit(1)


def need(obj, key, types, where):
    if key not in obj:
        fail("%s: missing field '%s'" % (where, key))
    if not isinstance(obj[key], types) or (isinstance(obj[key], bool) and bool not in types):
        fail("%s: field '%s' has type %s" % (where, key, type(obj[key]).__name__))
    return obj[key]


def js(v):
    return json.dumps(v)


doc = json.load(sys.stdin)
print("file", need(doc, "file", (str,), "top"))
for f in need(doc, "functions", (list,), "top"):
    name = need(f, "name", (str,), "function")
    print("function %s line %d" % (name, need(f, "line", (int,), name)))
    ids = {}
    for n in need(f, "nodes", (list,), name):
        nid = need(n, "id", (str,), name + " node")
        if nid in ids:
            fail("%s: duplicate node id %s" % (name, nid))
        kind = need(n, "kind", (str,), nid)
        line = need(n, "line", (int,), nid)
        if kind == "task":
            label = need(n, "label", (str,), nid)
            count = n.get("count", "missing")
            if count is not None and not (isinstance(count, int) and not isinstance(count, bool)):
                fail("%s: count is %r" % (nid, count))
            print("task %s callee=%s line=%d in_loop=%s count=%s cutoff=%s inline=%s" % (
                label, need(n, "callee", (str,), nid), line,
                js(need(n, "in_loop", (bool,), nid)), js(count),
                js(need(n, "cutoff", (bool,), nid)), js(need(n, "inline", (bool,), nid))))
            ids[nid] = "%s@%d" % (label, line)
        elif kind == "serial":
            label = need(n, "label", (str,), nid)
            print("serial %s callee=%s line=%d reason=%s" % (
                label, need(n, "callee", (str,), nid), line, need(n, "reason", (str,), nid)))
            ids[nid] = "%s@%d" % (label, line)
        elif kind == "sync":
            lines = need(n, "lines", (list,), nid)
            if not lines or lines[0] != line or any(not isinstance(l, int) for l in lines):
                fail("%s: lines %r do not start with line %d" % (nid, lines, line))
            print("sync line=%d lines=%s explicit=%s loop_back=%s waits_for=%s" % (
                line, ",".join(str(l) for l in lines), js(need(n, "explicit", (bool,), nid)),
                js(need(n, "loop_back", (bool,), nid)), need(n, "waits_for", (str,), nid)))
            ids[nid] = "sync@%d" % line
        else:
            fail("%s: kind is %r" % (nid, kind))
    for e in need(f, "edges", (list,), name):
        a, b = need(e, "from", (str,), "edge"), need(e, "to", (str,), "edge")
        if a not in ids or b not in ids:
            fail("%s: edge %s -> %s names an unknown node" % (name, a, b))
        if a.startswith("s") or b.startswith("s"):
            fail("%s: edge %s -> %s: a serial call is not a task" % (name, a, b))
        print("edge %s -> %s object=%s" % (ids[a], ids[b], need(e, "object", (str,), "edge")))
