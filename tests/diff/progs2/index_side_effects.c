/* index_side_effects.c — results stored at indices with side effects
 * (`out[j++] = f(i)`), at an index that is itself a pending result
 * (`idx = f(1); arr[idx] = g(2);`), calls with side-effect arguments
 * (`f(i++)`, `f(next())`), and `*p++ = f(i)` through a moving pointer. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int k) { return (k * 7) % 10; }
DELAYED int g(int k) { return k * 100 + 1; }

static int counter = 0;
static int next(void) { return ++counter; }

int main(void)
{
    int out[20] = { 0 };
    int j = 0;
    for (int i = 0; i < 10; i++)
        out[j++] = g(i);
    printf("j=%d\n", j);

    int arr[10] = { 0 };
    int idx = f(3);
    arr[idx] = g(2);
    int idx2 = f(idx);
    arr[idx2] = g(idx2);

    int k = 0;
    int a = g(k++);
    int b = g(k++);
    int c = g(next());
    int d = g(next() + next());

    int buf[5];
    int *p = buf;
    for (int i = 0; i < 5; i++)
        *p++ = g(i + 50);

    for (int i = 0; i < 20; i++)
        printf("%d ", out[i]);
    printf("\n");
    for (int i = 0; i < 10; i++)
        printf("%d ", arr[i]);
    printf("\nidx=%d idx2=%d k=%d a=%d b=%d c=%d d=%d counter=%d\n", idx, idx2, k, a, b, c, d, counter);
    for (int i = 0; i < 5; i++)
        printf("%d ", buf[i]);
    printf("\n");
    return 0;
}
