// DELAYED_PURE on a body that does more than read its arguments: lint says
// it is wrong (an error where the body writes, a warning where it reads a
// global the program may change), emit warns and goes by the body, and the
// program prints what the serial one prints.  A body given with --with
// decides too (blind round 57: 'p=75,74' for 'p=74,75'); without it, the
// declaration is the user's word.
//
// RUN: not %delayc lint %s -- %delayc-cflags > %t.lint 2>&1
// RUN: FileCheck --check-prefix=LINT %s --input-file=%t.lint
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags 2> %t.err
// RUN: FileCheck --check-prefix=EMIT %s --input-file=%t.err
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: %delayc emit %S/Inputs/pure_with/main.c -o %t.main.c --with %S/Inputs/pure_with/lib.c -- %delayc-cflags
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %S/Inputs/pure_with/main.c %S/Inputs/pure_with/lib.c -o %t.serial2
// RUN: %t.serial2 > %t.want2
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags -I%S/Inputs/pure_with %t.main.c %S/Inputs/pure_with/lib.c %delayc-rt -o %t.bin2
// RUN: env OMP_NUM_THREADS=1 %t.bin2 | diff %t.want2 -
// RUN: env OMP_NUM_THREADS=4 %t.bin2 | diff %t.want2 -
// RUN: not %delayc lint %S/Inputs/pure_with/lib.c -- %delayc-cflags 2>&1 | FileCheck --check-prefix=LIB %s
#include <stdio.h>
#include "delayed.h"

static int hidden;
static int scale = 3;

DELAYED_PURE int counted(int x) { hidden++; return x + hidden; }
// LINT: pure-declared.c:[[@LINE-1]]:18: error: delayed function 'counted' is declared DELAYED_PURE but touches 'hidden' [delayed-mutates-input]
// LINT: note: remove DELAYED_PURE, or make 'counted' touch only its arguments
// EMIT: pure-declared.c:[[@LINE-3]]:18: warning: delayed function 'counted' is declared DELAYED_PURE but touches 'hidden'

DELAYED_PURE int loud(int x) { printf("loud %d\n", x); return x; }
// LINT: pure-declared.c:[[@LINE-1]]:18: error: delayed function 'loud' is declared DELAYED_PURE but touches the console (printf() in 'loud')

DELAYED_PURE void fill(int *out, int x) { *out = x; }
// LINT: pure-declared.c:[[@LINE-1]]:19: error: delayed function 'fill' is declared DELAYED_PURE but writes through its parameter 'out'

DELAYED_PURE int scaled(int x) { return x * scale; }
// LINT: pure-declared.c:[[@LINE-1]]:18: warning: delayed function 'scaled' is declared DELAYED_PURE but touches 'scale'

DELAYED_PURE int square(int x) { return x * x; }
// LINT-NOT: 'square' is declared
// EMIT-NOT: 'square' is declared

int main(void) {
  int a = counted(1), b = counted(1);
  int c = loud(2), d = loud(2);
  int e;
  fill(&e, 5);
  int f = scaled(2);
  scale = 4;
  int g = scaled(2);
  int h = square(9), i = square(9);
  printf("%d %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h, i);
  return 0;
}
// LIB: lib.c:3:5: error: delayed function 'stamp_next' is declared DELAYED_PURE but touches 'calls'
