/* A pthread-style `void *` context handed a struct holding pointers
 * (blind 63b: the task depended on the struct alone; ordinary code read the
 * buffer before the task wrote it, 0 for 400 at one thread): a parameter the
 * body converts to a pointer to such a struct (`Job *j = arg;`,
 * `(const Ctx *)ctx`), hands to a function that does, or copies into one
 * (memcpy(&j, arg, sizeof j)), reaches what its pointers reach. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

typedef struct { int *v; int n; int k; } Job;
typedef struct { double *data; int n; } Ctx;

DELAYED static void run_job(void *arg) {
    Job *j = arg;
    for (int i = 0; i < j->n; i++) j->v[i] = j->v[i] * j->k + 1;
}
static void scale_job(void *arg) {
    Job *j = arg;
    for (int i = 0; i < j->n; i++) j->v[i] *= 3;
}
DELAYED static void handed(void *arg) { scale_job(arg); }
DELAYED static void copied(void *arg) {
    Job j;
    memcpy(&j, arg, sizeof j);
    for (int i = 0; i < j.n; i++) j.v[i] -= 1;
}
DELAYED static double rd(const void *ctx) {
    const Ctx *c = (const Ctx *)ctx;
    double s = 0;
    for (int r = 0; r < 2000; r++)
        for (int i = 0; i < c->n; i++) s += c->data[i];
    return s;
}
DELAYED static void bump(DELAYED_INOUT_N(sz) void *ctx, size_t sz) {
    Ctx *c = ctx;
    (void)sz;
    for (int i = 0; i < c->n; i++) c->data[i] += 1.0;
}

int main(void) {
    int *data = calloc(400, sizeof(int));
    double *buf = calloc(10, sizeof(double));
    if (!data || !buf) return 1;
    Job jobs[4];
    for (int q = 0; q < 4; q++) {
        jobs[q].v = data + 100 * q;
        jobs[q].n = 100;
        jobs[q].k = q + 2;
    }
    for (int q = 0; q < 4; q++) run_job(&jobs[q]);
    long s = 0;
    for (int i = 0; i < 400; i++) s += data[i];
    for (int q = 0; q < 4; q++) handed(&jobs[q]);
    for (int i = 0; i < 400; i++) s += data[i];
    for (int q = 0; q < 4; q++) copied(&jobs[q]);
    for (int i = 0; i < 400; i++) s += data[i];
    Ctx a = { buf, 10 };
    double r = rd(&a);
    buf[0] = 5.0;
    bump(&a, sizeof a);
    double t = 0;
    for (int i = 0; i < 10; i++) t += buf[i];
    printf("%ld %.1f %.1f\n", s, r, t);
    free(data);
    free(buf);
    return 0;
}
