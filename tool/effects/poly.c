/* poly.c — polynomials over named atoms (poly.h): the arithmetic behind
 * effects/ranges.c, the signs facts allow, and an annotation's text read as
 * a polynomial. */
#include "effects/poly.h"

#include <stdlib.h>
#include <string.h>

/* ---- polynomials over atoms ---- */


void p_free(Poly *p) {
  for (int i = 0; i < p->n; i++) { free(p->t[i].key); free(p->t[i].text); }
  free(p->t);
  p->t = NULL;
  p->n = 0;
}

void p_term(Poly *p, long long c, const char *key, const char *text) {
  if (!c) return;
  for (int i = 0; i < p->n; i++)
    if (!strcmp(p->t[i].key, key)) {
      p->t[i].c += c;
      if (!p->t[i].c) {
        free(p->t[i].key);
        free(p->t[i].text);
        memmove(p->t + i, p->t + i + 1, sizeof *p->t * (size_t)(p->n - i - 1));
        p->n--;
      }
      return;
    }
  p->t = xrealloc(p->t, sizeof *p->t * (size_t)(p->n + 1));
  p->t[p->n++] = (Term){c, xstrdup(key), xstrdup(text)};
}

Poly p_const(long long c) { Poly p = {0}; p_term(&p, c, "", ""); return p; }
Poly p_atom(const char *a) { Poly p = {0}; p_term(&p, 1, a, a); return p; }

/* a + s * b */
Poly p_add(Poly a, Poly b, long long s) {
  Poly r = {0};
  for (int i = 0; i < a.n; i++) p_term(&r, a.t[i].c, a.t[i].key, a.t[i].text);
  for (int i = 0; i < b.n; i++) p_term(&r, s * b.t[i].c, b.t[i].key, b.t[i].text);
  return r;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* the sorted product of two keys */
static char *key_mul(const char *a, const char *b) {
  if (!*a) return xstrdup(b);
  if (!*b) return xstrdup(a);
  char *all = fmt("%s*%s", a, b), *f[64];
  int n = 0;
  for (char *s = strtok(all, "*"); s && n < 64; s = strtok(NULL, "*")) f[n++] = s;
  qsort(f, (size_t)n, sizeof *f, cmp_str);
  Buf k = {0};
  buf_add(&k, "", 0);
  for (int i = 0; i < n; i++) buf_printf(&k, "%s%s", i ? "*" : "", f[i]);
  free(all);
  return k.s;
}

Poly p_mul(Poly a, Poly b) {
  Poly r = {0};
  for (int i = 0; i < a.n; i++)
    for (int j = 0; j < b.n; j++) {
      char *k = key_mul(a.t[i].key, b.t[j].key);
      const char *x = a.t[i].text, *y = b.t[j].text;
      char *t = !*x ? xstrdup(y) : !*y ? xstrdup(x) : fmt("%s * %s", x, y);
      p_term(&r, a.t[i].c * b.t[j].c, k, t);
      free(k);
      free(t);
    }
  return r;
}

int p_is_const(Poly p, long long *c) {
  if (p.n > 1 || (p.n == 1 && *p.t[0].key)) return 0;
  *c = p.n ? p.t[0].c : 0;
  return 1;
}

/* how many times atom a is a factor of key */
int factors(const char *key, const char *a) {
  int n = 0;
  size_t al = strlen(a);
  for (const char *s = key; *s;) {
    const char *e = strchr(s, '*');
    size_t l = e ? (size_t)(e - s) : strlen(s);
    if (l == al && !strncmp(s, a, l)) n++;
    s += l + (e ? 1 : 0);
  }
  return n;
}

/* key without one factor a */
static char *key_without(const char *key, const char *a, const char *text, char **text_out) {
  Buf k = {0}, t = {0};
  buf_add(&k, "", 0);
  buf_add(&t, "", 0);
  int dropped = 0;
  size_t al = strlen(a);
  for (const char *s = key; *s;) {
    const char *e = strchr(s, '*');
    size_t l = e ? (size_t)(e - s) : strlen(s);
    if (!dropped && l == al && !strncmp(s, a, l)) dropped = 1;
    else buf_printf(&k, "%s%.*s", k.len ? "*" : "", (int)l, s);
    s += l + (e ? 1 : 0);
  }
  dropped = 0;
  for (const char *s = text; *s;) {                   /* "rows * cols" without "rows" */
    const char *e = strstr(s, " * ");
    size_t l = e ? (size_t)(e - s) : strlen(s);
    if (!dropped && l == al && !strncmp(s, a, l)) dropped = 1;
    else buf_printf(&t, "%s%.*s", t.len ? " * " : "", (int)l, s);
    s += l + (e ? 3 : 0);
  }
  *text_out = t.s;
  return k.s;
}

/* p as a * v + b, v an atom: 1, or 0 when v is a factor twice */
int p_split(Poly p, const char *v, Poly *a, Poly *b) {
  *a = (Poly){0};
  *b = (Poly){0};
  for (int i = 0; i < p.n; i++) {
    int f = factors(p.t[i].key, v);
    if (f > 1) { p_free(a); p_free(b); return 0; }
    if (!f) { p_term(b, p.t[i].c, p.t[i].key, p.t[i].text); continue; }
    char *t, *k = key_without(p.t[i].key, v, p.t[i].text, &t);
    p_term(a, p.t[i].c, k, t);
    free(k);
    free(t);
  }
  return 1;
}

char *p_spell(Poly p) {
  Buf b = {0};
  buf_add(&b, "", 0);
  long long c = 0;
  for (int i = 0; i < p.n; i++) {
    if (!*p.t[i].key) { c = p.t[i].c; continue; }
    long long k = p.t[i].c;
    const char *sign = !b.len ? (k < 0 ? "-" : "") : k < 0 ? " - " : " + ";
    long long m = k < 0 ? -k : k;
    if (m == 1) buf_printf(&b, "%s%s", sign, p.t[i].text);
    else buf_printf(&b, "%s%lld * %s", sign, m, p.t[i].text);
  }
  if (!b.len) buf_printf(&b, "%lld", c);
  else if (c) buf_printf(&b, " %s %lld", c < 0 ? "-" : "+", c < 0 ? -c : c);
  return b.s;
}

/* c as a multiple of one of the named values, or a product of two or three
 * (or a small multiple of two), near enough (1024 -> NY, -1023 -> -NY + 1,
 * 480000 -> N * M, 360000 -> NX * NY * NZ, 18432 -> 2 * NX * NY): its text
 * with a leading sign, or NULL */
static char *named_coef(long long c, const char *const *name, const long long *val, int n) {
  long long m = c < 0 ? -c : c;
  for (int sq = 0; sq < 2; sq++)            /* two names (NX * NY) before one squared */
    for (int i = 0; i < n; i++)
      for (int j = sq ? i : i + 1; j < (sq ? i + 1 : n); j++)
        if (val[i] > 1 && val[j] > 1 && val[i] * val[j] == m)
          return fmt("%s%s * %s", c < 0 ? "-" : "", name[i], name[j]);
  for (int i = 0; i < n; i++)              /* three names (NX * NY * NZ), before a number times two */
    for (int j = i + 1; j < n; j++)
      for (int k = j + 1; k < n; k++)
        if (val[i] > 1 && val[j] > 1 && val[k] > 1 && val[i] * val[j] <= m / val[k] &&
            val[i] * val[j] * val[k] == m)
          return fmt("%s%s * %s * %s", c < 0 ? "-" : "", name[i], name[j], name[k]);
  for (long long q = 2; q <= 16; q++)       /* a small multiple of two (2 * NX * NY: two planes) */
    for (int i = 0; m % q == 0 && i < n; i++)
      for (int j = i + 1; j < n; j++)
        if (val[i] > 1 && val[j] > 1 && val[i] * val[j] == m / q && m / q > 256)
          return fmt("%s%lld * %s * %s", c < 0 ? "-" : "", q, name[i], name[j]);
  int best = -1;
  long long bq = 0, br = 0;
  for (int i = 0; i < n; i++) {
    if (val[i] < 3) continue;
    long long q = (m + val[i] / 2) / val[i], r = m - q * val[i];
    if (q < 1 || q > 16 || r < -2 || r > 2) continue;
    if (best < 0 || (r < 0 ? -r : r) < (br < 0 ? -br : br) || ((r == br) && val[i] > val[best])) { best = i; bq = q; br = r; }
  }
  if (best < 0) return NULL;
  const char *sg = c < 0 ? "-" : "";
  long long r = c < 0 ? -br : br;
  char *base = bq == 1 ? fmt("%s%s", sg, name[best]) : fmt("%s%lld * %s", sg, bq, name[best]);
  if (!r) return base;
  char *t = fmt("(%s %s %lld)", base, r < 0 ? "-" : "+", r < 0 ? -r : r);
  free(base);
  return t;
}

char *p_spell_named(Poly p, const char *const *name, const long long *val, int n) {
  Buf b = {0};
  buf_add(&b, "", 0);
  long long c = 0;
  for (int i = 0; i < p.n; i++) {
    if (!*p.t[i].key) { c = p.t[i].c; continue; }
    long long k = p.t[i].c, m = k < 0 ? -k : k;
    const char *sign = !b.len ? (k < 0 ? "-" : "") : k < 0 ? " - " : " + ";
    char *nc = m > 1 ? named_coef(m, name, val, n) : NULL;
    if (m == 1) buf_printf(&b, "%s%s", sign, p.t[i].text);
    else if (nc) buf_printf(&b, "%s%s * %s", sign, nc, p.t[i].text);
    else buf_printf(&b, "%s%lld * %s", sign, m, p.t[i].text);
    free(nc);
  }
  long long m = c < 0 ? -c : c;
  char *nc = m > 1 ? named_coef(m, name, val, n) : NULL;
  if (nc && *nc == '(') {                    /* a constant term needs no parentheses */
    size_t l = strlen(nc);
    memmove(nc, nc + 1, l - 2);
    nc[l - 2] = 0;
  }
  if (!b.len) {
    if (nc) buf_printf(&b, "%s%s", c < 0 ? "-" : "", nc);
    else buf_printf(&b, "%lld", c);
  } else if (c) {
    if (nc && c < 0 && strpbrk(nc, "+-")) buf_printf(&b, " - (%s)", nc);
    else if (nc) buf_printf(&b, " %s %s", c < 0 ? "-" : "+", nc);
    else buf_printf(&b, " %s %lld", c < 0 ? "-" : "+", m);
  }
  free(nc);
  return b.s;
}

/* ---- facts: lower bounds of atoms at a use ---- */


void fact(Facts *fs, const char *atom, long long lb) {
  for (int i = 0; i < fs->n; i++)
    if (!strcmp(fs->f[i].atom, atom)) { if (lb > fs->f[i].lb) fs->f[i].lb = lb; return; }
  if (fs->n < 32) fs->f[fs->n++] = (Fact){xstrdup(atom), lb};
}

void facts_free(Facts *fs) {
  for (int i = 0; i < fs->n; i++) free(fs->f[i].atom);
  fs->n = 0;
}

/* Is p >= 0 wherever the facts hold?  Each atom x with a lower bound L is
 * x = L + t, t >= 0, and p = a * x + b is a * t + (b + a * L): p is >= 0
 * when, after every such shift, no coefficient is negative and every atom
 * left has a lower bound. */
int nonneg(Poly p, const Facts *fs) {
  Poly q = p_add(p, (Poly){0}, 0);
  for (int i = 0; i < fs->n; i++) {
    Poly a, b;
    if (!p_split(q, fs->f[i].atom, &a, &b)) { p_free(&q); return 0; }   /* x * x */
    Poly r = p_add(q, a, fs->f[i].lb);
    p_free(&q);
    p_free(&a);
    p_free(&b);
    q = r;
  }
  int ok = 1;
  for (int i = 0; i < q.n && ok; i++) {
    if (q.t[i].c < 0) ok = 0;
    if (!ok || !*q.t[i].key) continue;
    char *k = xstrdup(q.t[i].key);
    for (char *s = strtok(k, "*"); s && ok; s = strtok(NULL, "*")) {
      int known = 0;
      for (int j = 0; j < fs->n; j++) known |= !strcmp(fs->f[j].atom, s);
      ok = known;
    }
    free(k);
  }
  p_free(&q);
  return ok;
}

/* ---- an annotation's bound as a polynomial ---- */

typedef struct Parse {
  Unit *u; const char *p; int depth;
  int named; unsigned before;     /* parse_text_named: macros defined before there stay atoms */
} Parse;

static void blanks(Parse *P) { while (*P->p == ' ' || *P->p == '\t' || *P->p == '\n' || *P->p == '\r') P->p++; }
static int parse_sum(Parse *P, Poly *out);

static int parse_with(Parse P, Poly *out) {
  if (!P.p || P.depth > 8) return 0;
  if (!parse_sum(&P, out)) return 0;
  blanks(&P);
  if (*P.p) { p_free(out); return 0; }
  return 1;
}

int parse_text(Unit *u, const char *t, int depth, Poly *out) { return parse_with((Parse){u, t, depth, 0, 0}, out); }

int parse_text_named(Unit *u, const char *t, unsigned before, Poly *out) {
  return parse_with((Parse){u, t, 0, 1, before}, out);
}

/* t is X / c, c a constant of at least 2 (a count `n / 2`, which parse_text
 * cannot write as a polynomial): X in *x, c in *c.  No + or - outside
 * parentheses (`a + n / 2` is no quotient). */
int parse_quotient(Unit *u, const char *t, Poly *x, long long *c) {
  const char *slash = NULL;
  int depth = 0;
  for (const char *p = t; *p; p++) {
    if (*p == '(') depth++;
    else if (*p == ')') depth--;
    else if (!depth && (*p == '+' || *p == '-' || *p == '?' || *p == ',')) return 0;
    else if (!depth && *p == '/') slash = p;
  }
  if (!slash) return 0;
  Poly r;
  if (!parse_text(u, slash + 1, 0, &r)) return 0;
  int ok = p_is_const(r, c) && *c >= 2;
  p_free(&r);
  if (!ok) return 0;
  char *l = xstrndup(t, (size_t)(slash - t));
  ok = parse_text(u, l, 0, x);
  free(l);
  return ok;
}

static int parse_primary(Parse *P, Poly *out) {
  blanks(P);
  const char *p = P->p;
  if (*p == '(') {
    const char *q = int_cast_end(p);               /* an integer cast: (long), (size_t) ... */
    if (q) { P->p = q; return parse_primary(P, out); }
    P->p = p + 1;
    if (!parse_sum(P, out)) return 0;
    blanks(P);
    if (*P->p != ')') { p_free(out); return 0; }
    P->p++;
    return 1;
  }
  if (*p >= '0' && *p <= '9') {
    char *e;
    unsigned long long v = strtoull(p, &e, 0);
    while (*e == 'u' || *e == 'U' || *e == 'l' || *e == 'L') e++;
    if (c_ident_char(*e) || *e == '.' || v > (unsigned long long)1 << 62) return 0;
    P->p = e;
    *out = p_const((long long)v);
    return 1;
  }
  if (!c_ident_char(*p)) return 0;
  const char *q = p;
  while (c_ident_char(*q)) q++;
  char *name = xstrndup(p, (size_t)(q - p));
  P->p = q;
  blanks(P);
  int ok = 0;
  size_t used;
  char *x = *P->p == '(' ? fe_expand_text(P->u, name, P->p, &used) : NULL;
  if (x) {                                        /* a use of a function-like macro: IDX(i, j) */
    ok = parse_with((Parse){P->u, x, P->depth + 1, P->named, P->before}, out);
    P->p += used;
    free(x);
  } else if (*P->p == '(' || *P->p == '[' || *P->p == '.' || (P->p[0] == '-' && P->p[1] == '>')) {
    ok = 0;                                       /* a call, an element, a member */
  } else {
    char *m = fe_macro_text(P->u, name);
    if (m && !(P->named && fe_macro_before(P->u, name, P->before)))
      ok = parse_with((Parse){P->u, m, P->depth + 1, P->named, P->before}, out);
    else { *out = p_atom(name); ok = 1; }
    free(m);
  }
  free(name);
  return ok;
}

static int parse_unary(Parse *P, Poly *out) {
  blanks(P);
  if ((*P->p == '-' || *P->p == '+') && P->p[1] != *P->p) {
    int neg = *P->p++ == '-';
    Poly a;
    if (!parse_unary(P, &a)) return 0;
    *out = p_add((Poly){0}, a, neg ? -1 : 1);
    p_free(&a);
    return 1;
  }
  return parse_primary(P, out);
}

static int parse_product(Parse *P, Poly *out) {
  if (!parse_unary(P, out)) return 0;
  for (;;) {
    blanks(P);
    char op = *P->p;
    if ((op != '*' && op != '/' && op != '%') || P->p[1] == '=') return 1;
    P->p++;
    Poly r, t;
    if (!parse_unary(P, &r)) { p_free(out); return 0; }
    long long a, b;
    if (op == '*') t = p_mul(*out, r);
    else if (p_is_const(*out, &a) && p_is_const(r, &b) && b) t = p_const(op == '/' ? a / b : a % b);
    else { p_free(out); p_free(&r); return 0; }
    p_free(out);
    p_free(&r);
    *out = t;
  }
}

static int parse_sum(Parse *P, Poly *out) {
  if (!parse_product(P, out)) return 0;
  for (;;) {
    blanks(P);
    char op = *P->p;
    if ((op != '+' && op != '-') || P->p[1] == op || P->p[1] == '=' || P->p[1] == '>') return 1;
    P->p++;
    Poly r;
    if (!parse_product(P, &r)) { p_free(out); return 0; }
    Poly t = p_add(*out, r, op == '+' ? 1 : -1);
    p_free(out);
    p_free(&r);
    *out = t;
  }
}

/* Does p grow without bound as its atoms do: are its terms of the highest
 * degree all positive (2 * n - n - 1; rows * cols - cols)? */
int grows(Poly p) {
  int top = 0;
  for (int i = 0; i < p.n; i++) {
    int d = *p.t[i].key ? 1 : 0;
    for (const char *s = p.t[i].key; *s; s++) d += *s == '*';
    if (d > top) top = d;
  }
  if (!top) return 0;
  for (int i = 0; i < p.n; i++) {
    int d = *p.t[i].key ? 1 : 0;
    for (const char *s = p.t[i].key; *s; s++) d += *s == '*';
    if (d == top && p.t[i].c < 0) return 0;
  }
  return 1;
}

/* Is every atom of p one of the declaration's (lo, hi)? */
int within_names(Poly p, Poly lo, Poly hi) {
  for (int i = 0; i < p.n; i++) {
    if (!*p.t[i].key) continue;
    char *k = xstrdup(p.t[i].key);
    int ok = 1;
    for (char *s = strtok(k, "*"); s && ok; s = strtok(NULL, "*")) {
      int seen = 0;
      for (int j = 0; j < lo.n && !seen; j++) seen = factors(lo.t[j].key, s) > 0;
      for (int j = 0; j < hi.n && !seen; j++) seen = factors(hi.t[j].key, s) > 0;
      ok = seen;
    }
    free(k);
    if (!ok) return 0;
  }
  return 1;
}

/* a * x + b at x = v */
Poly at_value(Poly a, Poly b, Poly v) {
  Poly av = p_mul(a, v), r = p_add(b, av, 1);
  p_free(&av);
  return r;
}

/* p with atom a replaced by v: 1, or 0 when a is a factor twice */
int p_subst(Poly *p, const char *a, Poly v) {
  Poly x, b;
  if (!p_split(*p, a, &x, &b)) return 0;
  Poly r = at_value(x, b, v);
  p_free(&x);
  p_free(&b);
  p_free(p);
  *p = r;
  return 1;
}
