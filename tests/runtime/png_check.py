"""png_check.py SHOT.png — checks that a screenshot of a delayc report is not blank.

Decodes the PNG with the standard library only (8-bit RGB or RGBA, not
interlaced: what Chromium writes) and requires that at least 1% of the pixels
are not background white, that the critical path's red (#d62728) is there, and
that at least three of the report's bar colours are.  Prints what it found;
exits 1 on failure.
"""
import struct
import sys
import zlib


def decode(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("png_check: %s is not a PNG" % path)
    pos, idat, w = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                sys.exit("png_check: unsupported PNG (depth %d, colour type %d)" % (depth, ctype))
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        ft = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1:
                line[i] = (line[i] + a) & 255
            elif ft == 2:
                line[i] = (line[i] + b) & 255
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ft == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows


w, h, bpp, rows = decode(sys.argv[1])
counts = {}
for line in rows:
    for x in range(0, len(line), bpp):
        px = (line[x], line[x + 1], line[x + 2])
        counts[px] = counts.get(px, 0) + 1
total = w * h
nonwhite = total - counts.get((255, 255, 255), 0)
palette = ["4e79a7", "f28e2b", "59a14f", "b07aa1", "edc948", "76b7b2", "ff9da7", "9c755f", "bab0ac", "86bcb6"]
present = [c for c in palette if counts.get(tuple(bytes.fromhex(c)), 0) > 0]
red = counts.get((0xd6, 0x27, 0x28), 0)
print("png_check: %dx%d, %.1f%% non-white, %d distinct colours, red %d px, bar colours %s"
      % (w, h, 100.0 * nonwhite / total, len(counts), red, " ".join(present)))
ok = nonwhite >= total // 100 and red > 0 and len(present) >= 3
print("png_check: " + ("ok" if ok else "FAILED: the screenshot looks blank or lacks the chart"))
sys.exit(0 if ok else 1)
