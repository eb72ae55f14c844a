/* open_cases.c — AMBIGUOUS: cases the table leaves open, kept out of the
 * scored corpus (run-corpus.py skips this file).  Each is marked `open:` with the
 * readings a careful reader could take; none carries an expectation.
 *
 *  1. `(void)f(x)` — an explicit discard: result-unused, or an accepted idiom as
 *     clang-tidy's bugprone-unused-return-value treats it?
 *  2. one task, then ordinary work, then the wait — single-task ("spawns exactly
 *     one task and then waits") or not (the ordinary work overlaps the task)?
 *  3. a convergence loop `while (err > tol) err = step(...)` — the sync is the
 *     loop condition, needed by the algorithm: a finding, and on which line (the
 *     `while`, or the end of the body where the wait is emitted)?
 *  4. `g = g * k + 1` on one line — global-state once per line or once per
 *     access (x2)?
 *  5. a const cast that is only read through — "casts that drop const" is
 *     listed among writes; is the cast alone a finding?
 *  6. a token only waited for with delayed_compute — "never bound" literally,
 *     but computed.
 *  7. an ordinary (non-delayed) call passing a 4 KiB struct by value in an
 *     annotated file — "a call passing a struct" vs "large data into every task".
 *  8. reading, inside a spawning loop, a result produced before the loop — a
 *     sync point in the loop, but it waits only once.
 *  9. `delayed(f(x))` where f itself is DELAYED — f(x) is already a task.
 * 10. a struct of exactly 1024 bytes by value ("larger than 1 KiB").
 * 11. a loop of 1,000,000 calls of a costly callee — "trip count x per-task
 *     overhead outweighs the callee's estimated work" read literally flags it,
 *     read per task does not.
 * 12. a DELAYED call that delayc lowers as a serial call (a pointer parameter it
 *     cannot bound, a callee touching global state): do the call checks
 *     (single-task, result-unused, compute-in-loop) count it as a task?
 */
#include <stdio.h>
#include "delayed.h"

#define WORK 100000

struct big {
    double v[512];
};

struct exact {
    char b[1024];
};

static double g = 1.0;

DELAYED double costly(double x)
{
    double y = 0.0;
    for (int i = 0; i < WORK; i++)
        y += x / WORK;
    return y;
}

DELAYED void note(DELAYED_OUT int *slot, int v) { *slot = v; }

DELAYED double scaled(double x)
{
    g = g * 1.5 + 1.0; /* open: 4 */
    return x * 2.0;
}

DELAYED double peek(const double *v)
{
    double *w = (double *)v; /* open: 5 */
    return w[0];
}

DELAYED double first_byte(struct exact e) { return e.b[0]; }

static double plain_sum(struct big b) { return b.v[0] + b.v[511]; }

static double overlap(double x)
{
    double r = costly(x); /* open: 2 */
    double s = 0.0;
    for (int i = 0; i < WORK; i++)
        s += i * 0.5;
    return r + s;
}

int main(void)
{
    (void)costly(1.0); /* open: 1 */
    double err = 1.0;
    while (err > 1e-3) /* open: 3 */
        err = costly(err * 0.5);
    int slot = 0;
    delayed_token t = delayed_after(note(&slot, 4));
    delayed_compute(t); /* open: 6 */
    struct big b = { { 1.0 } };
    double p = plain_sum(b); /* open: 7 */
    double pre = costly(2.0);
    double acc = 0.0, part[4];
    for (int i = 0; i < 4; i++) {
        part[i] = costly(i);
        acc += pre; /* open: 8 */
    }
    double e = delayed(costly(3.0)); /* open: 9 */
    struct exact ex = { "x" };
    double fb = first_byte(ex); /* open: 10 */
    static double out[1000000];
    for (int i = 0; i < 1000000; i++)
        out[i] = costly(i); /* open: 11 */
    double v[2] = { 1.0, 2.0 };
    double pk = peek(v), sc = scaled(1.0), ov = overlap(1.0);
    printf("%f %d %f %f %f %f %f %f %f %f %f\n", err, slot, p, acc, part[3], e, fb, out[9], pk, sc, ov);
    return 0;
}
