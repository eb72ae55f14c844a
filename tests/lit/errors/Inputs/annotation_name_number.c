#include <stdio.h>
#include "delayed.h"
DELAYED DELAYED_NAME(42) int f(int x) { return x + 1; }
int main(void) { printf("%d\n", f(1)); return 0; }
