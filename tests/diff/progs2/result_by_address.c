/* result_by_address.c — delayed results passed to ordinary functions by address
 * (`show(&r)`, `bump(&r)` which modifies it), then reused in a new task; an
 * element result passed by address; result reassigned by ordinary code (`r += 5`,
 * `r = r * 2`, `r++`) between tasks. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int k) { return k * 10 + 3; }
DELAYED int g(int a, int b) { return a - b; }

static void show(const int *v) { printf("v=%d\n", *v); }
static void bump(int *v) { *v += 1000; }

int main(void)
{
    int r = f(4);
    show(&r);
    bump(&r);
    int s = g(r, 1);
    show(&s);

    int arr[3];
    arr[0] = f(1);
    arr[1] = f(2);
    arr[2] = f(3);
    bump(&arr[1]);
    show(&arr[1]);

    int t = f(7);
    t += 5;
    int u = g(t, 2);
    t = t * 2;
    int w = g(t, u);
    t++;
    printf("t=%d u=%d w=%d arr=%d,%d,%d\n", t, u, w, arr[0], arr[1], arr[2]);
    return 0;
}
