/* work.h: DELAYED functions whose bodies live in work.c */
#ifndef P5_WORK_H
#define P5_WORK_H
#include "delayed.h"

DELAYED long crunch(int i, long n);
DELAYED void announce(int i);
long work_calls(void);

#endif
