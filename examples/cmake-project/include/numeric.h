/* numeric.h — the numeric library's interface: chunk statistics that delayc
 * may run as tasks (DELAYED), and the serial helpers around them. */
#ifndef NUMERIC_H
#define NUMERIC_H

#include "delayed.h"

#ifndef SCALE
#error "SCALE comes from the numeric target's compile definitions"
#endif

/* Fills v[0..n) with a reproducible pseudo-random sequence. */
void fill(long long *v, int n, unsigned seed);

/* Sum and sum of squares of v[0..n), each times SCALE. */
DELAYED DELAYED_NAME("sum") long long chunk_sum(DELAYED_IN_N(n) const long long *v, int n);
DELAYED DELAYED_NAME("sumsq") long long chunk_sumsq(DELAYED_IN_N(n) const long long *v, int n);

/* How many of v[0..n) exceed t. */
DELAYED long long count_above(DELAYED_IN_N(n) const long long *v, int n, long long t);

#endif
