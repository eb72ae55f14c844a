/* mathx.h — floating-point helpers. */
#ifndef MATHX_H
#define MATHX_H

#include "delayed.h"

/* The Euclidean norm of v[0..n), scaled down by 1000. */
DELAYED double norm(DELAYED_IN_N(n) const int *v, int n);

#endif
