"""png_check.py SHOT.png DOM.html [--busy F] [--zoomed] [--sparse] — a screenshot of `delayc report`, checked as a person would look.

SHOT.png is headless Chromium's screenshot of the report, DOM.html the same
page's DOM after its script ran (chromium --dump-dom).  From the DOM: the
script drew (body data-ready), the canvas's layout (data-layout: where the
critical path track, the thread lanes and the parallelism strip are, on the
page), the functions and their colours (the legend), the three tables, and
nothing fetched.  From the pixels (PNG decoded with the standard library):

  - not blank: at least 5% of the pixels are not white;
  - every function's colour is in the legend and in the thread lanes, however
    short its tasks (they are drawn at least a pixel wide, or as a band on
    the bar they share a pixel with);
  - the lanes are filled: at least F (--busy, default 0.02) of the lanes'
    pixels are function colours;
  - the critical path track has bars in function colours;
  - the parallelism strip is filled (its blue, blended).
With --zoomed (a window of the run) the lanes need not hold every function
nor the track any task.  With --sparse (a run whose threads are mostly idle,
like the seed's sub-microsecond tasks) the lanes and the strip need not be
filled.

Prints what it found; exits 1 on failure.
"""
import json
import re
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
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, bpp)])
        prev = line
    return w, h, rows


failures = []


def check(ok, what):
    print("png_check: %s: %s" % ("ok" if ok else "FAILED", what))
    if not ok:
        failures.append(what)


shot, dom = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
busy = float(sys.argv[sys.argv.index("--busy") + 1]) if "--busy" in sys.argv else 0.02
zoomed = "--zoomed" in sys.argv
sparse = "--sparse" in sys.argv

check('data-ready="1"' in dom, "the page's script ran and drew the timeline")
m = re.search(r'data-layout="([^"]*)"', dom)
check(m is not None, "the canvas says where it drew")
layout = json.loads(m.group(1).replace("&quot;", '"')) if m else None
legend = re.findall(r'<span class="lg" data-fn="(\d+)"><i style="background:\s*(#[0-9a-f]{6})', dom)
if not legend:   # Chromium writes inline colours back as rgb()
    legend = [(k, "#%02x%02x%02x" % (int(r), int(g), int(b))) for k, r, g, b in
              re.findall(r'<span class="lg" data-fn="(\d+)"><i style="background:\s*rgb\((\d+), (\d+), (\d+)\)', dom)]
check(len(legend) >= 1, "a legend of %d functions" % len(legend))
for table in ("Threads", "Functions", "Critical path"):
    check("<h2>%s</h2>" % table in dom, "the %s table" % table)
check(re.search(r'\b(src|href)="(?!#)', dom) is None and "@import" not in dom, "nothing fetched")

w, h, rows = decode(shot)
white = sum(1 for r in rows for px in r if px == (255, 255, 255))
check(white <= 0.95 * w * h, "not blank: %.1f%% of %dx%d not white" % (100.0 - 100.0 * white / (w * h), w, h))
colours = {tuple(bytes.fromhex(c[1:])): int(k) for k, c in legend}


def region(x0, y0, x1, y1):
    x0, y0 = max(0, int(x0)), max(0, int(y0))
    x1, y1 = min(w, int(x1)), min(h, int(y1))
    return [rows[y][x] for y in range(y0, y1) for x in range(x0, x1)]


everywhere = set(px for r in rows for px in r)
check(all(c in everywhere for c in colours), "every function's colour on the page (legend)")
if layout:
    px, py = layout["pageX"], layout["pageY"]
    lanes = region(px + layout["left"], py + layout["lanesTop"], px + layout["right"],
                   py + layout["lanesTop"] + layout["lanes"] * layout["laneH"])
    inlanes = {}
    for p in lanes:
        if p in colours:
            inlanes[colours[p]] = inlanes.get(colours[p], 0) + 1
    names = dict((int(k), k) for k, _ in legend)
    missing = [k for k in names if k not in inlanes and not zoomed]
    check(not missing, "every function drawn in the thread lanes (%s pixels by function)"
          % ", ".join("%d: %d" % kv for kv in sorted(inlanes.items())) + (", missing %r" % missing if missing else ""))
    fill = sum(inlanes.values()) / float(max(1, len(lanes)))
    check(sparse or fill >= busy, "the lanes %.1f%% filled with tasks (at least %.1f%%)" % (100 * fill, 100 * busy))
    track = region(px + layout["left"], py + layout["cpTop"], px + layout["right"], py + layout["cpTop"] + layout["cpH"])
    if not zoomed:
        check(sum(1 for p in track if p in colours) > 0, "the critical path's track has its tasks")
    strip = region(px + layout["left"], py + layout["stripTop"], px + layout["right"],
                   py + layout["stripTop"] + layout["stripH"])
    blue = sum(1 for r, g, b in strip if b > r + 15)
    check(blue > (0 if sparse else 0.02 * len(strip)),
          "the parallelism strip is filled (%.1f%% of it)" % (100.0 * blue / max(1, len(strip))))
print("png_check: %s" % ("ok" if not failures else "FAILED: %d checks" % len(failures)))
sys.exit(1 if failures else 0)
