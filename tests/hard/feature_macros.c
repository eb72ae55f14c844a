/* feature_macros.c — a file that starts with a feature-test macro, as POSIX and
 * GNU code does (`#define _GNU_SOURCE` before any #include).  delayc's output
 * puts `#include <omp.h>` and "delayc_rt.h" before the user's first line; clang's
 * omp.h includes <stdlib.h>, so glibc's features.h is read without _GNU_SOURCE
 * and the GNU/POSIX declarations disappear: strchrnul, mempcpy, usleep are then
 * implicitly declared (a warning, an error under -Werror or C2x).
 * HARD-XFAIL: delayc's prologue includes come before the user's feature-test macros
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }

int main(void)
{
    char buf[32];
    const char *word = "delay:ed";
    char *end = mempcpy(buf, word, strlen(word) + 1);
    unsigned colon = (unsigned)(strchrnul(buf, ':') - buf);
    unsigned a = inc(colon);
    unsigned b = inc((unsigned)(end - buf));
    usleep(1);
    printf("%u %u %s\n", a, b, buf);
    return 0;
}
