"""check_sarif.py LOG SCHEMA — checks a SARIF log written by delayc lint.

Validates it against SCHEMA with python3-jsonschema when that is installed,
then checks what code-scanning services rely on: rules with ids, results whose
ruleIndex names their rule, repository-relative URIs with a uriBaseId defined
in originalUriBaseIds, partialFingerprints.  Prints one line on success."""
import json
import sys

log = json.load(open(sys.argv[1]))
schema = json.load(open(sys.argv[2]))
try:
    import jsonschema
    jsonschema.validate(log, schema)
except ImportError:
    pass
assert log["version"] == "2.1.0" and "sarif-schema-2.1.0" in log["$schema"]
(run,) = log["runs"]
rules = run["tool"]["driver"]["rules"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids))
for r in rules:
    assert r["shortDescription"]["text"] and r["help"]["text"], r
    assert r["defaultConfiguration"]["level"] in ("note", "warning", "error")
bases = run["originalUriBaseIds"]
assert bases["SRCROOT"]["uri"].startswith("file:///") and bases["SRCROOT"]["uri"].endswith("/")
uris = set()
for res in run["results"]:
    assert ids[res["ruleIndex"]] == res["ruleId"], res
    loc = res["locations"][0]["physicalLocation"]
    al = loc["artifactLocation"]
    assert al["uriBaseId"] in bases and not al["uri"].startswith("/"), al
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    assert res["partialFingerprints"]["primaryLocationLineHash"]
    uris.add(al["uri"])
fps = [r["partialFingerprints"]["primaryLocationLineHash"] for r in run["results"]]
assert len(fps) == len(set(fps)), fps
print("sarif ok: %d results, %d rules, uri %s" % (len(run["results"]), len(rules), " ".join(sorted(uris))))
