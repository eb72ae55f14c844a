/* A DELAYED function defined in a file that spawns nothing: its accesses are
 * checked all the same (delayed-defined-elsewhere.test).  BAD: writes 2n. */
#include "v.h"
#ifdef BAD
#define REACH(v) (2 * (v).n)
#else
#define REACH(v) ((v).n)
#endif
void paint(View v) {
  for (int r = 0; r < 300; r++)
    for (int i = 0; i < REACH(v); i++) v.p[i] = v.k * 1000 + r;
}
