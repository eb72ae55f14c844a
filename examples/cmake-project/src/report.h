/* report.h — printing the results. */
#ifndef REPORT_H
#define REPORT_H

#include <stdio.h>

/* Prints how many of data[0..n) lie above each of a few thresholds. */
void print_thresholds(FILE *out, const long long *restrict data, int n);

#endif
