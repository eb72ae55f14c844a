/* unevaluated_calls.c — delayed calls in unevaluated contexts, which must not run:
 * `sizeof put(&x, 5)`, `sizeof(struct pt){ ... mk(...) ... }`, `_Generic` on a
 * delayed call, and `(void)sizeof` in a macro; plus a short-circuited call. */
#include <stdio.h>
#include "delayed.h"

struct pt { int x, y; };

DELAYED int put(DELAYED_OUT int *p, int v) { *p = v; return v; }
DELAYED struct pt mk(int a) { struct pt p = { a, -a }; return p; }
DELAYED double half(double d) { return d / 2; }

#define TYPE_NAME(e) _Generic((e), int: "int", double: "double", default: "other")
#define CHECK(e) ((void)sizeof(e))

int main(void)
{
    int x = 1, y = 2, z = 3;
    size_t a = sizeof put(&x, 5);
    size_t b = sizeof(mk(7).x);
    const char *t1 = TYPE_NAME(put(&y, 9));
    const char *t2 = TYPE_NAME(half(3.0));
    CHECK(put(&z, 11));
    int w = 0;
    if (w && put(&w, 4))
        w = 100;
    int v = put(&w, 6);
    printf("x=%d y=%d z=%d w=%d v=%d a=%zu b=%zu t1=%s t2=%s\n", x, y, z, w, v, a, b, t1, t2);
    return 0;
}
