// A DELAYED_IN pointer the body stores (*pp = q) is taken as INOUT, and
// --explain says it is handed on, not written (blind round 51b: "writes
// through its parameter 'q'", and lint rightly had no finding).
//
// RUN: %delayc emit --explain %s -o %t.c -- %delayc-cflags 2>&1 | FileCheck %s
// CHECK: explain: 'sw' hands its parameter 'q' on (stores the pointer), declared DELAYED_IN: what it points to may be written through the copy after the call
// CHECK-NOT: writes through its parameter 'q'
#include <stdio.h>
#include "delayed.h"
DELAYED void sw(DELAYED_INOUT int **pp, DELAYED_IN int *q) { *pp = q; }
int main(void) { int a = 1, b = 2; int *p = &a; sw(&p, &b); printf("%d\n", *p); return 0; }
