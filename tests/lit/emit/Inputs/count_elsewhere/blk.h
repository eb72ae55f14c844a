#include "delayed.h"
DELAYED void blk_fill(DELAYED_OUT_N(n / 2) int *a, int n, int m, int v);
