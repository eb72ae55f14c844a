// A compiler diagnostic in the generated code points at the input file and
// the input's line: an unused variable in a function that spawns tasks is
// reported by gcc and clang at this file's name, line and column.
//
// RUN: %delayc emit %s -o %t.c
// RUN: %cc-gcc -fopenmp -Wall -Wextra -fsyntax-only %delayc-cflags %t.c 2>&1 | FileCheck %s -DFILE=%s
// RUN: %cc-clang -fopenmp -Wall -Wextra -fsyntax-only %delayc-cflags %t.c 2>&1 | FileCheck %s -DFILE=%s
// RUN: not %cc-gcc -fopenmp -Wall -Werror -fsyntax-only %delayc-cflags %t.c 2>&1 | FileCheck %s -DFILE=%s
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = inc(1);
    int b = inc(a);
    // CHECK: [[FILE]]:[[# @LINE + 1]]:9: {{warning|error}}: unused variable 'unused_marker'
    int unused_marker = 3;
    printf("%d\n", b);
    return 0;
}
