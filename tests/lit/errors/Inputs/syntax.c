/* syntax.c — a syntax error on line 9: an initializer with no expression. */
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = inc(1);
    int b = ;
    return a + b;
}
