#include "delayed.h"
typedef struct { int *p DELAYED_N(n); int n; int k; } View;
DELAYED void paint(View v);
