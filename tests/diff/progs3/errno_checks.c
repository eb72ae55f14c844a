/* errno_checks.c — C's classic error channel around delayed calls: a user's
 * DELAYED `safe_div` that sets `errno = EDOM`, a DELAYED parser that calls
 * strtol (which sets ERANGE on overflow), and `delayed(atol)` on an
 * out-of-range string; ordinary code clears errno before each call and tests
 * it right after, as the C standard tells users to. errno is thread-local
 * hidden state: the serial program sees every error. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED double safe_div(double a, double b)
{
    if (b == 0) {
        errno = EDOM;
        return 0;
    }
    return a / b;
}

DELAYED long parse_field(const char *s)
{
    return strtol(s, NULL, 10);
}

int main(void)
{
    static const char *fields[4] = { "42", "99999999999999999999999", "-17", "-99999999999999999999999" };
    const double den[4] = { 2.0, 0.0, -4.0, 0.0 };
    int errors = 0;
    for (int i = 0; i < 4; i++) {
        errno = 0;
        double q = safe_div(10.0, den[i]);
        if (errno == EDOM) {
            printf("div %d: domain error\n", i);
            errors++;
        } else {
            printf("div %d: %.2f\n", i, q);
        }
    }
    for (int i = 0; i < 4; i++) {
        errno = 0;
        long v = parse_field(fields[i]);
        int e = errno;
        printf("field %d: %ld%s\n", i, v, e == ERANGE ? " (out of range)" : "");
        errors += e == ERANGE;
    }
    errno = 0;
    long lit = parse_field("-123456789012345678901234567890");
    if (errno == ERANGE) {
        printf("literal: out of range (%ld)\n", lit);
        errors++;
    }
    errno = 0;
    long big = delayed(atol)("123456789012345678901234567890");
    int range = errno == ERANGE;
    printf("atol: %ld range=%d errors=%d\n", big, range, errors);
    return errors ? 1 : 0;
}
