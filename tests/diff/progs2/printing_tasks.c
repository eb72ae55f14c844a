/* printing_tasks.c — a new user's delayed functions that print (a "log" task per
 * item, a void report task, and a task that writes to stderr and stdout and
 * returns a value), called in loops; the printed lines must stay in program
 * order. */
#include <stdio.h>
#include "delayed.h"

DELAYED void log_item(int k, int v) { printf("item %d -> %d\n", k, v); }

DELAYED int work(int k)
{
    int s = 0;
    for (int i = 0; i < 3000 * (8 - k % 8); i++)
        s = (s + i * k) % 1009;
    printf("work %d done\n", k);
    return s;
}

DELAYED void report(const char *title, int total) { printf("== %s: %d ==\n", title, total); }

int main(void)
{
    int v[8];
    for (int k = 0; k < 8; k++)
        v[k] = work(k);
    for (int k = 0; k < 8; k++)
        log_item(k, v[k]);
    int total = 0;
    for (int k = 0; k < 8; k++)
        total += v[k];
    report("total", total);
    puts("end");
    return 0;
}
