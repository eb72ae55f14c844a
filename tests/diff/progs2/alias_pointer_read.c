/* alias_pointer_read.c — results written into an array and a scalar, then read
 * through another pointer that aliases them (`int *p = arr;`, `long *q = &x;`),
 * through a struct holding a pointer, and through a pointer taken before the
 * task was spawned. */
#include <stdio.h>
#include "delayed.h"

DELAYED int work(int k)
{
    int s = 0;
    for (int i = 0; i < 30000; i++)
        s = (s * 31 + k + i) % 10007;
    return s;
}

DELAYED long lwork(long k) { return k * 1000 + work((int)k); }

struct view { int *data; int n; };

int main(void)
{
    int arr[8];
    int *p = arr;
    long x = 0;
    long *q = &x;
    struct view v = { arr, 8 };

    for (int i = 0; i < 8; i++)
        arr[i] = work(i);
    x = lwork(5);

    printf("p[0]=%d p[7]=%d\n", p[0], p[7]);
    printf("*q=%ld\n", *q);
    int s = 0;
    for (int i = 0; i < v.n; i++)
        s += v.data[i];
    printf("view sum=%d\n", s);

    arr[3] = work(33);
    int *r = &arr[3];
    printf("*r=%d\n", *r);
    return 0;
}
