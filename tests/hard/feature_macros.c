/* feature_macros.c — a file that starts with feature-test macros, as POSIX and
 * GNU code does (`#define _GNU_SOURCE` before any #include).  They must come
 * before the first system header, and clang's omp.h includes <stdlib.h>: delayc
 * puts its prologue includes (<omp.h>, "delayc_rt.h") after the file's leading
 * block of comments and #define/#undef of reserved names (_GNU_SOURCE,
 * _POSIX_C_SOURCE, __STDC_WANT_LIB_EXT1__ ...), with `#line` directives so that
 * every line keeps its number.  Before, the includes came first, glibc's
 * features.h was read without _GNU_SOURCE and strchrnul, mempcpy and usleep were
 * implicitly declared (a warning, an error under -Werror or C2x).
 */
#define _GNU_SOURCE
#undef _FORTIFY_SOURCE /* a comment, then a splice: */ \

#define _FILE_OFFSET_BITS 64
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
