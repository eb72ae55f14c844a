/* p5_unity_lua: a onelua.c-style unity build: the Lua-like macros of
   lobject.h (setobj/setivalue declare a local pointer and write through it,
   incref), a global registry, DELAYED functions in an included lvm.c with a
   (wrong) DELAYED_IN; main reads the registry and the table. */
#include <stdio.h>
#include "delayed.h"

#include "lstate.c"
#include "lvm.c"

int main(void) {
  lstate_init();
  long r[4];
  for (int i = 0; i < 4; i++) r[i] = reg_add(i % 2, i + 1, (4 - i) * 150000L);
  printf("reg0=%ld reg1=%ld debt=%ld\n", ivalue(&g_registry[0]), ivalue(&g_registry[1]), g_gc_debt);
  Table t = {0, {{0, 0}, {0, 0}, {0, 0}, {0, 0}}};
  long s0 = tab_sum(&t, 500000);
  long refs[4];
  for (int k = 0; k < 4; k++) refs[k] = tab_store(&t, k, (4 - k) * 100000L);
  long s1 = tab_sum(&t, 100000);
  setivalue(&g_registry[3], -5);
  long s2 = tab_store(&t, 3, 100000);
  printf("refs=%d s0=%ld s1=%ld s2=%ld slot3=%ld\n", t.refs, s0, s1, s2, ivalue(&t.slots[3]));
  for (int i = 0; i < 4; i++) printf("r[%d]=%ld refs[%d]=%ld\n", i, r[i], i, refs[i]);
  return 0;
}
