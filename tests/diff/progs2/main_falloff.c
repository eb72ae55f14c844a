/* main_falloff.c — main spawns tasks and ends without a return statement (the
 * implicit `return 0` of main), so the exit status must still be 0. */
#include <stdio.h>
#include "delayed.h"

DELAYED int tri(int n) { return n * (n + 1) / 2; }

int main(void)
{
    int a = tri(10);
    int b = tri(20);
    int c = tri(a % 50);
    printf("a=%d b=%d c=%d\n", a, b, c);
}
