#include "util.h"
int calls;
DELAYED int scaled(int x) { calls++; return x * SCALE; }
