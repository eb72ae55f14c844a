/* unseen_other.c — the other file of unseen_main.c's program. */
#include "delayed.h"

static int seen[8];
static int nseen;

void record(int v) { if (nseen < 8) seen[nseen++] = v; }
int recorded(int i) { return seen[i]; }
int nrecorded(void) { return nseen; }
int scale(int x) { return 10 * x; }
