# apply_json_fixes.py SRC.c FIXES.json — the source with every fix of
# `delayc suggest --format json` applied (as a tool reading that format would):
# the lit tests compare it with what `suggest --fix` writes.
import json, sys
src = open(sys.argv[1], 'rb').read()
fixes = [f for s in json.load(open(sys.argv[2]))['suggestions'] for f in s['fixes']]
order = sorted(range(len(fixes)), key=lambda i: (-fixes[i]['offset'], -i))
for i in order:
    f = fixes[i]
    src = src[:f['offset']] + f['replacement'].encode() + src[f['offset'] + f['length']:]
sys.stdout.buffer.write(src)
