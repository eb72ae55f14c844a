// lint-args: --warnings-as-errors=delayed-call-before-delay
// lint-exit: 1
/* warnings_as_errors.c — --warnings-as-errors promotes the call-before-delay
 * finding to an error, so delayc lint exits 1; the finding is still reported at
 * the `delayed(` of the wrong call. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

static int vowels(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += strchr("aeiou", *s) != NULL;
    return n;
}

int main(void)
{
    char a[] = "delayed evaluation", b[] = "task graph", c[] = "dependencies";
    int x = delayed(vowels)(a);
    int y = delayed(vowels(b)); // expect: delayed-call-before-delay
    int z = delayed(vowels)(c);
    printf("%d %d %d\n", x, y, z);
    return 0;
}
