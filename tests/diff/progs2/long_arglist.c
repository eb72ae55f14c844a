/* long_arglist.c — a delayed function with 14 parameters of mixed types
 * (ints, doubles, a char, a pointer with IN_N, a struct by value), some
 * arguments pending results, some expressions, some literals. */
#include <stdio.h>
#include "delayed.h"

struct cfg { int scale; double bias; };

DELAYED int ival(int k) { return k * 3 - 1; }
DELAYED double dval(int k) { return k / 4.0; }

DELAYED double big(int a, int b, int c, double d, double e, char f, int g, long h,
                   unsigned i, double j, DELAYED_IN_N(4) const int *k, struct cfg l, short m, int n)
{
    double s = a + b * 2 + c * 3 + d * e + f + g - h + i + j;
    for (int t = 0; t < 4; t++)
        s += k[t] * l.scale;
    return s + l.bias + m - n;
}

int main(void)
{
    int arr[4] = { 1, 2, 3, 4 };
    struct cfg c = { 3, 0.5 };
    int x = ival(2), y = ival(5);
    double d = dval(7);
    double r1 = big(x, y, 3, d, 2.0, 'A', x + y, 100000L, 7u, d * 2, arr, c, (short)-3, 9);
    double r2 = big(1, 2, 3, 4.0, 5.0, 'z', 7, 8L, 9u, 10.0, arr, c, (short)12, 13);
    double r3 = big(ival(1), ival(2), ival(3), dval(4), dval(5), 'q', ival(6), 7L, 8u, dval(9), arr, c, 10, ival(11));
    printf("%.3f %.3f %.3f\n", r1, r2, r3);
    return 0;
}
