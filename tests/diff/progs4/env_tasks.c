/* env_tasks.c — area 1 (process state): DELAYED tasks change the environment with
 * setenv/unsetenv and other tasks read it with getenv; main reads it too.  Each
 * reader must see the value set by the last setter before it in serial order. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void set_mode(const char *mode) {
  setenv("T_DELAYC_MODE", mode, 1);
}

DELAYED void clear_mode(void) {
  unsetenv("T_DELAYC_MODE");
}

DELAYED int mode_budget(int base) {
  const char *m = getenv("T_DELAYC_MODE");
  if (!m)
    return base;
  if (strcmp(m, "fast") == 0)
    return base / 2;
  if (strcmp(m, "careful") == 0)
    return base * 3;
  return base + (int)strlen(m);
}

int main(void) {
  unsetenv("T_DELAYC_MODE");
  int b0 = mode_budget(100);
  set_mode("fast");
  int b1 = mode_budget(100);
  set_mode("careful");
  int b2 = mode_budget(100);
  const char *now = getenv("T_DELAYC_MODE");
  printf("main sees %s\n", now ? now : "(unset)");
  set_mode("other");
  int b3 = mode_budget(100);
  clear_mode();
  int b4 = mode_budget(100);
  printf("budgets %d %d %d %d %d\n", b0, b1, b2, b3, b4);

  int budgets[6];
  const char *modes[6] = {"fast", "careful", "x", "fast", "longer-name", "careful"};
  for (int i = 0; i < 6; i++) {
    set_mode(modes[i]);
    budgets[i] = mode_budget(10 * (i + 1));
  }
  for (int i = 0; i < 6; i++)
    printf("budget[%d] = %d\n", i, budgets[i]);
  now = getenv("T_DELAYC_MODE");
  printf("final mode %s\n", now ? now : "(unset)");
  return 0;
}
