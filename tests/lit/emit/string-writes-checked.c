// strcpy and strcat into a parameter with a count (blind 71b: a
// DELAYED_OUT_N(64) buffer filled by strcpy and strcat got a warning that
// delayc could not check it, and its tasks were ordered with all memory):
// each is checked by the bytes it writes, the string's length and its NUL
// (for strcat after what the buffer holds), so the tasks run over their own
// buffers, and a name too long for the count (-DBAD) stops the program with
// a runtime error instead of writing into the next buffer.
//
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --check-prefix=QUIET --allow-empty --input-file=%t.err
// QUIET-NOT: warning
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: %cc-clang -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.cbin
// RUN: env OMP_NUM_THREADS=4 %t.cbin | diff %t.want -
// RUN: %delayc emit %s -o %t.bad.c -- %delayc-cflags -DBAD
// RUN: %cc-gcc -fopenmp %delayc-cflags -DBAD %t.bad.c %delayc-rt -o %t.bad
// RUN: env OMP_NUM_THREADS=2 not --crash %t.bad > /dev/null 2> %t.bad.err
// RUN: FileCheck %s --check-prefix=BAD --input-file=%t.bad.err
// BAD: runtime error: delayed function 'greet' touches bytes 0 to {{[0-9]+}} of 'buf' (the size a library call is given), outside the bytes 0 to 15 its DELAYED_OUT_N(16) declares
#include <stdio.h>
#include <string.h>
#include "delayed.h"

DELAYED void greet(DELAYED_OUT_N(16) char *buf, const char *name) {
  strcpy(buf, "hello, ");
  strcat(buf, name);
}

int main(void) {
  static char b[4][16];
#ifdef BAD
  const char *n[] = {"ann", "bob", "a name too long", "dee"};
#else
  const char *n[] = {"ann", "bob", "cy", "dee"};
#endif
  for (int i = 0; i < 4; i++) greet(b[i], n[i]);
  for (int i = 0; i < 4; i++) printf("%.16s\n", b[i]);
  return 0;
}
