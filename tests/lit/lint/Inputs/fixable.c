#include <stdio.h>
#include "delayed.h"

static int square(int x) { return x * x; }

int main(void)
{
    int a = delayed(square(3));
    int b = delayed(square(a + 1));
    delayed_compute(a, b);
    printf("%d %d\n", a, b);
    return 0;
}
