# sarif_help.py SARIF — prints "rules N, bad [...]": the rules whose helpUri is
# not the absolute file: URI of an existing NAME.md page linked from
# help.markdown.
import json
import os
import sys
import urllib.parse

rules = json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]["rules"]
bad = []
for r in rules:
    uri = r.get("helpUri", "")
    path = urllib.parse.unquote(uri[len("file://"):]) if uri.startswith("file:///") else ""
    if not path or not os.path.isfile(path) or not path.endswith("/" + r["id"] + ".md") \
            or uri not in r["help"]["markdown"]:
        bad.append(r["id"])
print("rules %d, bad %s" % (len(rules), bad))
