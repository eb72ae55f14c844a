/* unevaluated.c — delayed calls in operands C never evaluates (lit input). */
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }

int main(void)
{
    unsigned a = inc(1u);
    __typeof__(inc(0u)) b = dbl(a);                                            /* MARK-TYPEOF */
    unsigned c = (unsigned)sizeof(inc(a)) + (unsigned)_Alignof(__typeof__(dbl(2u))); /* MARK-SIZEOF */
    unsigned d = _Generic(inc(b), unsigned: 1u, default: 2u);                   /* MARK-GENERIC */
    return (int)(a + b + c + d) - 16;
}
