/* graph.h — the compile-time task graph of a plan, as DOT or JSON (delayc graph). */
#ifndef DELAYC_GRAPH_H
#define DELAYC_GRAPH_H

#include "plan/plan.h"

/* ---- graph.c ---- */
int graph_write(Analysis *a, FILE *out, const char *format, const char *only);

#endif /* DELAYC_GRAPH_H */
