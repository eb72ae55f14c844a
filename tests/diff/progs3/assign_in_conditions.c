/* assign_in_conditions.c — results assigned inside conditions, the C idioms:
 * `while ((x = step(x)) > 1)`, `if ((r = check(v)) < 0) ...`,
 * `for (...; (c = next_char(s, i)) != 0; ...)`, and `while (n-- > 0 && ok(n))`;
 * results assigned in one branch and read after the if; a result tested
 * twice with different operators. */
#include <stdio.h>
#include "delayed.h"

DELAYED int step(int x) { return x % 2 ? 3 * x + 1 : x / 2; }
DELAYED int check(int v) { return v % 5 == 0 ? -v : v * 2; }
DELAYED char next_char(DELAYED_IN_N(32) const char *s, int i) { return i < 32 ? s[i] : 0; }
DELAYED_PURE int ok(int n) { return n % 13 != 12; }

int main(void)
{
    int x = 27, len = 0;
    while ((x = step(x)) > 1)
        len++;
    printf("collatz(27) length %d, x=%d\n", len, x);

    int neg = 0, pos = 0, r;
    for (int v = 1; v <= 20; v++) {
        if ((r = check(v)) < 0)
            neg += r;
        else
            pos += r;
    }
    printf("neg=%d pos=%d last r=%d\n", neg, pos, r);

    char s[32] = "delayed calls in conditions";
    char c;
    int vowels = 0, i;
    for (i = 0; (c = next_char(s, i)) != 0; i++)
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
            vowels++;
    printf("len=%d vowels=%d\n", i, vowels);

    int n = 40, passed = 0;
    while (n-- > 0 && ok(n))
        passed++;
    printf("passed=%d n=%d\n", passed, n);

    int y;
    if (len > 100)
        y = step(len);
    else
        y = check(len);
    int z = check(y);
    if (z > 0 && z != 8)
        printf("z positive %d\n", z);
    else if (z == 8 || z < -1000)
        printf("z special %d\n", z);
    else
        printf("z other %d\n", z);
    return 0;
}
