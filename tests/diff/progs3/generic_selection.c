/* generic_selection.c — `_Generic` written out directly (not through a macro)
 * around delayed calls that have side effects through DELAYED_OUT/INOUT
 * pointers: the controlling expression and the associations that are not
 * selected are never evaluated in C, so those calls must not run; the selected
 * association is evaluated once. Also `_Static_assert` on a `_Generic` of a
 * delayed call inside a function body (never evaluated). */
#include <stdio.h>
#include "delayed.h"

DELAYED int take(DELAYED_INOUT int *stock, int n)
{
    *stock -= n;
    return *stock;
}

DELAYED double rate(DELAYED_OUT double *last, double v)
{
    *last = v;
    return v * 1.5;
}

int main(void)
{
    int stock = 100;
    double last = 0.0;
    const char *kind = _Generic(take(&stock, 10), int: "int", default: "other");
    int sel = _Generic(stock, int: take(&stock, 1), default: take(&stock, 50));
    double r = _Generic(1.0f, float: rate(&last, 2.0), double: rate(&last, 99.0), default: 0.0);
    _Static_assert(_Generic(take(&stock, 1000), int: 1, default: 0), "take returns int");
    printf("kind=%s sel=%d r=%.2f stock=%d last=%.2f\n", kind, sel, r, stock, last);
    return 0;
}
