/* main_argc_argv.c — main with argc/argv that spawns tasks (argc used in the
 * task arguments, argv[0] ignored), the exit status computed from results. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

DELAYED int score(int k, int argc) { return k * 3 + argc; }

int main(int argc, char **argv)
{
    int s[6];
    for (int i = 0; i < 6; i++)
        s[i] = score(i, argc);
    size_t len = strlen(argv[0]) > 0 ? 1 : 0;
    int tot = 0;
    for (int i = 0; i < 6; i++)
        tot += s[i];
    printf("argc=%d len>0=%zu tot=%d\n", argc, len, tot);
    return tot % 7;
}
