#!/usr/bin/env python3
"""source_positions.py FILE REGEX — where each match of REGEX is, as a compiler sees it.

Prints `LINE:COLUMN:TEXT` per match, LINE as the `#line` directives in FILE
make it (a file without them: its physical line) and COLUMN in bytes from 1.
Run on an input and on delayc's output of it, the two listings must be equal:
every piece of the user's text is where the user wrote it."""
import re
import sys

DIRECTIVE = re.compile(r'#line ([0-9]+)( "(?:[^"\\]|\\.)*")?\s*$')

path, pattern = sys.argv[1], re.compile(sys.argv[2])
line = 1
for text in open(path, encoding="utf-8", errors="surrogateescape").read().split("\n"):
    m = DIRECTIVE.match(text)
    if m:
        line = int(m.group(1))
        continue
    for hit in pattern.finditer(text):
        print("%d:%d:%s" % (line, hit.start() + 1, hit.group(0)))
    line += 1
