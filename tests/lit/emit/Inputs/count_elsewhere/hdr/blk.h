/* the annotations only here: hdr/blk.c does not include this header */
#include "delayed.h"
DELAYED void blk_fill(DELAYED_OUT_N(n / 2) int *a, int n, int m, int v);
