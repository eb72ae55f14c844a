/* main_no_return.c — main that spawns tasks and falls off its closing brace
 * (implicit `return 0`), and a helper `void` function that spawns tasks and
 * returns early with a bare `return;`. */
#include <stdio.h>
#include "delayed.h"

DELAYED int tri(int n) { return n * (n + 1) / 2; }

static void show_range(int lo, int hi)
{
    int v[8];
    if (hi - lo > 8)
        return;
    for (int i = lo; i < hi; i++)
        v[i - lo] = tri(i);
    if (hi - lo < 2) {
        printf("short %d\n", v[0]);
        return;
    }
    for (int i = 0; i < hi - lo; i++)
        printf("%d ", v[i]);
    printf("\n");
}

int main(void)
{
    int a = tri(10), b = tri(20);
    show_range(0, 8);
    show_range(5, 6);
    show_range(0, 100);
    printf("a=%d b=%d\n", a, b);
}
