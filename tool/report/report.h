/* report.h — `delayc report TRACE.json -o OUT.html|OUT.svg`: a picture of a run. */
#ifndef DELAYC_REPORT_H
#define DELAYC_REPORT_H

#include "util/util.h"

/* ---- report.c: `delayc report TRACE.json -o OUT.html|OUT.svg` ---- */
int report_main(int argc, char **argv);   /* argv[0] is "report" */

#endif /* DELAYC_REPORT_H */
