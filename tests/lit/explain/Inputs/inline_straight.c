#include <stdio.h>
#include "delayed.h"
DELAYED int work(int i) { return i * 3; }
int main(void) { int a = work(1) + 1; int b = work(2) + 1; printf("%d %d\n", a, b); return 0; }
