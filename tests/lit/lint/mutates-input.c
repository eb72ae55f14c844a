// RUN: %delayc lint --checks=delayed-mutates-input %s | FileCheck %s
#include <string.h>
#include "delayed.h"

#define ZERO(a, i) ((a)[i] = 0)
struct acc { int n; double sum; double v[4]; };

DELAYED void writes(int *v, int n, struct acc *s, const char *name, char *buf)
{
    int *alias = v + 1;
    v[0] = 1;
    (*v)++;
    ++*v;
    s->n += 1;
    s->v[2] = 3.0;
    alias[0] = 2;
    ZERO(v, 3);
    if (n > 2) {
        for (int i = 0; i < n; i++) {
            v[i] *= 2;
        }
    }
    memset(v, 0, sizeof *v);
    strcpy(buf, name);
    ((char *)name)[0] = 'x';
}

DELAYED double fine(DELAYED_IN_N(n) const double *in, DELAYED_OUT_N(n) double *out, int n,
                    DELAYED_INOUT int *count, const char *name, char *copy_to)
{
    double s = 0;
    for (int i = 0; i < n; i++) { out[i] = in[i] * 2; s += in[i]; }
    (*count)++;
    char local[16];
    strcpy(local, name);
    memcpy(local, name, 1);
    (void)copy_to;
    return s + strlen(local);
}

// DELAYED_OUT on a parameter the body updates: it reads what it was given
// (a warning: every target orders OUT as INOUT); a plain write is fine
DELAYED void accumulate(DELAYED_OUT long *dst, DELAYED_OUT_N(n) long *fresh, int n, long v) {
    *dst += v;
    for (int i = 0; i < n; i++) fresh[i] = v;
    for (int i = 0; i < n; i++) fresh[i] += v;   /* written first: fine */
}

int main(void) { return 0; }
// CHECK: mutates-input.c:11:5: warning: delayed function 'writes' writes to its input 'v' [delayed-mutates-input]
// CHECK: mutates-input.c:8:26: note: 'v' is not marked DELAYED_OUT or DELAYED_INOUT: copy it first, or declare the direction
// CHECK: mutates-input.c:12:5: warning: delayed function 'writes' increments or decrements its input 'v'
// CHECK: mutates-input.c:13:5: warning: delayed function 'writes' increments or decrements its input 'v'
// CHECK: mutates-input.c:14:5: warning: delayed function 'writes' updates its input 's'
// CHECK: mutates-input.c:15:5: warning: delayed function 'writes' writes to its input 's'
// CHECK: mutates-input.c:16:5: warning: delayed function 'writes' writes to its input 'v'
// CHECK: mutates-input.c:17:5: warning: delayed function 'writes' writes to its input 'v'
// CHECK: mutates-input.c:20:13: warning: delayed function 'writes' updates its input 'v'
// CHECK: mutates-input.c:23:12: warning: delayed function 'writes' passes on, to a function that may write through it, its input 'v'
// CHECK: mutates-input.c:24:12: warning: delayed function 'writes' passes on, to a function that may write through it, its input 'buf'
// CHECK: mutates-input.c:25:5: warning: delayed function 'writes' writes to its input 'name'
// CHECK: mutates-input.c:44:5: warning: delayed function 'accumulate' updates its output 'dst', declared DELAYED_OUT: it reads what the caller gave it
// CHECK: note: declare 'dst' DELAYED_INOUT (DELAYED_OUT says the function only writes it)
// CHECK-NOT: warning:
