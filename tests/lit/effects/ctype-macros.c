// glibc's <ctype.h> macros (isspace, tolower ...) read its locale tables
// through __ctype_b_loc() and friends: a task using them reads the locale,
// nothing else; the printf between the spawns and the uses does not wait
// for them.
//
// RUN: %delayc plan %s -- %delayc-cflags | FileCheck %s
// RUN: %delayc emit --explain %s -o %t.c -- %delayc-cflags 2>&1 | FileCheck %s --check-prefix=EXPLAIN --allow-empty
// CHECK: name: <locale>
// CHECK-NOT: <globals>
// EXPLAIN-NOT: global state
#include <ctype.h>
#include <stdio.h>
#include "delayed.h"

DELAYED int count_spaces(const char *s) {
  int n = 0;
  for (; *s; s++) n += isspace((unsigned char)*s) != 0 || tolower((unsigned char)*s) == 'q';
  return n;
}

int main(void) {
  int a = count_spaces("a b c");
  int b = count_spaces("d e");
  printf("start\n");
  printf("%d %d\n", a, b);
  return 0;
}
