/* libc_hidden_state.c — `delayed(f)(...)` on C library functions whose result
 * depends on hidden shared state, written the way a user tries them out:
 * `delayed(rand)()` after a fixed `srand`, interleaved with plain `rand()`
 * calls; `delayed(strtok)` walking a local buffer (the NULL continuation calls
 * depend on the first); `delayed(puts)` and `delayed(putchar)` printing lines
 * between ordinary printf calls (stdout order is the output). delayc's own
 * rule is that such calls stay serial unless ordered with tokens. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

int main(void)
{
    srand(2024u);
    int draws[6];
    for (int i = 0; i < 6; i++)
        draws[i] = i % 2 ? rand() % 1000 : delayed(rand)() % 1000;
    int d0 = delayed(rand)();
    int d1 = rand();
    printf("draws: %d %d %d %d %d %d | %d %d\n", draws[0], draws[1], draws[2], draws[3], draws[4], draws[5],
           d0 % 1000, d1 % 1000);

    char line[64] = "alpha,beta,,gamma,delta";
    char *first = delayed(strtok)(line, ",");
    char *second = delayed(strtok)(NULL, ",");
    char *third = strtok(NULL, ",");
    char *fourth = delayed(strtok)(NULL, ",");
    printf("tokens: %s %s %s %s\n", first ? first : "-", second ? second : "-", third ? third : "-",
           fourth ? fourth : "-");

    char msg[3][16] = { "first line", "second line", "third line" };
    printf("header\n");
    for (int i = 0; i < 3; i++) {
        delayed(puts)(msg[i]);
        delayed(putchar)('0' + i);
        delayed(putchar)('\n');
    }
    printf("footer\n");
    return 0;
}
