/* missing_include.c — includes a header that does not exist (line 3). */
#include "delayed.h"
#include "nope.h"

DELAYED int inc(int x) { return x + 1; }

int main(void) { return inc(0); }
