/* setjmp_longjmp.c — setjmp/longjmp near tasks: a longjmp back into main from a
 * helper that does not spawn, with tasks of main pending across the jump, a
 * result assigned to a volatile (stays serial, explained), a helper that spawns
 * tasks and returns normally, and main reading every result after.  (A helper
 * that longjmps out while its own tasks are pending: setjmp_pending_tasks.c.)
 * HARD-EXPLAIN: volatile
 */
#include <setjmp.h>
#include <stdio.h>
#include "delayed.h"

static jmp_buf env;
static volatile int code;

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned slow(unsigned x)
{
    unsigned s = x;
    for (int i = 0; i < 20000; i++)
        s = s * 1103515245u + 12345u;
    return s;
}

static void fail_if(unsigned v)
{
    if (v % 2u == 0u) {
        code = (int)(v % 7u) + 1;
        longjmp(env, 1);
    }
}

unsigned spawn_then_jump(unsigned x)
{
    unsigned a = slow(x);
    unsigned b = inc(x);
    return a ^ b;
}

int main(void)
{
    unsigned results[12];
    unsigned jumps = 0;
    for (unsigned i = 0; i < 12u; i++) {
        unsigned a = slow(i);
        volatile unsigned got = 0;
        if (setjmp(env) == 0) {
            fail_if(i);
            got = inc(a);
        } else {
            jumps += (unsigned)code;
            got = a;
        }
        results[i] = got;
    }
    volatile unsigned k = 0, m = 0;
    volatile int j2 = 0, j3 = 0;
    if (setjmp(env) == 0)
        k = spawn_then_jump(3u);
    else
        j2 = code;
    if (setjmp(env) == 0)
        m = spawn_then_jump(8u);
    else
        j3 = code;
    unsigned s = 0;
    for (int i = 0; i < 12; i++)
        s = s * 31u + results[i];
    printf("%u %u %u %d %u %d\n", s, jumps, (unsigned)k, (int)j2, (unsigned)m, (int)j3);
    return 0;
}
