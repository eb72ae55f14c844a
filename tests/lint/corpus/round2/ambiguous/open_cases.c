/* AMBIGUOUS: cases issue 4 and docs/checks leave open, written down so that
 * they are decided on purpose.  The runner skips this file; each case says
 * the two readings.  No expectation comment is scored here.
 */
#include <delayed.h>
#include <string.h>

#define N 4096

DELAYED double heavy(int i) {
  double s = 0.0;
  for (int j = 0; j < 100000; j++)
    s += j % (i + 1);
  return s;
}

DELAYED void log_event(int code);

/* 1. A do-while(0) helper macro around a spawn and an immediate read.  The
 * statement is a loop, so compute-in-loop fires today; but the body runs once,
 * so "every iteration waits" is not true of it.  Reading A: report it (it is a
 * loop statement).  Reading B: a loop with the constant trip count 1 is not a
 * loop that spawns tasks repeatedly; at most single-task applies. */
#define ADD_TASK(total, call) do { (total) += (call); } while (0)

double macro_once(void) {
  double t = 0.0;
  ADD_TASK(t, heavy(1));
  ADD_TASK(t, heavy(2));
  return t;
}

/* 2. A loop that spawns tasks and reads a result spawned BEFORE the loop.
 * The first read waits once; later iterations find it done.  The docs say the
 * pending result must come from a call "made in the loop"; the issue says
 * "ordinary code reading a pending result" inside a loop that spawns. */
double read_older(void) {
  double base = heavy(0);
  double r[16];
  for (int i = 0; i < 16; i++) {
    r[i] = heavy(i + 1);
    if (base > 1.0)
      r[i] = heavy(i + 100);
  }
  delayed_compute(r);
  return r[0] + r[15];
}

/* 3. Writes through a pointer member: of a by-value struct parameter (the
 * struct is copied, its pointee is shared) and of a pointer parameter
 * (`s->data[i] = ...` writes memory reached through s, not s's own members). */
typedef struct {
  double *data;
  int n;
} view;

DELAYED double zero_view(view v, view *w) {
  v.data[0] = 0.0;
  w->data[0] = 0.0;
  return v.n + w->n;
}

/* 4. A void delayed function with no OUT/INOUT parameter called as a
 * statement: there is no value to discard, only a side effect (a log line).
 * The docs' table flags "value discarded and no OUT/INOUT parameter". */
void log_twice(void) {
  delayed(log_event)(1);
  delayed(log_event)(2);
}

/* 5. A thread-local global in a delayed function: every thread has its own,
 * so tasks on one thread share it and tasks elsewhere do not see it. */
static _Thread_local int tls_calls;

DELAYED int count_call(int x) {
  tls_calls++;
  return x + tls_calls;
}

/* 6. One task whose spawn and wait are in different blocks; and one task that
 * delayc keeps serial (a non-restrict pointer parameter), so nothing is
 * spawned at all.  The docs say "a later statement of the same block". */
DELAYED double sum_n(DELAYED_IN_N(n) const double *v, int n) {
  double s = 0.0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

double spawn_in_branch(int k) {
  double r = 0.0;
  if (k > 0)
    r = heavy(k);
  return r;
}

double serial_only(const double *v, int n) {
  double s = sum_n(v, n);
  delayed_compute(s);
  return s;
}

/* 7. A callee whose work is one big library call: the cost model counts
 * memcpy as 105 whatever it copies, so 1000 tasks that each copy 32 KiB are
 * "too fine" by the model and not by the clock. */
DELAYED int copy_block(DELAYED_IN_N(N) const double *src, DELAYED_OUT_N(N) double *dst) {
  memcpy(dst, src, N * sizeof *dst);
  return 0;
}

/* 8. An array of pointers to const char: the characters are const, the array
 * is not (`kinds[0] = "x"` compiles).  Mutable global or const data? */
static const char *kinds[3] = {"a", "b", "c"};

DELAYED size_t kind_len(int k) { return strlen(kinds[k % 3]); }

/* 9. A token kept in an array element and never bound; and delayed((f)(x)),
 * a parenthesised call inside delayed(). */
double tokens_and_parens(void) {
  delayed_token t[2];
  t[0] = delayed_after(log_event(3));
  t[1] = delayed_after(log_event(4));
  double a = delayed_bind(heavy, t[1])(5);
  double b = delayed((heavy)(6));
  delayed_compute(a);
  return a + b;
}

/* 10. Loop shapes the too-fine docs do not list: a reversed comparison, a
 * step written `i = i + 2`, a bound from sizeof. */
DELAYED double tiny(int i) { return i * 0.5; }

double shapes(void) {
  double r[1000];
  static const int table[500] = {0};
  for (int i = 0; 1000 > i; i++)
    r[i] = tiny(i);
  for (int i = 0; i < 1000; i = i + 2)
    r[i] = tiny(i);
  for (int i = 0; i < (int)(sizeof table / sizeof table[0]); i++)
    r[i] = tiny(table[i]);
  delayed_compute(r);
  return r[0];
}

/* 11. Mutual recursion where one side has a cutoff: is the call of the other
 * function "recursion" (exempt with the cutoff) or a call of another delayed
 * function (always reported)? */
DELAYED long odd_steps(long n);

DELAYED DELAYED_CUTOFF(n < 64) long even_steps(long n) {
  return n <= 0 ? 0 : 1 + odd_steps(n - 1);
}

DELAYED long odd_steps(long n) { return n <= 0 ? 0 : 1 + even_steps(n - 1); }
