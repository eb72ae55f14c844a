/* feature_macros.c — leading feature-test macros (lit input). */
#define _GNU_SOURCE
#undef _FORTIFY_SOURCE
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#define _POSIX_C_SOURCE 200809L /* comment */
#include <string.h>
#include "delayed.h"
#define N 3

DELAYED unsigned inc(unsigned x) { return x + 1u; }

int main(void)
{
    char buf[8];
    char *e = mempcpy(buf, "ab", 3);
    unsigned a = inc((unsigned)(e - buf) + N);
    return (int)a - 7;
}
