#!/usr/bin/env python3
"""join_lines.py — print an emitted file with its column-keeping line breaks undone.

delayc puts the user's text that follows generated code on a line of its own,
after `#line N "file"` and blanks up to its column (so compiler messages name
the user's column).  Content checks read the text as it would be without those
breaks: this removes each such directive and its padding.  The line and column
mapping itself is checked by source_lines.py."""
import re
import sys

DIRECTIVE = re.compile(r'#line ([0-9]+) "((?:[^"\\]|\\.)*)"$')

def join(text):
    """text with every mid-line break (a #line naming the line it interrupts) undone"""
    lines = text.split("\n")
    out = []             # [text, logical line, file] per output line
    line, name = 1, None
    k = 0
    while k < len(lines):
        m = DIRECTIVE.match(lines[k])
        if m and out and (int(m.group(1)), m.group(2)) == (out[-1][1], out[-1][2]) \
                and k + 1 < len(lines):
            # a break in the middle of a line: the next line continues the previous
            out[-1][0] += lines[k + 1].lstrip(" \t")
            line, name = int(m.group(1)) + 1, m.group(2)
            k += 2
            continue
        if m:
            out.append([lines[k], None, None])
            line, name = int(m.group(1)), m.group(2)
        else:
            out.append([lines[k], line, name])
            line += 1
        k += 1
    return "\n".join(t for t, _, _ in out)


if __name__ == "__main__":
    sys.stdout.write(join(open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read()))
