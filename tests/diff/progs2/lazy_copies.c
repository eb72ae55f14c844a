/* lazy_copies.c — plain copies of pending results (which delayc keeps lazy):
 * a copy then the source reassigned (`y = x; x = f(2);`), a chain of copies,
 * swapping two pending results through a temporary, a copy out of an array
 * element that is then overwritten, copies into a pending reader's argument,
 * and a copy inside a loop that rotates three variables. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int k)
{
    int s = 0;
    for (int i = 0; i < 5000 * (k % 4 + 1); i++)
        s = (s + i) % 5;
    return k * 10 + 1 + s * 0;
}
DELAYED int g(int a, int b) { return a * 100 + b; }

int main(void)
{
    int x = f(1);
    int y = x;
    x = f(2);
    int r1 = g(x, y);

    int a = f(3), b, c, d;
    b = a;
    c = b;
    d = c;
    a = f(4);

    int p = f(5), q = f(6), t;
    t = p;
    p = q;
    q = t;
    int r2 = g(p, q);

    int arr[3];
    arr[1] = f(7);
    int v = arr[1];
    arr[1] = 0;
    int w = g(v, arr[1]);

    int u1 = f(8), u2 = f(9), u3 = f(10);
    for (int i = 0; i < 5; i++) {
        int tmp = u1;
        u1 = u2;
        u2 = u3;
        u3 = tmp;
        u3 = g(u3, i);
    }
    printf("x=%d y=%d r1=%d a=%d d=%d p=%d q=%d r2=%d v=%d w=%d\n", x, y, r1, a, d, p, q, r2, v, w);
    printf("u=%d %d %d\n", u1, u2, u3);
    return 0;
}
