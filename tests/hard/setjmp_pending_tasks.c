/* setjmp_pending_tasks.c — a function spawns tasks and leaves by longjmp while
 * they are pending.  A longjmp is an exit of the function like a return: its
 * tasks must be waited for before it (docs/lowering.md: "at every exit of a
 * function that spawned tasks"), otherwise they write their results into the
 * stack frame that no longer exists.  Here the frame is reused at once by
 * probe_stack(), which counts the bytes that changed under it: serially 0.
 * delayc used to insert no wait before the longjmp: the late task overwrote
 * main's stack.  Now a function in which a call may longjmp (longjmp itself, or
 * a function of this file that may call it, here bail()) waits for every task
 * before such a call, and opens no parallel region of its own (the longjmp would
 * leave it); a DELAYED function that may longjmp is never a task (jumpy()).
 * HARD-EXPLAIN: 'spawn_then_jump' may be left by longjmp
 * HARD-EXPLAIN: waits for every task: the call of 'jumpy' may leave the function by longjmp
 * HARD-EXPLAIN: call of 'jumpy' runs serially: it may leave by longjmp
 */
#define _DEFAULT_SOURCE /* usleep */
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

static jmp_buf env;

DELAYED unsigned slow(unsigned x)
{
    unsigned s = x;
    for (int i = 0; i < 3000000; i++)
        s = s * 1103515245u + 12345u;
    return s | 1u;
}

DELAYED unsigned inc(unsigned x) { return x + 1u; }

static void bail(unsigned v);

DELAYED unsigned jumpy(unsigned x)
{
    bail(x + 100u);
    return x;
}

unsigned spawn_then_jump(unsigned x)
{
    unsigned a = slow(x);
    unsigned b = inc(x);
    unsigned c = slow(x + 1u);
    if (x > 5u)
        longjmp(env, 1);
    return a ^ b ^ c;
}

static void bail(unsigned v)
{
    if (v > 2u)
        longjmp(env, 2);
}

unsigned spawn_then_call_jump(unsigned x)
{
    unsigned a = slow(x);
    unsigned b = inc(x);
    unsigned c = jumpy(1u);
    bail(b + c);
    return a ^ b;
}

static unsigned probe_stack(void)
{
    volatile unsigned buf[256];
    for (int i = 0; i < 256; i++)
        buf[i] = 0x5a5a5a5au;
    usleep(100000);
    unsigned changed = 0;
    for (int i = 0; i < 256; i++)
        changed += buf[i] != 0x5a5a5a5au;
    return changed;
}

int main(void)
{
    volatile unsigned k = 0, changed = 0;
    if (setjmp(env) == 0)
        k = spawn_then_jump(8u);
    else
        changed = probe_stack();
    volatile unsigned k2 = 0, changed2 = 0;
    if (setjmp(env) == 0)
        k2 = spawn_then_call_jump(9u);
    else
        changed2 = probe_stack();
    unsigned r = inc(k + k2);
    printf("k=%u changed=%u k2=%u changed2=%u r=%u\n", (unsigned)k, (unsigned)changed, (unsigned)k2,
           (unsigned)changed2, r);
    return 0;
}
