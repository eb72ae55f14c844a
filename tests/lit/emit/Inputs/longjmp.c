/* longjmp.c — functions left by longjmp while their tasks are pending (lit input). */
#include <setjmp.h>
#include "delayed.h"

static jmp_buf env;

DELAYED unsigned inc(unsigned x) { return x + 1u; }

static void bail(unsigned v)
{
    if (v > 2u)
        longjmp(env, 2);
}

unsigned jump_direct(unsigned x)
{
    unsigned a = inc(x);
    if (x > 5u)
        longjmp(env, 1);      /* MARK-DIRECT */
    return a;
}

unsigned jump_callee(unsigned x)
{
    unsigned a = inc(x);
    bail(x);                  /* MARK-CALLEE */
    return a;
}

int main(void)
{
    volatile unsigned r = 0;
    unsigned a = inc(1u);
    if (setjmp(env) == 0)
        r = jump_direct(8u) + jump_callee(9u);
    bail(a);                  /* MARK-MAIN */
    return (int)(r + a) - 2;
}
