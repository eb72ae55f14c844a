/* lvm.c (included by onelua.c): DELAYED operations on the registry and on
   tables, written with the macros */
#include "delayed.h"
#include "lobject.h"

static long lvm_spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long reg_add(int k, long x, long work) {
  lvm_spin(work);
  setivalue(&g_registry[k], ivalue(&g_registry[k]) + x);
  luaC_debt(16);
  return ivalue(&g_registry[k]);
}

DELAYED long tab_store(DELAYED_IN Table *t, int k, long work) {
  lvm_spin(work);
  setobj(&t->slots[k], &g_registry[k]);
  incref(t);
  return t->refs;
}

DELAYED long tab_sum(DELAYED_IN const Table *t, long work) {
  lvm_spin(work);
  long s = 0;
  for (int i = 0; i < 4; i++) s += ivalue(&t->slots[i]) * (t->slots[i].tt + 1);
  return s;
}
