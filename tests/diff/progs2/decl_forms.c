/* decl_forms.c — delayed results in declarations of unusual shape: a struct
 * defined in the same declaration as the result variable, an enum result, a
 * pointer declared next to the result (`int x = f(1), *px = &x;`), loop-local
 * declarations with two results, a result declared first and assigned on the
 * next line inside a loop, and a loop-local struct result modified afterwards. */
#include <stdio.h>
#include "delayed.h"

struct pt { int x, y; };
enum color { RED, GREEN, BLUE };

DELAYED int f(int k) { return k * 5 - 2; }
DELAYED struct pt mk(int x, int y) { struct pt p = { x, y }; return p; }
DELAYED enum color hue(int k) { return (enum color)(k % 3); }

int main(void)
{
    struct span { int lo, hi; } sp = { f(1), 9 };
    enum color c = hue(7);
    int x = f(2), *px = &x;
    int out[5], out2[5];
    struct pt pts[5];
    for (int i = 0; i < 5; i++) {
        int a = f(i), b = f(i + 10);
        int s;
        s = f(a + b);
        out[i] = s;
        struct pt p = mk(a, b);
        p.x += 1000;
        pts[i] = p;
        out2[i] = f(p.x);
    }
    printf("sp=%d,%d c=%d x=%d *px=%d\n", sp.lo, sp.hi, (int)c, x, *px);
    for (int i = 0; i < 5; i++)
        printf("%d %d (%d,%d)\n", out[i], out2[i], pts[i].x, pts[i].y);
    return 0;
}
