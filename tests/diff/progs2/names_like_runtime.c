/* names_like_runtime.c — an ordinary program whose own identifiers happen to
 * collide with names delayc's runtime header declares (none of them reserved
 * identifiers): a loop-local result named `dc_slot`, a struct tag `dc_arena`, a
 * static helper function `dc_task_begin`, and a local variable `dc_rt_flags`. */
#include <stdio.h>
#include "delayed.h"

struct dc_arena { int used; };

static int dc_task_begin(int k) { return k + 1; }

DELAYED int f(int k) { return k * k; }

int main(void)
{
    struct dc_arena ar = { 0 };
    int dc_rt_flags = 3;
    int out[5];
    for (int i = 0; i < 5; i++) {
        int dc_slot = f(i + dc_rt_flags);
        out[i] = dc_slot;
        ar.used++;
    }
    int x = f(dc_task_begin(4));
    printf("x=%d used=%d\n", x, ar.used);
    for (int i = 0; i < 5; i++)
        printf("%d ", out[i]);
    printf("\n");
    return 0;
}
