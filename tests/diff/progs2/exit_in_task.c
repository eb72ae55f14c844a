/* exit_in_task.c — a delayed validation function that calls exit(3) on bad input
 * (C's way of "raising"), called in a loop after some output; in the serial
 * program the lines printed after the failing call never appear. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int validate(int k)
{
    int s = 0;
    for (int i = 0; i < 20000; i++)
        s = (s + i * k) % 101;
    if (k == 5) {
        fprintf(stderr, "bad item %d\n", k);
        exit(3);
    }
    return s;
}

int main(void)
{
    int ok[8];
    for (int k = 0; k < 8; k++) {
        printf("checking %d\n", k);
        ok[k] = validate(k);
    }
    printf("all checked\n");
    for (int k = 0; k < 8; k++)
        printf("%d ", ok[k]);
    printf("\n");
    return 0;
}
