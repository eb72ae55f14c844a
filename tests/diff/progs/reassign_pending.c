/* reassign_pending.c — covers: a variable reassigned while an earlier reader is
 * still pending (x = f(1); y = g(x); x = f(2);), reassignment by an ordinary
 * write (x = 100) under a pending reader, the same in a loop with a carried
 * variable, and a struct variable reassigned under a pending reader. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int k) { return k * 1000 + 7; }
DELAYED int g(int x)
{
    int s = 0;
    for (int i = 0; i < 2000; i++)
        s = (s + x + i) % 65521;
    return s;
}

struct box { int a, b; };
DELAYED struct box make(int k) { struct box b = { k, -k }; return b; }
DELAYED int unbox(struct box b) { return b.a * 3 + b.b; }

int main(void)
{
    int x = f(1);
    int y = g(x);
    x = f(2);
    int z = g(x);
    x = 100;
    int w = g(x);
    printf("y=%d z=%d w=%d x=%d\n", y, z, w, x);

    int cur = 5, readers[10];
    for (int i = 0; i < 10; i++) {
        readers[i] = g(cur);
        cur = f(i);
    }
    for (int i = 0; i < 10; i++)
        printf("%d ", readers[i]);
    printf("cur=%d\n", cur);

    struct box b = make(4);
    int u1 = unbox(b);
    b = make(9);
    int u2 = unbox(b);
    b.a = 1000;
    int u3 = unbox(b);
    printf("u=%d %d %d\n", u1, u2, u3);
    return 0;
}
