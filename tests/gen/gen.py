#!/usr/bin/env python3
"""gen.py — random annotated C programs for differential testing of delayc.

    python3 tests/gen/gen.py SEED [-o OUT.c] [--size small|normal|large] [--files 1|2|auto]
    python3 tests/gen/gen.py SEED --count N --dir D  D/gen_<seed>.c for SEED..SEED+N-1
    python3 tests/gen/gen.py SEED --files 2 -o DIR   a two-file program: DIR/main.c,
                                 DIR/helpers.h, DIR/helpers.c, DIR/SOURCES

Each program is deterministic in SEED (same seed, same bytes, on any machine: the
generator uses only random.Random(seed)), valid C11 that builds warning-free with
gcc and clang at -Wall -Wextra -Werror, runs in a few milliseconds, and prints a
checksum of every value it computed (and of every file it wrote).  The base
program follows the Delayed Best Practices: no delayed function touches global
state or writes through a pointer it does not declare OUT/INOUT; side effects
that are not data (printing) are ordered with delayed_after/delayed_bind and
computed before ordinary code prints.  The features below (version 2) break
those rules on purpose, in the ways delayc's effects model must keep correct.

What a program mixes (each drawn at random, in random order and nesting):
  scalar results of several types (unsigned, unsigned long, int, double, a struct),
  nested delayed calls as arguments, reassignment of results still being read,
  ordinary reads and writes of pending results and arrays between the tasks,
  plain copies `y = x;` / `out[i] = r;`, arrays with DELAYED_IN_N/OUT_N/INOUT_N on
  local arrays, 2-D rows, malloc'd and aligned_alloc'd buffers, views `A + k`,
  `&A[k]`, aligned blocks `A + b*C`, DELAYED_OUT/INOUT on single elements and
  scalars, unannotated `const T *` inputs, loops with break/continue (on the index
  and on results), while/do-while/switch/if/?:/&& on results, loop-local results and
  arrays, helper functions (ordinary, spawning tasks, with early returns) called
  in loops, recursion with DELAYED_CUTOFF, a delayed function that spawns tasks,
  delayed(f)(x) on an unannotated function, delayed_after/delayed_bind chains of
  printing tasks and of data tasks, delayed_compute on scalars, arrays and tokens.

Since version 2 each program also draws features that stress delayc's effects
model (tasks that touch shared state get dependencies on it; ordinary code waits
for them), each used at least once when drawn (the first line of a program names
them):
  io       file and descriptor I/O in tasks: fsave/fload of values by path
           (fopen "w"/"r", fprintf/fscanf), fappend of lines to one log file that
           ordinary code also appends to and reads back (fsum_now), fixed 12-byte
           records through open()/write()/read(), rename/remove of scratch files
           (in tasks and in ordinary code), printing tasks (say, and wsay:
           fflush(stdout) + write(1, ...)) not ordered by any token, ordinary
           prints that do not compute the token chain first, a path buffer `gp`
           rewritten by ordinary code (snprintf) while tasks read it, a
           descriptor and a FILE * opened by main and written by tasks (rec_fd,
           fput).  The files are g<seed>_*.txt/.dat in the current directory,
           removed at the start and at the end of main, so runs of different
           seeds never collide and a run never sees an earlier run's files;
  macros   writes through macros in tasks: Lua's setobj idiom (SETV: a pointer
           declared inside the macro), BUMP (a member increment), SETU, PUTU, on
           DELAYED_OUT/INOUT(_N) parameters and on unannotated non-const
           pointers (INOUT by default: vtouch, uput1), on Val objects of main
           that ordinary code reads and writes between the tasks;
  globals  tasks that update a global counter (through a macro), append to a
           global array, read them, a task spawning one that does (gnest), the
           globals passed by address to tasks (bump(&g_count, x), sumv(g_log,
           n)), rand/srand, getenv/setenv, strtok; ordered only by delayc's
           dependencies; ordinary code reads and writes them in between;
  two files  (--files 2, or --files auto for the seeds divisible by 5) main.c
           and helpers.c with helpers.h: DELAYED functions of main.c call
           helpers of helpers.c, pure ones (hx_mix, hx_poly) and ones that
           touch its statics and a global (hx_count, hx_log, hx_add: a counter,
           an append-only log, hx_total), a DELAYED function declared in
           helpers.h and defined in helpers.c (hx_next, a static id counter),
           delayed(plainf) on a function of helpers.c; ordinary code calls them
           and reads the state through accessors.  Checked with
           tests/diff/run-multi.sh (each file alone, and with --with the other).
           One in three is a unity build: main.c #includes helpers.c (which then
           also holds the ordinary helper functions that spawn tasks) and
           SOURCES lists only main.c.
The program's header defines _POSIX_C_SOURCE 200809L (open, write, setenv).

Only the Python 3 standard library is used.
"""
import argparse
import os
import random
import re
import sys

VERSION = 2

LIBRARY = r'''
struct pr { unsigned a, b; };

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }
DELAYED unsigned mix2(unsigned a, unsigned b) { return (a ^ (b << 5)) + (b >> 3) + 0x9e3779b9u; }
DELAYED DELAYED_PURE unsigned phash(unsigned x)
{
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    return x;
}
DELAYED DELAYED_NAME("mul3") unsigned mul3(unsigned a, unsigned b, unsigned c)
{
    return a * 31u + b * 17u + c;
}
DELAYED unsigned long widen(unsigned a, unsigned long b) { return (unsigned long)a * 1000003ul + b; }
DELAYED int clampi(int a, int b) { return (a % 1000 + b % 1000 + 2000) % 1000; }
DELAYED double dmix(double x, unsigned k) { return x * 0.75 + (double)(k % 97u); }
DELAYED struct pr mkpair(unsigned a, unsigned b)
{
    struct pr p;
    p.a = a + b;
    p.b = a ^ (b * 3u);
    return p;
}
DELAYED unsigned pr_fold(struct pr p) { return p.a * 3u + p.b; }
DELAYED void fill(DELAYED_OUT_N(n) unsigned *dst, int n, unsigned seed)
{
    unsigned s = seed * 2654435761u + 1u;
    for (int i = 0; i < n; i++) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        dst[i] = s % 100000u;
    }
}
DELAYED void scale(DELAYED_INOUT_N(n) unsigned *v, int n, unsigned k)
{
    for (int i = 0; i < n; i++)
        v[i] = v[i] * (k | 1u) + (unsigned)i;
}
DELAYED unsigned sumv(DELAYED_IN_N(n) const unsigned *v, int n)
{
    unsigned s = 17u;
    for (int i = 0; i < n; i++)
        s = s * 31u + v[i];
    return s;
}
DELAYED void addv(DELAYED_IN_N(n) const unsigned *a, DELAYED_IN_N(n) const unsigned *b,
                  DELAYED_OUT_N(n) unsigned *c, int n)
{
    for (int i = 0; i < n; i++)
        c[i] = a[i] + (b[i] ^ 0x5au);
}
DELAYED unsigned first(const unsigned *p) { return *p * 3u + 1u; }
DELAYED void setone(DELAYED_OUT unsigned *p, unsigned v) { *p = v * 7u + 3u; }
DELAYED void bump(DELAYED_INOUT unsigned *p, unsigned v) { *p = *p * 5u + v; }
DELAYED void minmax(DELAYED_IN_N(n) const unsigned *v, int n, DELAYED_OUT unsigned *lo,
                    DELAYED_OUT unsigned *hi)
{
    unsigned a = v[0], b = v[0];
    for (int i = 1; i < n; i++) {
        if (v[i] < a)
            a = v[i];
        if (v[i] > b)
            b = v[i];
    }
    *lo = a;
    *hi = b;
}
DELAYED DELAYED_CUTOFF(n < 24) unsigned rsum(DELAYED_IN_N(n) const unsigned *v, int n)
{
    if (n <= 6) {
        unsigned s = 5u;
        for (int i = 0; i < n; i++)
            s = s * 7u + v[i];
        return s;
    }
    int h = n / 2;
    unsigned a = rsum(v, h);
    unsigned b = rsum(v + h, n - h);
    return a * 3u + b;
}
DELAYED DELAYED_CUTOFF(n < 13u) unsigned fibm(unsigned n)
{
    if (n < 2u)
        return n;
    return fibm(n - 1u) + fibm(n - 2u);
}
DELAYED void say(unsigned tag, unsigned v) { printf("say %u %u\n", tag, v); }
DELAYED unsigned nested3(unsigned x)
{
    unsigned a = inc(x);
    unsigned b = dbl(x);
    return mix2(a, b);
}
'''

PLAINF = 'unsigned plainf(unsigned x, unsigned y) { return x * 13u + (y >> 2); }\n'

# File and descriptor I/O in tasks (feature `io`): values saved to and loaded
# from files by path, lines appended to one log file, fixed 12-byte records
# written with open()/write() and read back with read(), rename/remove, and raw
# writes of records to descriptor 1 (after fflush(stdout), so the serial order
# of the bytes is the order of the calls).  fsum_now is ordinary code's reader.
IO_LIBRARY = r'''
static void rec_fmt(char rec[12], unsigned k, unsigned v)
{
    unsigned x = k % 100u * 10000000u + v % 10000000u;
    for (int i = 10; i >= 1; i--) {
        rec[i] = (char)('0' + x % 10u);
        x /= 10u;
    }
    rec[0] = 'r';
    rec[11] = '\n';
}
DELAYED void fsave(const char *path, unsigned v)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fprintf(f, "%u\n", v);
        fclose(f);
    }
}
DELAYED void fappend(const char *path, unsigned v)
{
    FILE *f = fopen(path, "a");
    if (f) {
        fprintf(f, "%u\n", v);
        fclose(f);
    }
}
DELAYED unsigned fload(const char *path, unsigned dflt)
{
    unsigned v = dflt;
    FILE *f = fopen(path, "r");
    if (f) {
        if (fscanf(f, "%u", &v) != 1)
            v = dflt ^ 1u;
        fclose(f);
    }
    return v;
}
unsigned fsum_now(const char *path)
{
    unsigned s = 11u, v;
    unsigned n = 0u;
    FILE *f = fopen(path, "r");
    if (!f)
        return 3u;
    while (fscanf(f, "%u", &v) == 1) {
        s = s * 31u + v;
        n++;
    }
    fclose(f);
    return s + n;
}
DELAYED unsigned fsum(const char *path) { return fsum_now(path) * 3u + 1u; }
DELAYED void rec_put(const char *path, unsigned k, unsigned v)
{
    char rec[12];
    rec_fmt(rec, k, v);
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        return;
    if (write(fd, rec, sizeof rec) != (ssize_t)sizeof rec)
        rec[0] = 'x';
    close(fd);
}
DELAYED unsigned rec_sum(const char *path)
{
    char rec[12];
    unsigned s = 5u;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 1u;
    while (read(fd, rec, sizeof rec) == (ssize_t)sizeof rec)
        for (int i = 1; i < 11; i++)
            s = s * 11u + (unsigned)(rec[i] - '0');
    close(fd);
    return s;
}
DELAYED void wsay(unsigned k, unsigned v)
{
    char rec[12];
    rec_fmt(rec, k, v);
    fflush(stdout);
    if (write(1, rec, sizeof rec) != (ssize_t)sizeof rec)
        rec[0] = 'x';
}
DELAYED void fmove(const char *from, const char *to)
{
    if (rename(from, to) != 0)
        remove(to);
}
DELAYED void fdrop(const char *path) { remove(path); }
DELAYED void rec_fd(int fd, unsigned k, unsigned v)
{
    char rec[12];
    rec_fmt(rec, k, v);
    if (write(fd, rec, sizeof rec) != (ssize_t)sizeof rec)
        rec[0] = 'x';
}
DELAYED void fput(FILE *f, unsigned v) { fprintf(f, "%u\n", v); }
'''

# Writes through macros (feature `macros`): Lua's setobj idiom (a pointer
# declared inside the macro), a member increment, an element store; on
# DELAYED_OUT/INOUT parameters, and on unannotated non-const pointers (INOUT).
MACRO_LIBRARY = r'''
typedef struct { unsigned v; unsigned n; } Val;
#define SETV(o, x) { Val *io_ = (o); io_->v = (x); }
#define BUMP(p) ((p)->n++)
#define SETU(p, x) { unsigned *up_ = (p); *up_ = (x); }
#define PUTU(a, i, x) ((a)[i] = (x))

DELAYED void vset(DELAYED_OUT Val *o, unsigned x)
{
    SETV(o, x * 3u + 1u);
    o->n = 1u;
}
DELAYED void vbump(DELAYED_INOUT Val *o, unsigned x)
{
    SETV(o, o->v * 5u + x);
    BUMP(o);
}
DELAYED void vtouch(Val *o, unsigned x)
{
    BUMP(o);
    SETV(o, (o->v ^ x) + o->n);
}
DELAYED unsigned vget(const Val *o) { return o->v * 7u + o->n; }
DELAYED void vfill(DELAYED_OUT_N(n) Val *a, int n, unsigned s)
{
    for (int i = 0; i < n; i++) {
        SETV(&a[i], s + (unsigned)i * 3u);
        a[i].n = (unsigned)i;
    }
}
DELAYED void vstep(DELAYED_INOUT_N(n) Val *a, int n, unsigned k)
{
    for (int i = 0; i < n; i++) {
        SETV(a + i, a[i].v * 3u + k);
        BUMP(&a[i]);
    }
}
DELAYED unsigned vsum(DELAYED_IN_N(n) const Val *a, int n)
{
    unsigned s = 3u;
    for (int i = 0; i < n; i++)
        s = s * 31u + a[i].v + a[i].n;
    return s;
}
DELAYED void usetm(DELAYED_OUT unsigned *p, unsigned x) { SETU(p, x * 9u + 2u); }
DELAYED void uput1(unsigned *p, unsigned x) { PUTU(p, 0, *p * 3u + x); }
DELAYED void uputn(DELAYED_INOUT_N(n) unsigned *a, int n, unsigned x)
{
    for (int i = 0; i < n; i++)
        PUTU(a, i, a[i] + x * (unsigned)i);
}
'''

# Global state in tasks (feature `globals`): a counter (written through a
# macro), an append-only log, the random state, the environment and strtok; the
# tasks are ordered only by the dependencies delayc gives them.
GLOBAL_LIBRARY = r'''
unsigned g_count = 7u;
unsigned g_log[64];
static int g_len;
#define GADD(x) (g_count = g_count * 31u + (x))
#define GSET(x) { unsigned *gp_ = &g_count; *gp_ = (x); }

DELAYED void gcount(unsigned v) { GADD(v); }
DELAYED void gset(unsigned v) { GSET(g_count * 7u + v); }
DELAYED void gnote(unsigned v)
{
    if (g_len < 64)
        g_log[g_len++] = v ^ g_count;
}
DELAYED unsigned gpeek(unsigned k) { return g_count * 3u + k; }
DELAYED unsigned gnest(unsigned x)
{
    gcount(x);
    return inc(x);
}
unsigned glog_sum(void)
{
    unsigned s = 1u;
    for (int i = 0; i < g_len; i++)
        s = s * 31u + g_log[i];
    return s + (unsigned)g_len;
}
DELAYED DELAYED_CUTOFF(n < 9u) unsigned gfib(unsigned n)
{
    if (n < 2u) {
        GADD(n + 1u);
        return n;
    }
    return gfib(n - 1u) + gfib(n - 2u);
}
DELAYED unsigned rnd(unsigned k) { return (unsigned)(rand() % 1000) + k; }
DELAYED unsigned envv(unsigned k)
{
    const char *s = getenv("GEN@SEED@");
    return s ? (unsigned)atoi(s) * 5u + k : k + 1u;
}
DELAYED unsigned toks(unsigned k)
{
    char buf[24] = "a,bb,ccc,dddd";
    unsigned s = k;
    for (char *t = strtok(buf, ","); t; t = strtok(NULL, ","))
        s = s * 7u + (unsigned)strlen(t);
    return s;
}
'''

# The second file of a two-file program (feature `multi`): pure helpers, a
# static counter, an append-only static log, a global, a DELAYED function with
# a static id counter, and plainf; main reads the state through accessors.
HELPERS_H = r'''#ifndef GEN_HELPERS_H
#define GEN_HELPERS_H
#include "delayed.h"
unsigned hx_mix(unsigned a, unsigned b);
unsigned hx_poly(unsigned x);
void hx_count(unsigned v);
unsigned hx_count_get(void);
void hx_log(unsigned v);
unsigned hx_log_sum(void);
extern unsigned hx_total;
void hx_add(unsigned v);
unsigned hx_sumv(const unsigned *a, int n);
void hx_scalev(unsigned *a, int n, unsigned k);
DELAYED unsigned hx_next(unsigned k);
unsigned plainf(unsigned x, unsigned y);
#endif
'''

HELPERS_C = r'''#include "helpers.h"

static unsigned hcount = 1u;
static unsigned hlog[48];
static int hlog_n;
static unsigned next_id = @ID0@u;
unsigned hx_total;

unsigned hx_mix(unsigned a, unsigned b) { return (a * 2654435761u) ^ (b + 0x7f4a7c15u); }
unsigned hx_poly(unsigned x) { return x * x * 3u + x * 5u + 7u; }
void hx_count(unsigned v) { hcount = hcount * 33u + v; }
unsigned hx_count_get(void) { return hcount; }
void hx_log(unsigned v)
{
    if (hlog_n < 48)
        hlog[hlog_n++] = v;
}
unsigned hx_log_sum(void)
{
    unsigned s = 2u;
    for (int i = 0; i < hlog_n; i++)
        s = s * 131u + hlog[i];
    return s + (unsigned)hlog_n;
}
void hx_add(unsigned v) { hx_total = hx_total * 3u + v; }
unsigned hx_sumv(const unsigned *a, int n)
{
    unsigned s = 19u;
    for (int i = 0; i < n; i++)
        s = s * 37u + a[i];
    return s;
}
void hx_scalev(unsigned *a, int n, unsigned k)
{
    for (int i = 0; i < n; i++)
        a[i] = a[i] * 5u + k;
}
DELAYED unsigned hx_next(unsigned k) { return (next_id++) * 10u + k % 10u; }
unsigned plainf(unsigned x, unsigned y) { return x * 13u + (y >> 2); }
'''

# DELAYED functions of the main file that call the second file's helpers.
MULTI_LIBRARY = r'''
DELAYED unsigned hpure(unsigned x, unsigned y) { return hx_mix(x, y) + hx_poly(x); }
DELAYED unsigned hcnt(unsigned x)
{
    hx_count(x);
    return x * 3u + 1u;
}
DELAYED void hlog1(unsigned x) { hx_log(x ^ 5u); }
DELAYED void hadd(unsigned x) { hx_add(x + 1u); }
DELAYED unsigned hnext2(unsigned x) { return hx_next(x) + hx_poly(x); }
DELAYED unsigned hsum(DELAYED_IN_N(n) const unsigned *a, int n) { return hx_sumv(a, n); }
DELAYED void hscale(DELAYED_INOUT_N(n) unsigned *a, int n, unsigned k) { hx_scalev(a, n, k); }
'''

# Statement counts at the top of main per size profile (min, max).  `small` keeps
# the delayc output quick to compile for the fixed-seed ctest batch; the soak
# uses `normal` and `large`.
SIZES = {'small': (3, 8), 'normal': (8, 22), 'large': (20, 45)}

TYPES = {'u': 'unsigned', 'ul': 'unsigned long', 'i': 'int', 'd': 'double', 'pr': 'struct pr'}


class Var:
    def __init__(self, name, ty):
        self.name, self.ty, self.used = name, ty, False


class Arr:
    """kind: local, malloc, aligned, 2d (rows x n)."""

    def __init__(self, name, n, kind, rows=0):
        self.name, self.n, self.kind, self.rows = name, n, kind, rows


class Ctx:
    def __init__(self, helper=False):
        self.scopes = [[]]        # lists of Var
        self.arrs = [[]]          # lists of Arr
        self.loops = []           # (index name, bound) innermost last
        self.helper = helper
        self.depth = 0            # statement nesting

    def push(self):
        self.scopes.append([])
        self.arrs.append([])

    def pop(self):
        self.arrs.pop()
        return self.scopes.pop()

    def vars(self, tys=None):
        return [v for s in self.scopes for v in s if tys is None or v.ty in tys]

    def outer_vars(self, tys=None):
        return [v for v in self.scopes[0] if tys is None or v.ty in tys]

    def all_arrs(self, kinds=None):
        return [a for s in self.arrs for a in s if kinds is None or a.kind in kinds]


def lib_chunks(lib):
    """The top-level definitions of a library text: [(name or None, text)]; name
    is the function or variable a chunk defines (None: a type or a macro, always
    kept)."""
    out, cur, depth = [], [], 0
    for line in lib.strip('\n').split('\n'):
        starts = (depth == 0 and cur and line and not line[0].isspace() and line[0] not in '{}')
        if starts:
            out.append(cur)
            cur = []
        cur.append(line)
        depth += line.count('{') - line.count('}')
    if cur:
        out.append(cur)
    res = []
    for c in out:
        head = re.sub(r'\bDELAYED_\w+\([^)]*\)', '', c[0])   # DELAYED_CUTOFF(n < 9u) ...
        m = re.match(r'[^(=;]*?\b([A-Za-z_]\w*)\s*(\(|=|\[|;)', head)
        name = None if head.startswith(('#', 'typedef')) or not m else m.group(1)
        res.append((name, '\n'.join(c) + '\n'))
    return res


def prune(lib, used_in):
    """The definitions of lib that the text used_in needs, directly or through
    other definitions of lib, in their order (a feature library contributes to a
    program only the functions it calls: less for the compilers to build)."""
    chunks = lib_chunks(lib)
    keep = [name is None for name, _ in chunks]
    text = used_in + ''.join(t for (n, t), k in zip(chunks, keep) if k)
    grew = True
    while grew:
        grew = False
        for i, (name, t) in enumerate(chunks):
            if not keep[i] and re.search(r'\b%s\b' % re.escape(name), text):
                keep[i] = grew = True
                text += t
    return '\n' + ''.join(t for (n, t), k in zip(chunks, keep) if k)


def two_files(seed, files='1'):
    """Whether the program of SEED has two files: files '1', '2' or 'auto'
    (auto: the seeds divisible by 5)."""
    if files == 'auto':
        return seed % 5 == 0
    return files == '2'


class Gen:
    def __init__(self, seed, size='normal', multi=False):
        self.seed = seed
        self.size = size
        self.multi = multi
        self.r = random.Random(seed * 7919 + VERSION)
        # the features of this program, drawn first
        self.io = self.chance(0.4)
        self.macros = self.chance(0.4)
        self.globals = self.chance(0.35)
        self.unity = multi and self.chance(0.3)
        self.vals = []         # Val objects of main: (name, count or 0 for a scalar)
        self.files = ['"g%d_%d.txt"' % (seed, k) for k in range(3)]
        self.log = '"g%d_log.txt"' % seed
        self.recs = '"g%d_rec.dat"' % seed
        self.fdfile = '"g%d_fd.dat"' % seed      # opened by main: tasks write to its descriptor
        self.stfile = '"g%d_st.txt"' % seed      # opened by main: tasks print to its stream
        self.fd = self.st = self.gp = None         # main's descriptor, stream, path buffer
        self.n = 0
        self.helpers = []      # (name, kind) of helper functions defined
        self.helper_text = []
        self.chain = None      # token of the last printing task (main only)
        self.tags = 0
        self.frees = []

    # ---- names and small things ----
    def fresh(self, p):
        self.n += 1
        return '%s%d' % (p, self.n)

    def chance(self, p):
        return self.r.random() < p

    def const(self):
        v = self.r.randint(0, 999)
        # never 2u or 10u: clang warns on `10u ^ 185u` (-Wxor-used-as-pow)
        return '%du' % (v + 1 if v in (2, 10) else v)

    # ---- expressions ----
    def as_u(self, v):
        v.used = True
        if v.ty == 'u':
            return v.name
        if v.ty == 'pr':
            return '%s.%s' % (v.name, self.r.choice('ab'))
        return '(unsigned)%s' % v.name

    def index(self, ctx, a):
        """An index expression valid for array a (element count a.n)."""
        ok = [i for (i, b) in ctx.loops if b <= a.n]
        if ok and self.chance(0.7):
            return self.r.choice(ok)
        return str(self.r.randrange(a.n))

    def elem(self, ctx, a):
        if a.kind == '2d':
            return '%s[%d][%s]' % (a.name, self.r.randrange(a.rows), self.index(ctx, a))
        return '%s[%s]' % (a.name, self.index(ctx, a))

    def uexpr(self, ctx, depth=0):
        """An expression of type unsigned."""
        vs = ctx.vars(('u', 'ul', 'i', 'd', 'pr'))
        arrs = ctx.all_arrs()
        k = self.r.random()
        if k < 0.15 or (not vs and not arrs and depth > 0):
            return self.const()
        if k < 0.45 and vs:
            return self.as_u(self.r.choice(vs))
        if k < 0.6 and arrs:
            return self.elem(ctx, self.r.choice(arrs))
        if k < 0.75 and depth < 2:
            a = self.uexpr(ctx, depth + 1)
            op = self.r.choice(['+ %s' % self.const(), '* 3u', '^ %s' % self.const(), '>> 1'])
            return '(%s %s)' % (a, op)
        if depth < 2:
            return self.ucall(ctx, depth + 1, nested=True)
        return self.const()

    def iexpr(self, ctx):
        vs = ctx.vars(('i',))
        k = self.r.random()
        if vs and k < 0.5:
            v = self.r.choice(vs)
            v.used = True
            return v.name
        if k < 0.75:
            return str(self.r.randint(-500, 999))
        return '(int)(%s %% 1000u)' % self.uexpr(ctx, 1)

    def dexpr(self, ctx):
        vs = ctx.vars(('d',))
        if vs and self.chance(0.6):
            v = self.r.choice(vs)
            v.used = True
            return v.name
        return '%d.%d' % (self.r.randint(0, 300), self.r.randint(0, 9))

    def view(self, ctx, minlen=1):
        """(pointer expression, element count) naming part of an array."""
        arrs = [a for a in ctx.all_arrs() if a.n >= minlen]
        if not arrs:
            return None
        a = self.r.choice(arrs)
        if a.kind == '2d':
            return '%s[%d]' % (a.name, self.r.randrange(a.rows)), str(a.n)
        k = self.r.random()
        if k < 0.4:
            return a.name, str(a.n)
        off = self.r.randrange(0, a.n - minlen + 1)
        ln = self.r.randint(minlen, a.n - off)
        if k < 0.7:
            return '%s + %d' % (a.name, off), str(ln)
        return '&%s[%d]' % (a.name, off), str(ln)

    def ucall(self, ctx, depth=0, nested=False):
        """A call expression of type unsigned."""
        r = self.r
        opts = ['inc', 'dbl', 'mix2', 'phash', 'mul3', 'first', 'sumv', 'rsum', 'fibm',
                'nested3', 'plainf', 'pr_fold']
        if ctx.helper:
            opts.remove('fibm')
        f = r.choice(opts)
        e = lambda: self.uexpr(ctx, depth + 1)
        if f in ('inc', 'dbl', 'phash', 'nested3'):
            return '%s(%s)' % (f, e())
        if f == 'mix2':
            return 'mix2(%s, %s)' % (e(), e())
        if f == 'mul3':
            return 'mul3(%s, %s, %s)' % (e(), e(), e())
        if f == 'plainf':
            return 'delayed(plainf)(%s, %s)' % (e(), e())
        if f == 'pr_fold':
            ps = ctx.vars(('pr',))
            if ps and r.random() < 0.7:
                p = r.choice(ps)
                p.used = True
                return 'pr_fold(%s)' % p.name
            return 'pr_fold(mkpair(%s, %s))' % (e(), e())
        if f == 'fibm':
            return 'fibm(%du)' % r.randint(3, 19)
        if f == 'first':
            arrs = ctx.all_arrs()
            if arrs:
                a = r.choice(arrs)
                if a.kind == '2d':
                    return 'first(%s[%d])' % (a.name, r.randrange(a.rows))
                if r.random() < 0.3:
                    return 'first(%s)' % a.name
                return 'first(&%s)' % self.elem(ctx, a)
            return 'inc(%s)' % e()
        # sumv / rsum
        v = self.view(ctx)
        if not v:
            return 'dbl(%s)' % e()
        return '%s(%s, %s)' % (f, v[0], v[1])

    def call_of(self, ctx, ty):
        if ty == 'u':
            return self.ucall(ctx)
        if ty == 'ul':
            vs = ctx.vars(('ul',))
            if vs and self.chance(0.6):
                v = self.r.choice(vs)
                v.used = True
                b = v.name
            else:
                b = '%dul' % self.r.randint(0, 99999)
            return 'widen(%s, %s)' % (self.uexpr(ctx), b)
        if ty == 'i':
            return 'clampi(%s, %s)' % (self.iexpr(ctx), self.iexpr(ctx))
        if ty == 'd':
            return 'dmix(%s, %s)' % (self.dexpr(ctx), self.uexpr(ctx))
        return 'mkpair(%s, %s)' % (self.uexpr(ctx), self.uexpr(ctx))

    def pick_ty(self):
        return self.r.choice(['u'] * 6 + ['ul', 'i', 'd', 'pr'])

    # ---- statements: each returns a list of lines (without indentation) ----
    def decl(self, ctx, ty=None):
        ty = ty or self.pick_ty()
        rhs = self.call_of(ctx, ty)
        v = Var(self.fresh('v'), ty)
        ctx.scopes[-1].append(v)
        return ['%s %s = %s;' % (TYPES[ty], v.name, rhs)]

    def assign(self, ctx):
        vs = ctx.vars(('u', 'ul', 'i', 'd', 'pr'))
        if not vs:
            return self.decl(ctx)
        v = self.r.choice(vs)
        return ['%s = %s;' % (v.name, self.call_of(ctx, v.ty))]

    def ordinary(self, ctx):
        """Ordinary code reading or writing pending results and arrays."""
        r = self.r
        vs = ctx.vars(('u', 'ul', 'i', 'd'))
        arrs = ctx.all_arrs()
        k = r.random()
        if k < 0.35 and vs:
            v = r.choice(vs)
            v.used = True
            if v.ty == 'u':
                return ['%s = %s * 3u + %s;' % (v.name, v.name, self.uexpr(ctx, 1))]
            if v.ty == 'ul':
                return ['%s = %s * 7ul + %s;' % (v.name, v.name, self.uexpr(ctx, 1))]
            if v.ty == 'i':
                return ['%s = (%s * 7 + 3) %% 1000;' % (v.name, v.name)]
            return ['%s = %s * 0.5 + 1.0;' % (v.name, v.name)]
        if k < 0.6 and arrs:
            a = r.choice(arrs)
            return ['%s ^= %s;' % (self.elem(ctx, a), self.uexpr(ctx, 1))]
        if k < 0.75 and arrs and not ctx.loops:
            a = r.choice([a for a in arrs])
            i = self.fresh('j')
            if a.kind == '2d':
                return ['for (int %s = 0; %s < %d; %s++)' % (i, i, a.n, i),
                        '    %s[%d][%s] += (unsigned)%s;' % (a.name, r.randrange(a.rows), i, i)]
            return ['for (int %s = 0; %s < %d; %s++)' % (i, i, a.n, i),
                    '    %s[%s] += (unsigned)%s * 3u;' % (a.name, i, i)]
        if vs:
            # a plain copy between results of one type (stays lazy)
            v = r.choice(vs)
            same = [w for w in vs if w.ty == v.ty and w is not v]
            if same:
                w = r.choice(same)
                w.used = True
                return ['%s = %s;' % (v.name, w.name)]
        return self.assign(ctx)

    def elem_call(self, ctx):
        """Results into array elements: a[i] = f(...), setone/bump, copies."""
        r = self.r
        arrs = ctx.all_arrs()
        if not arrs:
            return self.decl(ctx)
        a = r.choice(arrs)
        k = r.random()
        if k < 0.45:
            return ['%s = %s;' % (self.elem(ctx, a), self.ucall(ctx))]
        if k < 0.65:
            return ['setone(&%s, %s);' % (self.elem(ctx, a), self.uexpr(ctx))]
        if k < 0.8:
            return ['bump(&%s, %s);' % (self.elem(ctx, a), self.uexpr(ctx))]
        us = ctx.vars(('u',))
        if us:
            v = r.choice(us)
            v.used = True
            return ['%s = %s;' % (self.elem(ctx, a), v.name)]
        return ['%s = %s;' % (self.elem(ctx, a), self.ucall(ctx))]

    def scalar_ptr(self, ctx):
        """DELAYED_OUT / INOUT on the address of a scalar."""
        us = [v for v in ctx.vars(('u',))]
        if not us:
            return self.decl(ctx, 'u')
        v = self.r.choice(us)
        v.used = True
        if self.chance(0.5):
            return ['bump(&%s, %s);' % (v.name, self.uexpr(ctx))]
        return ['setone(&%s, %s);' % (v.name, self.uexpr(ctx))]

    def array_op(self, ctx):
        """fill / scale / addv / minmax over whole arrays, views and blocks."""
        r = self.r
        arrs = ctx.all_arrs()
        if not arrs:
            return self.new_array(ctx)
        a = r.choice(arrs)
        k = r.random()
        if a.kind == '2d':
            row = '%s[%d]' % (a.name, r.randrange(a.rows))
            if k < 0.5:
                return ['fill(%s, %d, %s);' % (row, a.n, self.uexpr(ctx))]
            return ['scale(%s, %d, %s);' % (row, a.n, self.uexpr(ctx))]
        f = r.choice(['fill', 'scale'])
        if k < 0.3:
            return ['%s(%s, %d, %s);' % (f, a.name, a.n, self.uexpr(ctx))]
        if k < 0.55 and not ctx.loops:
            # aligned blocks of one constant size
            c = r.choice([d for d in (2, 4, 8, 16) if a.n % d == 0] or [1])
            b = self.fresh('b')
            return ['for (int %s = 0; %s < %d; %s++)' % (b, b, a.n // c, b),
                    '    %s(%s + %s * %d, %d, %s + (unsigned)%s);'
                    % (f, a.name, b, c, c, self.uexpr(ctx), b)]
        if k < 0.7:
            v = self.view(ctx)
            return ['%s(%s, %s, %s);' % (f, v[0], v[1], self.uexpr(ctx))]
        if k < 0.85:
            same = [x for x in arrs if x.kind != '2d' and x.n == a.n and x is not a]
            if same:
                b = r.choice(same)
                src2 = r.choice([x for x in arrs if x.kind != '2d' and x.n >= a.n])
                return ['addv(%s, %s, %s, %d);' % (b.name, src2.name, a.name, a.n)]
        lo = [v for v in ctx.vars(('u',))]
        if len(lo) >= 2:
            x, y = r.sample(lo, 2)
            x.used = y.used = True
            v = self.view(ctx)
            return ['minmax(%s, %s, &%s, &%s);' % (v[0], v[1], x.name, y.name)]
        return ['%s(%s, %d, %s);' % (f, a.name, a.n, self.uexpr(ctx))]

    def new_array(self, ctx):
        r = self.r
        n = r.choice([8, 16, 24, 32, 48, 64, 100, 128])
        kinds = ['local'] * 3 + ['2d']
        if len(ctx.scopes) == 1 and not ctx.helper:
            kinds += ['malloc', 'aligned']   # freed at the end of main
        kind = r.choice(kinds)
        name = self.fresh('A' if kind == 'local' else 'M' if kind == '2d' else 'B')
        lines = []
        i = self.fresh('i')
        if kind == 'local':
            lines.append('unsigned %s[%d];' % (name, n))
            lines.append('for (int %s = 0; %s < %d; %s++)' % (i, i, n, i))
            lines.append('    %s[%s] = (unsigned)%s * %du + %s;' % (name, i, i, r.randint(1, 99), self.const()))
            a = Arr(name, n, kind)
        elif kind == '2d':
            rows = r.randint(2, 5)
            n = r.choice([4, 8, 16])
            lines.append('unsigned %s[%d][%d];' % (name, rows, n))
            lines.append('for (int %s = 0; %s < %d; %s++)' % (i, i, rows * n, i))
            lines.append('    %s[%s / %d][%s %% %d] = (unsigned)%s + %s;' % (name, i, n, i, n, i, self.const()))
            a = Arr(name, n, kind, rows)
        else:
            if kind == 'aligned':
                n = (n + 15) // 16 * 16
                lines.append('unsigned *%s = aligned_alloc(64, %d * sizeof(unsigned));' % (name, n))
            else:
                lines.append('unsigned *%s = malloc(%d * sizeof *%s);' % (name, n, name))
            lines.append('if (!%s)' % name)
            lines.append('    return 1;')
            lines.append('for (int %s = 0; %s < %d; %s++)' % (i, i, n, i))
            lines.append('    %s[%s] = (unsigned)%s ^ %s;' % (name, i, i, self.const()))
            a = Arr(name, n, kind)
            self.frees.append(name)
        ctx.arrs[-1].append(a)
        if self.chance(0.5):
            lines += self.array_op(ctx)
        return lines

    def loop(self, ctx):
        r = self.r
        arrs = ctx.all_arrs()
        if arrs and self.chance(0.8):
            bound = min(a.n for a in r.sample(arrs, min(len(arrs), r.randint(1, 2))))
        else:
            bound = r.randint(2, 12)
        bound = min(bound, 6 if ctx.loops or ctx.helper else 64)
        i = self.fresh('i')
        lines = ['for (int %s = 0; %s < %d; %s++) {' % (i, i, bound, i)]
        ctx.loops.append((i, bound))
        body = []
        if self.chance(0.25):
            body += ['if (%s %% %d == %d)' % (i, r.randint(2, 7), r.randint(0, 1)), '    continue;']
        body += self.block(ctx, r.randint(1, 4))
        if self.chance(0.15):
            body += ['if (%s == %d)' % (i, r.randint(1, bound)), '    break;']
        if self.chance(0.12):
            us = ctx.vars(('u',))
            if us:
                v = r.choice(us)
                v.used = True
                body += ['if (%s %% 13u == 5u)' % v.name, '    break;']
        ctx.loops.pop()
        lines += ['    ' + l for l in body] + ['}']
        return lines

    def while_loop(self, ctx):
        r = self.r
        us = ctx.vars(('u',))
        k = self.fresh('k')
        lines = ['int %s = 0;' % k]
        if us and self.chance(0.5):
            v = r.choice(us)
            v.used = True
            lines.append('do {')
            body = self.block(ctx, r.randint(1, 2))
            body.append('%s = %s;' % (v.name, r.choice(['inc(%s)', 'mix2(%s, 7u)', 'dbl(%s)']) % v.name))
            lines += ['    ' + l for l in body]
            lines.append('} while (%s %% %du != 0u && ++%s < %d);' % (v.name, r.randint(2, 5), k, r.randint(2, 8)))
            return lines
        lines.append('while (%s < %d) {' % (k, r.randint(1, 6)))
        body = self.block(ctx, r.randint(1, 3))
        body.append('%s++;' % k)
        lines += ['    ' + l for l in body] + ['}']
        return lines

    def cond(self, ctx):
        r = self.r
        c = self.condition(ctx)
        lines = ['if (%s) {' % c]
        lines += ['    ' + l for l in self.block(ctx, r.randint(1, 3))]
        if self.chance(0.6):
            lines.append('} else {')
            lines += ['    ' + l for l in self.block(ctx, r.randint(1, 2))]
        lines.append('}')
        return lines

    def condition(self, ctx):
        r = self.r
        k = r.random()
        if k < 0.6:
            return '%s %% %du == %du' % (self.uexpr(ctx), r.randint(2, 5), r.randint(0, 1))
        if k < 0.8:
            return '%s > %du && %s < %du' % (self.ucall(ctx), r.randint(0, 50000), self.uexpr(ctx), r.randint(100, 4000000000))
        return '%s %% 2u == 0u || %s %% 3u == 1u' % (self.ucall(ctx), self.ucall(ctx))

    def ternary(self, ctx):
        us = ctx.vars(('u',))
        if not us:
            return self.decl(ctx, 'u')
        v = self.r.choice(us)
        return ['%s = (%s %% 2u) ? %s : %s;' % (v.name, self.uexpr(ctx), self.ucall(ctx), self.ucall(ctx))]

    def switch(self, ctx):
        r = self.r
        n = r.randint(2, 4)
        lines = ['switch (%s %% %du) {' % (self.uexpr(ctx), n)]
        has_default = False
        for c in range(n):
            if c == n - 1 and self.chance(0.5):
                lines.append('default:')
                has_default = True
            else:
                lines.append('case %du:' % c)
            lines.append('    {')
            lines += ['        ' + l for l in self.block(ctx, r.randint(1, 2))]
            lines.append('        break;')
            lines.append('    }')
        if not has_default:
            lines += ['default:', '    break;']
        lines.append('}')
        return lines

    def loop_local_array(self, ctx):
        """A loop whose body owns an array written by tasks."""
        r = self.r
        n = r.choice([4, 8, 16])
        i = self.fresh('i')
        t = self.fresh('w')
        bound = r.randint(2, 10)
        outs = [a for a in ctx.all_arrs() if a.kind != '2d' and a.n >= bound]
        lines = ['for (int %s = 0; %s < %d; %s++) {' % (i, i, bound, i),
                 '    unsigned %s[%d];' % (t, n),
                 '    fill(%s, %d, %s + (unsigned)%s);' % (t, n, self.uexpr(ctx), i)]
        if self.chance(0.5):
            lines.append('    scale(%s + %d, %d, %s);' % (t, n // 2, n // 2, self.const()))
        ctx.loops.append((i, bound))
        if outs:
            a = r.choice(outs)
            lines.append('    %s[%s] = %s(%s, %d);' % (a.name, i, r.choice(['sumv', 'rsum']), t, n))
        else:
            us = ctx.vars(('u',))
            if us:
                v = r.choice(us)
                v.used = True
                lines.append('    %s = mix2(%s, sumv(%s, %d));' % (v.name, v.name, t, n))
            else:
                lines += ['    ' + l for l in self.print_line(ctx, 't', 'sumv(%s, %d)' % (t, n))]
        ctx.loops.pop()
        lines.append('}')
        return lines

    def helper_call(self, ctx):
        r = self.r
        if not self.helpers or self.chance(0.3):
            self.make_helper()
        name, kind = r.choice(self.helpers)
        if kind == 'scalar':
            us = ctx.vars(('u',))
            call = '%s(%s, %s)' % (name, self.uexpr(ctx), self.uexpr(ctx))
            arrs = [a for a in ctx.all_arrs() if a.kind != '2d']
            if ctx.loops and arrs and self.chance(0.6):
                a = r.choice(arrs)
                return ['%s = %s;' % (self.elem(ctx, a), call)]
            if us and self.chance(0.5):
                return ['%s = %s;' % (r.choice(us).name, call)]
            v = Var(self.fresh('v'), 'u')
            ctx.scopes[-1].append(v)
            return ['unsigned %s = %s;' % (v.name, call)]
        arrs = [a for a in ctx.all_arrs() if a.kind != '2d']
        if not arrs:
            return self.new_array(ctx)
        a = r.choice(arrs)
        return ['%s(%s, %d, %s);' % (name, a.name, a.n, self.uexpr(ctx))]

    def make_helper(self):
        r = self.r
        name = self.fresh('helper')
        if self.chance(0.35):
            restrict = self.chance(0.7)
            kind = 'array'
            lines = ['void %s(unsigned *%sdst, int n, unsigned s)' % (name, 'restrict ' if restrict else ''), '{']
            body = ['for (int i = 0; i < n; i++) {',
                    '    unsigned a = %s;' % r.choice(['inc(s + (unsigned)i)', 'phash(s ^ (unsigned)i)']),
                    '    dst[i] = %s;' % r.choice(['mix2(a, dst[i])', 'dbl(a)', 'a']),
                    '}']
            if self.chance(0.5):
                body.append('scale(dst, n, s);' if restrict else 'dst[0] += s;')
            lines += ['    ' + l for l in body] + ['}']
        else:
            kind = 'scalar'
            ctx = Ctx(helper=True)
            x, y = Var('x', 'u'), Var('y', 'u')
            ctx.scopes[0] += [x, y]
            body = ['unsigned a = %s;' % r.choice(['inc(x)', 'mix2(x, y)', 'phash(x)'])]
            av = Var('a', 'u')
            ctx.scopes[0].append(av)
            saved = self.chain
            self.chain = None
            body += self.block(ctx, r.randint(1, 4), allow_helpers=False)
            self.chain = saved
            if self.chance(0.4):
                body += ['if (y %% %du == 1u)' % r.randint(2, 5), '    return a;']
            body += self.consume(ctx, ctx.scopes[0][3:], av)
            body.append('return %s;' % r.choice(['mix2(a, x ^ y)', 'a + x + y', 'mul3(a, x, y)']))
            lines = ['unsigned %s(unsigned x, unsigned y)' % name, '{'] + ['    ' + l for l in body] + ['}']
        self.helpers.append((name, kind))
        self.helper_text.append('\n'.join(lines))

    def bind_stmt(self, ctx):
        """Printing tasks ordered by a token chain, or a data task bound to a token."""
        r = self.r
        if ctx.helper or not self.chain or self.chance(0.35):
            arrs = [a for a in ctx.all_arrs() if a.kind != '2d']
            if arrs:
                a = r.choice(arrs)
                t = self.fresh('tk')
                k = self.uexpr(ctx)
                us = ctx.vars(('u',))
                if us and self.chance(0.5):
                    v = r.choice(us)
                    tgt = '%s = ' % v.name
                else:
                    v = Var(self.fresh('v'), 'u')
                    ctx.scopes[-1].append(v)
                    tgt = 'unsigned %s = ' % v.name
                return ['delayed_token %s = delayed_after(scale(%s, %d, %s));' % (t, a.name, a.n, k),
                        '%sdelayed_bind(sumv, %s)(%s, %d);' % (tgt, t, a.name, a.n)]
            return self.decl(ctx)
        self.tags += 1
        val = self.uexpr(ctx)
        return ['%s = delayed_after(delayed_bind(say, %s)(%du, %s));' % (self.chain, self.chain, self.tags, val)]

    def compute(self, ctx):
        r = self.r
        vs = ctx.vars(('u', 'ul', 'i', 'd', 'pr'))
        arrs = ctx.all_arrs()
        items = []
        if vs:
            for v in r.sample(vs, min(len(vs), r.randint(1, 2))):
                v.used = True
                items.append(v.name)
        if arrs and self.chance(0.4):
            items.append(r.choice(arrs).name)
        if not items:
            return self.decl(ctx)
        return ['delayed_compute(%s);' % ', '.join(items)]

    def print_line(self, ctx, tag, expr):
        """An ordinary printf of one unsigned value; printing tasks finish first."""
        lines = []
        if self.chain and not ctx.helper and (not self.io or self.chance(0.5)):
            lines.append('delayed_compute(%s);' % self.chain)
        lines.append('printf("%s %%u\\n", %s);' % (tag, expr))
        return lines

    def probe(self, ctx):
        """An ordinary print of a value in the middle (waits for its producer)."""
        self.n += 1
        return self.print_line(ctx, 'p%d' % self.n, self.uexpr(ctx))

    # ---- the effects model: I/O, globals, another file, macros ----
    def u_into(self, ctx, rhs):
        """`v = rhs;` into an unsigned result of the scope, or a new one."""
        us = ctx.vars(('u',))
        if us and self.chance(0.5):
            v = self.r.choice(us)
            return ['%s = %s;' % (v.name, rhs)]
        v = Var(self.fresh('v'), 'u')
        ctx.scopes[-1].append(v)
        return ['unsigned %s = %s;' % (v.name, rhs)]

    def fold(self, ctx, expr, tag):
        """Ordinary code reads expr (shared state): folded into a result, or printed."""
        us = ctx.vars(('u',))
        if us and (self.chance(0.7) or (ctx.helper and not self.io)):
            v = self.r.choice(us)
            v.used = True
            if self.chance(0.3):
                # a task whose argument reads the state when it is spawned
                return ['%s = mix2(%s, %s);' % (v.name, v.name, expr)]
            return ['%s = %s * 3u + %s;' % (v.name, v.name, expr)]
        if ctx.helper and not self.io:
            return self.decl(ctx, 'u')
        self.n += 1
        return self.print_line(ctx, '%s%d' % (tag, self.n), expr)

    def loop_index(self, ctx, n):
        ok = [i for (i, b) in ctx.loops if b <= n]
        if ok and self.chance(0.7):
            return self.r.choice(ok)
        return str(self.r.randrange(n))

    def path(self, ctx):
        """A file path: a literal, or main's buffer gp (rewritten by ordinary code)."""
        if self.gp and not ctx.helper and self.chance(0.35):
            return self.gp
        return self.r.choice(self.files)

    def io_stmt(self, ctx):
        """File and descriptor I/O in tasks, and ordinary code between them."""
        r = self.r
        e = lambda: self.uexpr(ctx)
        main = not ctx.helper
        extra = []
        if main and self.gp:
            extra += ['gp_set', 'gp_save', 'gp_load']
        if main and self.fd:
            extra += ['fd_put', 'fd_put', 'fd_sum']
        if main and self.st:
            extra += ['st_put']
        if extra and self.chance(0.4):
            w = r.choice(extra)
            idx = '(unsigned)%s' % ctx.loops[-1][0] if ctx.loops else self.const()
            if w == 'gp_set':
                # ordinary code rewrites the path buffer that pending tasks may read
                return ['snprintf(%s, sizeof %s, "g%d_%%u.txt", %s %% 3u);' % (self.gp, self.gp, self.seed, idx)]
            if w == 'gp_save':
                return ['fsave(%s, %s);' % (self.gp, e())]
            if w == 'gp_load':
                return self.u_into(ctx, 'fload(%s, %s)' % (self.gp, self.const()))
            if w == 'fd_put':
                return ['rec_fd(%s, %s, %s);' % (self.fd, idx, e())]
            if w == 'fd_sum':
                return self.u_into(ctx, 'rec_sum(%s)' % self.fdfile)
            return ['fput(%s, %s);' % (self.st, e())]
        k = r.random()
        if k < 0.05:
            # a loop whose condition reads the files its tasks write
            kk = self.fresh('k')
            return ['int %s = 0;' % kk,
                    'while (fsum_now(%s) %% %du != 0u && %s < %d) {' % (self.log, r.randint(2, 5), kk, r.randint(1, 6)),
                    '    fappend(%s, %s);' % (self.log, e()),
                    '    %s++;' % kk, '}']
        if k < 0.13:
            return ['fsave(%s, %s);' % (self.path(ctx), e())]
        if k < 0.25:
            return self.u_into(ctx, 'fload(%s, %s)' % (self.path(ctx), self.const()))
        if k < 0.38:
            return ['fappend(%s, %s);' % (self.log, e())]
        if k < 0.44:
            return self.u_into(ctx, 'fsum(%s)' % r.choice([self.log] * 2 + self.files))
        if k < 0.53:
            idx = '(unsigned)%s' % ctx.loops[-1][0] if ctx.loops else self.const()
            return ['rec_put(%s, %s, %s);' % (self.recs, idx, e())]
        if k < 0.58:
            return self.u_into(ctx, 'rec_sum(%s)' % self.recs)
        if k < 0.62:
            a, b = r.sample(self.files, 2)
            return ['fmove(%s, %s);' % (a, b)]
        if k < 0.65:
            return ['fdrop(%s);' % r.choice(self.files + [self.log])]
        if k < 0.68:
            # ordinary code renames or removes a file that tasks use
            if self.chance(0.5):
                a, b = r.sample(self.files, 2)
                return ['rename(%s, %s);' % (a, b)]
            return ['remove(%s);' % r.choice(self.files)]
        if k < 0.76:
            # a printing task, not ordered by any token
            self.tags += 1
            return ['say(%du, %s);' % (self.tags + 500, e())]
        if k < 0.82:
            self.tags += 1
            return ['wsay(%du, %s);' % (self.tags, e())]
        if k < 0.89:
            # ordinary code appends to the log between the tasks
            return ['{',
                    '    FILE *lf = fopen(%s, "a");' % self.log,
                    '    if (lf) {',
                    '        fprintf(lf, "%%u\\n", %s);' % e(),
                    '        fclose(lf);',
                    '    }',
                    '}']
        return self.fold(ctx, 'fsum_now(%s)' % r.choice([self.log] * 2 + self.files), 'l')

    def global_stmt(self, ctx):
        """Tasks on global state (ordered only by delayc's dependencies)."""
        r = self.r
        e = lambda: self.uexpr(ctx)
        k = r.random()
        if k < 0.14:
            return ['%s(%s);' % (r.choice(['gcount', 'gcount', 'gset']), e()), ]
        if k < 0.24:
            return ['gnote(%s);' % e()]
        if k < 0.30:
            j = r.random()
            if j < 0.5:
                # a loop whose condition reads the state its tasks write
                kk = self.fresh('k')
                body = [r.choice(['gcount(%s);', 'gset(%s);', 'gnote(%s);']) % e()]
                if self.chance(0.5):
                    body += self.block(ctx, 1)
                cond = r.choice(['g_count %% %du != 1u' % r.randint(2, 7),
                                 'g_len < %d' % r.randint(1, 40), 'glog_sum() % 3u != 0u'])
                return (['int %s = 0;' % kk, 'while (%s && %s < %d) {' % (cond, kk, r.randint(1, 6))]
                        + ['    ' + l for l in body] + ['    %s++;' % kk, '}'])
            if j < 0.75:
                return ['if (g_count %% 2u == %du)' % r.randint(0, 1), '    gnote(%s);' % e()]
            # a token on a task that writes the global, bound to a reader
            t = self.fresh('tk')
            return (['delayed_token %s = delayed_after(%s(%s));' % (t, r.choice(['gcount', 'gset']), e())]
                    + self.u_into(ctx, 'delayed_bind(gpeek, %s)(%s)' % (t, e())))
        if k < 0.40:
            return self.u_into(ctx, 'gpeek(%s)' % e())
        if k < 0.47:
            return self.u_into(ctx, 'gnest(%s)' % e())
        if k < 0.51:
            return self.u_into(ctx, 'rnd(%s)' % e())
        if k < 0.55:
            return self.u_into(ctx, 'gfib(%du)' % r.randint(3, 13))
        if k < 0.61:
            return self.u_into(ctx, 'envv(%s)' % e())
        if k < 0.65:
            return self.u_into(ctx, 'toks(%s)' % e())
        if k < 0.75:
            return self.fold(ctx, 'g_count', 'g')
        if k < 0.82:
            return self.fold(ctx, 'glog_sum()', 'gl')
        if k < 0.86:
            return ['g_count ^= %s;' % e()]
        if k < 0.91:
            # a task reaches the global through a pointer argument
            j = r.random()
            if j < 0.4:
                return ['%s(&g_count, %s);' % (r.choice(['bump', 'setone']), e())]
            if j < 0.7:
                return self.u_into(ctx, 'sumv(g_log, %d)' % r.choice([8, 16, 64]))
            return ['bump(&g_log[%s], %s);' % (self.loop_index(ctx, 64), e())]
        if k < 0.95:
            return ['setenv("GEN%d", "%d", 1);' % (self.seed, r.randint(0, 999))]
        return ['srand(%du);' % r.randint(1, 99999)]

    def multi_stmt(self, ctx):
        """Calls of the second file's helpers, from tasks and from ordinary code."""
        r = self.r
        e = lambda: self.uexpr(ctx)
        k = r.random()
        if k < 0.18:
            return self.u_into(ctx, 'hpure(%s, %s)' % (e(), e()))
        if k < 0.27:
            return self.u_into(ctx, 'hcnt(%s)' % e())
        if k < 0.32:
            # a loop whose condition reads (through an accessor) the state its tasks write
            kk = self.fresh('k')
            return ['int %s = 0;' % kk,
                    'while (hx_count_get() %% %du != 1u && %s < %d) {' % (r.randint(2, 5), kk, r.randint(1, 6)),
                    '    %s;' % (r.choice(['hlog1(%s)', 'hx_log(hcnt(%s))']) % e()),
                    '    %s++;' % kk, '}']
        if k < 0.44:
            return ['hlog1(%s);' % e()]
        if k < 0.53:
            return ['hadd(%s);' % e()]
        if k < 0.65:
            return self.u_into(ctx, '%s(%s)' % (r.choice(['hx_next', 'hx_next', 'hnext2']), e()))
        if k < 0.73:
            return self.fold(ctx, 'hx_count_get()', 'hc')
        if k < 0.80:
            return self.fold(ctx, 'hx_log_sum()', 'hl')
        if k < 0.86:
            return self.fold(ctx, 'hx_total', 'ht')
        if k < 0.90:
            return ['hx_count(%s);' % e()]
        v = self.view(ctx)
        if k < 0.97 and v:
            # the second file's helpers on main's arrays: in tasks, and in ordinary code
            j = r.random()
            if j < 0.35:
                return ['hscale(%s, %s, %s);' % (v[0], v[1], e())]
            if j < 0.7:
                return self.u_into(ctx, 'hsum(%s, %s)' % v)
            if j < 0.85:
                return ['hx_scalev(%s, %s, %s);' % (v[0], v[1], e())]
            return self.fold(ctx, 'hx_sumv(%s, %s)' % v, 'hs')
        return self.fold(ctx, 'hx_mix(%s, %s)' % (e(), self.const()), 'hm')

    def macro_stmt(self, ctx):
        """Writes through macros inside tasks, on Val objects and unsigned memory."""
        r = self.r
        e = lambda: self.uexpr(ctx)
        scal = [n for n, c in self.vals if c == 0]
        vecs = [(n, c) for n, c in self.vals if c]
        k = r.random()
        if k < 0.35 and scal:
            q = r.choice(scal)
            if k < 0.08:
                return self.u_into(ctx, 'vget(&%s)' % q)
            return ['%s(&%s, %s);' % (r.choice(['vset', 'vbump', 'vbump', 'vtouch']), q, e())]
        if k < 0.65 and vecs:
            name, n = r.choice(vecs)
            j = r.random()
            if j < 0.35:
                return ['%s(&%s[%s], %s);' % (r.choice(['vbump', 'vtouch', 'vset']), name,
                                              self.loop_index(ctx, n), e())]
            if j < 0.5:
                return self.u_into(ctx, 'vget(&%s[%s])' % (name, self.loop_index(ctx, n)))
            off = r.randrange(0, n)
            ln = r.randint(1, n - off)
            view = name if off == 0 and ln == n and self.chance(0.5) else '%s + %d' % (name, off)
            if j < 0.8:
                return ['%s(%s, %d, %s);' % (r.choice(['vfill', 'vstep']), view, ln, e())]
            return self.u_into(ctx, 'vsum(%s, %d)' % (view, ln))
        if k < 0.85:
            us = ctx.vars(('u',))
            arrs = [a for a in ctx.all_arrs() if a.kind != '2d']
            j = r.random()
            if us and (j < 0.35 or not arrs):
                v = r.choice(us)
                v.used = True
                return ['%s(&%s, %s);' % (r.choice(['usetm', 'uput1']), v.name, e())]
            if arrs and j < 0.7:
                a = r.choice(arrs)
                return ['%s(&%s, %s);' % (r.choice(['usetm', 'uput1']), self.elem(ctx, a), e())]
            if arrs:
                v = self.view(ctx)
                if v:
                    return ['uputn(%s, %s, %s);' % (v[0], v[1], e())]
            return self.decl(ctx, 'u')
        # ordinary code reads and writes the Val objects between the tasks
        if not self.vals:
            return self.decl(ctx, 'u')
        name, n = r.choice(self.vals)
        ref = name if n == 0 else '%s[%s]' % (name, self.loop_index(ctx, n))
        if self.chance(0.5):
            return ['%s.%s += %s;' % (ref, r.choice('vn'), e())]
        return self.fold(ctx, '%s.%s' % (ref, r.choice('vn')), 'q')

    def block(self, ctx, count, allow_helpers=True):
        """count statements in a new scope; values declared in it are consumed."""
        ctx.push()
        ctx.depth += 1
        lines = []
        for _ in range(count):
            lines += self.stmt(ctx, allow_helpers)
        ctx.depth -= 1
        local = ctx.scopes[-1]
        lines += self.consume(ctx, local, None, outer_only=True)
        outer = [w for s in ctx.scopes[:-1] for w in s if w.ty == 'u']
        for a in ctx.arrs[-1]:
            row = '%s[%d]' % (a.name, self.r.randrange(a.rows)) if a.kind == '2d' else a.name
            if outer:
                t = self.r.choice(outer)
                t.used = True
                lines.append('%s = mix2(%s, sumv(%s, %d));' % (t.name, t.name, row, a.n))
            else:
                lines += self.print_line(ctx, 'a', 'sumv(%s, %d)' % (row, a.n))
        ctx.pop()
        return lines

    def consume(self, ctx, vs, into, outer_only=False):
        """Make every unused value in vs read: fold it into an outer result."""
        lines = []
        for v in vs:
            if v.used or v.ty == 'tok':
                continue
            tgt = into
            if tgt is None:
                outer = [w for s in ctx.scopes[:-1] for w in s if w.ty == 'u'] if outer_only else []
                if outer:
                    tgt = self.r.choice(outer)
            if tgt is None:
                lines += self.print_line(ctx, 'c', self.as_u(v))
                continue
            tgt.used = True
            lines.append('%s = mix2(%s, %s);' % (tgt.name, tgt.name, self.as_u(v)))
        return lines

    def stmt(self, ctx, allow_helpers=True):
        r = self.r
        deep = ctx.depth >= 3
        table = [
            (10, self.decl), (5, self.assign), (6, self.ordinary), (6, self.elem_call),
            (3, self.scalar_ptr), (6, self.array_op), (3, self.new_array),
            (0 if deep else 5, self.loop), (0 if deep else 2, self.while_loop),
            (0 if deep else 4, self.cond), (2, self.ternary), (0 if deep else 1, self.switch),
            (0 if deep else 2, self.loop_local_array),
            (3 if allow_helpers and not ctx.helper else 0, self.helper_call),
            (3, self.bind_stmt), (2, self.compute), (0 if ctx.helper else 1, self.probe),
            (10 if self.io else 0, self.io_stmt),
            (8 if self.globals else 0, self.global_stmt),
            (10 if self.multi else 0, self.multi_stmt),
            (8 if self.macros and not ctx.helper else 0, self.macro_stmt),
        ]
        total = sum(w for w, _ in table)
        x = r.uniform(0, total)
        for w, f in table:
            x -= w
            if x < 0 and w > 0:
                return f(ctx)
        return self.decl(ctx)

    # ---- the program ----
    def features(self):
        f = [n for n, on in (('io', self.io), ('macros', self.macros), ('globals', self.globals))
             if on]
        if self.multi:
            f.append('two files, unity build' if self.unity else 'two files')
        return ', '.join(f) or 'none'

    def program(self):
        """The program's files: {name: text}; main.c first (a single-file program
        has only main.c), then helpers.h and helpers.c, and SOURCES."""
        r = self.r
        ctx = Ctx()
        main = []
        # printing tasks, ordered by one token chain started at the top of main
        # (decided first: every ordinary print must compute the chain before it)
        self.chain = self.fresh('chain') if self.chance(0.6) else None
        every_file = self.files + [self.log, self.recs, self.fdfile, self.stfile]
        if self.io:
            # no file of an earlier run (of this seed) is read
            main += ['remove(%s);' % p for p in every_file]
            if self.chance(0.5):
                self.gp = 'gp'
                main.append('char gp[32] = %s;' % self.files[0])
            if self.chance(0.5):
                self.fd = 'fd'
                main += ['int fd = open(%s, O_WRONLY | O_CREAT | O_TRUNC, 0644);' % self.fdfile,
                         'if (fd < 0)', '    return 1;']
            if self.chance(0.4):
                self.st = 'st'
                main += ['FILE *st = fopen(%s, "w");' % self.stfile, 'if (!st)', '    return 1;']
        if self.globals:
            main.append('srand(%du);' % (self.seed % 100000 + 1))
        if self.macros:
            for _ in range(r.randint(1, 2)):
                q = self.fresh('q')
                main.append('Val %s = {%du, 0u};' % (q, r.randint(0, 999)))
                self.vals.append((q, 0))
            for _ in range(r.randint(0, 1)):
                q = self.fresh('Q')
                n = r.choice([4, 8, 16, 32])
                i = self.fresh('i')
                main += ['Val %s[%d];' % (q, n),
                         'for (int %s = 0; %s < %d; %s++) {' % (i, i, n, i),
                         '    %s[%s].v = (unsigned)%s * %du + %s;' % (q, i, i, r.randint(1, 99), self.const()),
                         '    %s[%s].n = 0u;' % (q, i),
                         '}']
                self.vals.append((q, n))
        # a few values and arrays to start from
        for _ in range(r.randint(1, 3)):
            main += self.new_array(ctx)
        for _ in range(r.randint(2, 4)):
            main += self.decl(ctx, 'u')
        # every feature of the program is used at least once at the top of main
        lo, hi = SIZES[self.size]
        plan = [self.io_stmt] * 2 if self.io else []
        plan += [self.global_stmt] if self.globals else []
        plan += [self.multi_stmt] * 2 if self.multi else []
        plan += [self.macro_stmt] if self.macros else []
        plan += [self.stmt] * max(1, r.randint(lo, hi) - len(plan))
        r.shuffle(plan)
        for f in plan:
            main += f(ctx)
        # the checksum of everything
        if self.chain:
            main.append('delayed_compute(%s);' % self.chain)
        main.append('unsigned long ck = 1469598103ul;')
        for v in ctx.scopes[0]:
            if v.ty == 'u' or v.ty == 'ul':
                main.append('ck = ck * 1000003ul + %s;' % v.name)
            elif v.ty == 'i':
                main.append('ck = ck * 1000003ul + (unsigned long)(unsigned)%s;' % v.name)
            elif v.ty == 'd':
                main.append('ck = ck * 1000003ul + (unsigned long)(%s * 1024.0);' % v.name)
            elif v.ty == 'pr':
                main.append('ck = ck * 1000003ul + %s.a * 7u + %s.b;' % (v.name, v.name))
        for a in ctx.arrs[0]:
            j = self.fresh('j')
            if a.kind == '2d':
                main.append('for (int %s = 0; %s < %d; %s++)' % (j, j, a.rows * a.n, j))
                main.append('    ck = ck * 31ul + %s[%s / %d][%s %% %d];' % (a.name, j, a.n, j, a.n))
            else:
                main.append('for (int %s = 0; %s < %d; %s++)' % (j, j, a.n, j))
                main.append('    ck = ck * 31ul + %s[%s];' % (a.name, j))
        for q, n in self.vals:
            if n == 0:
                main.append('ck = ck * 1000003ul + %s.v * 7u + %s.n;' % (q, q))
            else:
                j = self.fresh('j')
                main.append('for (int %s = 0; %s < %d; %s++)' % (j, j, n, j))
                main.append('    ck = ck * 31ul + %s[%s].v * 7u + %s[%s].n;' % (q, j, q, j))
        if self.io:
            if self.fd:
                main.append('close(fd);')
            if self.st:
                main.append('fclose(st);')
            for p in self.files + [self.log] + ([self.stfile] if self.st else []):
                main.append('ck = ck * 1000003ul + fsum_now(%s);' % p)
            main.append('ck = ck * 1000003ul + rec_sum(%s);' % self.recs)
            if self.fd:
                main.append('ck = ck * 1000003ul + rec_sum(%s);' % self.fdfile)
            if self.gp:
                main.append('ck = ck * 1000003ul + fsum_now(gp);')
            main += ['remove(%s);' % p for p in every_file]
        if self.globals:
            main.append('ck = ck * 1000003ul + g_count * 3u + glog_sum();')
        if self.multi:
            main.append('ck = ck * 1000003ul + hx_count_get() * 7u + hx_log_sum() * 3u + hx_total;')
        shown = [v for v in ctx.scopes[0] if v.ty == 'u'][:3]
        for v in shown:
            main.append('printf("%s=%%u\\n", %s);' % (v.name, v.name))
        main.append('printf("ck=%lu\\n", ck);')
        for b in self.frees:
            main.append('free(%s);' % b)
        main.append('return %s;' % ('(int)(ck % 3ul)' if self.chance(0.2) else '0'))

        out = ['/* generated by tests/gen/gen.py (version %d), seed %d, size %s; features: %s */'
               % (VERSION, self.seed, self.size, self.features()),
               '#define _POSIX_C_SOURCE 200809L']
        out += ['#include <fcntl.h>'] if self.io else []
        out += ['#include <stdio.h>', '#include <stdlib.h>']
        out += ['#include <string.h>'] if self.globals else []
        out += ['#include <unistd.h>'] if self.io else []
        out.append('#include "delayed.h"')
        if self.multi:
            out.append('#include "helpers.h"')
        out.append(LIBRARY)
        if not self.multi:
            out.append(PLAINF)
        # of the feature libraries, only what main, the helper functions and
        # the other feature libraries call
        used = '\n'.join(main + self.helper_text)
        feats = [(self.io, IO_LIBRARY), (self.macros, MACRO_LIBRARY),
                 (self.globals, GLOBAL_LIBRARY.replace('@SEED@', str(self.seed))),
                 (self.multi, MULTI_LIBRARY)]
        libs = [prune(lib, used + ''.join(l for o, l in feats if o and l is not lib))
                if on else '' for on, lib in feats]
        out += [l for l in libs[:3] if l]
        if self.multi and not self.unity:
            out.append(libs[3])
        helpers_c = HELPERS_C.replace('@ID0@', str(self.seed % 1000 + 100))
        if self.unity:
            # the DELAYED functions that call the helpers and the helper functions
            # that spawn tasks live in helpers.c, which main.c includes
            out.append('#include "helpers.c"')
            out.append('')
            helpers_c = ('/* helpers.c of gen.py seed %d: included by main.c (a unity build) */\n'
                         % self.seed + helpers_c + libs[3] + '\n' + '\n\n'.join(self.helper_text) + '\n')
        else:
            for h in self.helper_text:
                out.append(h)
                out.append('')
            helpers_c = '/* helpers.c of gen.py seed %d */\n' % self.seed + helpers_c
        out.append('int main(void)')
        out.append('{')
        if self.chain:
            main.insert(0, 'delayed_token %s = delayed_after(say(0u, %du));' % (self.chain, self.seed % 1000))
        out += ['    ' + l for l in main]
        out.append('}')
        files = {'main.c': '\n'.join(out) + '\n'}
        if self.multi:
            files['helpers.h'] = HELPERS_H
            files['helpers.c'] = helpers_c
            files['SOURCES'] = 'main.c\n' if self.unity else 'main.c\nhelpers.c\n'
        return files


def generate_files(seed, size='normal', files='1'):
    """{name: text} of the program of SEED: only main.c, or a two-file program
    (main.c, helpers.h, helpers.c, SOURCES) when two_files(seed, files)."""
    return Gen(seed, size, two_files(seed, files)).program()


def generate(seed, size='normal'):
    """The single-file program of SEED (a string)."""
    return generate_files(seed, size, '1')['main.c']


def write_program(seed, size, files, where):
    """Writes the program of SEED into directory WHERE: WHERE/gen_SEED.c, or the
    directory WHERE/gen_SEED/ for a two-file program.  Returns that path."""
    fs = generate_files(seed, size, files)
    if len(fs) == 1:
        path = os.path.join(where, 'gen_%d.c' % seed)
        with open(path, 'w') as f:
            f.write(fs['main.c'])
        return path
    path = os.path.join(where, 'gen_%d' % seed)
    os.makedirs(path, exist_ok=True)
    for name, text in fs.items():
        with open(os.path.join(path, name), 'w') as f:
            f.write(text)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('seed', type=int)
    ap.add_argument('-o', '--output', help='output file (default: stdout); a directory '
                    'for a two-file program')
    ap.add_argument('--count', type=int, default=0, help='write COUNT programs into --dir')
    ap.add_argument('--dir', help='directory for --count')
    ap.add_argument('--size', default='normal', choices=sorted(SIZES))
    ap.add_argument('--files', default='1', choices=['1', '2', 'auto'],
                    help='1: single-file programs (default); 2: two-file programs; '
                    'auto: two files for the seeds divisible by 5')
    a = ap.parse_args()
    if a.count:
        if not a.dir:
            ap.error('--count needs --dir')
        os.makedirs(a.dir, exist_ok=True)
        for s in range(a.seed, a.seed + a.count):
            write_program(s, a.size, a.files, a.dir)
        return 0
    fs = generate_files(a.seed, a.size, a.files)
    if len(fs) > 1:
        if not a.output:
            for name, text in fs.items():
                sys.stdout.write('/* ==== %s ==== */\n%s' % (name, text))
            return 0
        os.makedirs(a.output, exist_ok=True)
        for name, text in fs.items():
            with open(os.path.join(a.output, name), 'w') as f:
                f.write(text)
        return 0
    if a.output:
        with open(a.output, 'w') as f:
            f.write(fs['main.c'])
    else:
        sys.stdout.write(fs['main.c'])
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main())
    except BrokenPipeError:          # gen.py SEED | head
        sys.stderr.close()
        sys.exit(1)
