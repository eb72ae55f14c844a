/* A header-style file: the annotations are on the prototypes, the
 * definitions further down are bare, as in a library split into .h and .c. */
#include <delayed.h>
#include <stddef.h>

/* ---- "tree.h" ---- */
typedef struct tnode {
  struct tnode *left, *right;
  long key;
  double value;
} tnode;

DELAYED DELAYED_CUTOFF(depth > 6) double tree_sum(const tnode *t, int depth);
DELAYED double tree_max(const tnode *t, int depth);
DELAYED double subtree_report(const tnode *t);
DELAYED long span_work(long lo, long hi);
typedef long (*span_fn)(long, long);

/* ---- "tree.c" ---- */

/* Right: recursion with the cutoff given on the prototype. */
double tree_sum(const tnode *t, int depth) {
  if (!t)
    return 0.0;
  double l = tree_sum(t->left, depth + 1);
  double r = tree_sum(t->right, depth + 1);
  return l + r + t->value;
}

/* Wrong: recursion, and no cutoff on any declaration. */
double tree_max(const tnode *t, int depth) {
  if (!t)
    return -1e300;
  double best = t->value;
  double l = tree_max(t->left, depth + 1); // expect: delayed-nested
  double r = tree_max(t->right, depth + 1); // expect: delayed-nested
  if (l > best)
    best = l;
  return r > best ? r : best;
}

/* Wrong: calls two other delayed functions, one of them as an argument. */
double subtree_report(const tnode *t) {
  double s = tree_sum(t, 0); // expect: delayed-nested
  return s / (1.0 + (double)span_work(0, t ? t->key : 0)); // expect: delayed-nested
}

long span_work(long lo, long hi) {
  long acc = 0;
  for (long i = lo; i < hi; i++)
    acc += i % 7;
  return acc;
}

static long plain_span(long lo, long hi) { return hi - lo; }

/* Wrong: delays a call through a function pointer from inside a task. */
DELAYED long split_work(long lo, long hi, span_fn fn) {
  long mid = lo + (hi - lo) / 2;
  long a = delayed(fn)(lo, mid); // expect: delayed-nested
  long b = plain_span(mid, hi);
  return a + b;
}

/* Right: a delayed function calling only ordinary helpers. */
DELAYED long count_nodes(const tnode *t) {
  long n = 0;
  const tnode *stack[64];
  int top = 0;
  if (t)
    stack[top++] = t;
  while (top > 0) {
    const tnode *u = stack[--top];
    n++;
    if (u->left && top < 64)
      stack[top++] = u->left;
    if (u->right && top < 64)
      stack[top++] = u->right;
  }
  return n + plain_span(0, 0);
}

/* Right: the caller builds the graph. */
double forest_total(const tnode *const *roots, int n, double *restrict out) {
  for (int i = 0; i < n && i < 16; i++)
    out[i] = tree_sum(roots[i], 0);
  long w = span_work(0, 1000000);
  delayed_compute(out, w);
  double s = (double)w;
  for (int i = 0; i < n && i < 16; i++)
    s += out[i];
  return s;
}

/* The directions are declared on the prototypes only; the definitions are bare. */
DELAYED void fill_keys(DELAYED_OUT_N(n) long *out, int n);
DELAYED double scale_values(DELAYED_INOUT_N(n) double *v, int n, double k);
DELAYED double peek_values(double *v, int n);
long g_visits;

void fill_keys(long *out, int n) {
  for (int i = 0; i < n; i++)
    out[i] = i;
}

double scale_values(double *v, int n, double k) {
  for (int i = 0; i < n; i++)
    v[i] *= k;
  return n > 0 ? v[0] : 0.0;
}

double peek_values(double *v, int n) {
  v[0] = n; // expect: delayed-mutates-input
  return (double)g_visits; // expect: delayed-global-state
}

/* Other places to write the annotation. */
static inline DELAYED double reset_first(double *p) {
  *p = 0.0; // expect: delayed-mutates-input
  return 1.0;
}
double DELAYED after_type(double *p) {
  *p = 3.0; // expect: delayed-mutates-input
  return 0.0;
}

double reset_both(double *restrict a, double *restrict b) {
  double x = reset_first(a);
  double y = after_type(b);
  delayed_compute(x, y);
  return x + y;
}
