#!/usr/bin/env python3
"""gen.py — random annotated C programs for differential testing of delayc.

    python3 tests/gen/gen.py SEED [-o OUT.c] [--size small|normal|large]
    python3 tests/gen/gen.py SEED --count N --dir D  D/gen_<seed>.c for SEED..SEED+N-1

Each program is deterministic in SEED (same seed, same bytes, on any machine: the
generator uses only random.Random(seed)), valid C11 that builds warning-free with
gcc and clang at -Wall -Wextra -Werror, runs in a few milliseconds, and prints a
checksum of every value it computed.  It follows the Delayed Best Practices: no
delayed function touches global state or writes through a pointer it does not
declare OUT/INOUT; side effects that are not data (printing) are ordered with
delayed_after/delayed_bind and computed before ordinary code prints.

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

Only the Python 3 standard library is used.
"""
import argparse
import os
import random
import sys

VERSION = 1

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
unsigned plainf(unsigned x, unsigned y) { return x * 13u + (y >> 2); }
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


class Gen:
    def __init__(self, seed, size='normal'):
        self.seed = seed
        self.size = size
        self.r = random.Random(seed * 7919 + VERSION)
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
        return '%du' % self.r.randint(0, 999)

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
        if self.chain and not ctx.helper:
            lines.append('delayed_compute(%s);' % self.chain)
        lines.append('printf("%s %%u\\n", %s);' % (tag, expr))
        return lines

    def probe(self, ctx):
        """An ordinary print of a value in the middle (waits for its producer)."""
        self.n += 1
        return self.print_line(ctx, 'p%d' % self.n, self.uexpr(ctx))

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
        ]
        total = sum(w for w, _ in table)
        x = r.uniform(0, total)
        for w, f in table:
            x -= w
            if x < 0 and w > 0:
                return f(ctx)
        return self.decl(ctx)

    # ---- the program ----
    def program(self):
        r = self.r
        ctx = Ctx()
        main = []
        # printing tasks, ordered by one token chain started at the top of main
        # (decided first: every ordinary print must compute the chain before it)
        self.chain = self.fresh('chain') if self.chance(0.6) else None
        # a few values and arrays to start from
        for _ in range(r.randint(1, 3)):
            main += self.new_array(ctx)
        for _ in range(r.randint(2, 4)):
            main += self.decl(ctx, 'u')
        lo, hi = SIZES[self.size]
        for _ in range(r.randint(lo, hi)):
            main += self.stmt(ctx)
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
        shown = [v for v in ctx.scopes[0] if v.ty == 'u'][:3]
        for v in shown:
            main.append('printf("%s=%%u\\n", %s);' % (v.name, v.name))
        main.append('printf("ck=%lu\\n", ck);')
        for b in self.frees:
            main.append('free(%s);' % b)
        main.append('return %s;' % ('(int)(ck % 3ul)' if self.chance(0.2) else '0'))

        out = ['/* generated by tests/gen/gen.py (version %d), seed %d, size %s */'
               % (VERSION, self.seed, self.size),
               '#include <stdio.h>', '#include <stdlib.h>', '#include "delayed.h"', LIBRARY]
        for h in self.helper_text:
            out.append(h)
            out.append('')
        out.append('int main(void)')
        out.append('{')
        if self.chain:
            main.insert(0, 'delayed_token %s = delayed_after(say(0u, %du));' % (self.chain, self.seed % 1000))
        out += ['    ' + l for l in main]
        out.append('}')
        return '\n'.join(out) + '\n'


def generate(seed, size='normal'):
    return Gen(seed, size).program()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('seed', type=int)
    ap.add_argument('-o', '--output', help='output file (default: stdout)')
    ap.add_argument('--count', type=int, default=0, help='write COUNT programs into --dir')
    ap.add_argument('--dir', help='directory for --count')
    ap.add_argument('--size', default='normal', choices=sorted(SIZES))
    a = ap.parse_args()
    if a.count:
        if not a.dir:
            ap.error('--count needs --dir')
        os.makedirs(a.dir, exist_ok=True)
        for s in range(a.seed, a.seed + a.count):
            with open(os.path.join(a.dir, 'gen_%d.c' % s), 'w') as f:
                f.write(generate(s, a.size))
        return 0
    text = generate(a.seed, a.size)
    if a.output:
        with open(a.output, 'w') as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
