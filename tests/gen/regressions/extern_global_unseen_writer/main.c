/* extern_global_unseen_writer — found by the soak (gen.py 435738845 --size normal
 * --files 2, generator version 2; reduce.py, then by hand).  A program of two files
 * (tests/diff/run-multi.sh).  hadd's callee hx_add is defined in helpers.c: emitted
 * alone, delayc takes the hadd task as touching every global (depend(inout:
 * delayc_rt_globals)), but ordinary code of main.c that reads or writes hx_total,
 * a global declared `extern` in helpers.h and defined in helpers.c, does not wait
 * for it: no DELAYC_RT_WAIT before `v = hx_total;` nor before `hx_total = 5u;`.
 * (A global defined in main.c gets `depend(in: g, delayc_rt_globals)`; a task that
 * reads hx_total is ordered; with --with helpers.c the output is right.)
 * Serial prints "43 5"; alone mode prints "0 176" or "0 17" (gcc at 1,
 * 2 and 4 threads, clang at 2 and 4).
 * Fixed: ordinary code touching a global no task names waits for the tasks that touch everything. */
#include <stdio.h>
#include "delayed.h"
#include "helpers.h"

DELAYED void hadd(unsigned x) { hx_add(x + 1u); }

int main(void)
{
    hadd(42u);
    unsigned v = hx_total;
    hadd(1u);
    hx_total = 5u;
    printf("%u %u\n", v, hx_total);
    return 0;
}
