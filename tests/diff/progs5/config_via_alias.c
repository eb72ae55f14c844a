/* config_via_alias: a global config struct read by DELAYED tasks while main
   changes it between spawns in every way users do: through a local alias
   pointer, through a loader helper given its address, memcpy into it, whole
   struct assignment, and a member written by name. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

struct config {
  int scale;
  int offset;
  char name[16];
};

static struct config g_cfg = {1, 0, "base"};

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long apply(int x, long work) {
  spin(work);
  return (long)x * g_cfg.scale + g_cfg.offset + (long)strlen(g_cfg.name);
}

static void load_config(struct config *c, int scale, int offset, const char *name) {
  c->scale = scale;
  c->offset = offset;
  snprintf(c->name, sizeof c->name, "%s", name);
}

int main(void) {
  struct config *cfg = &g_cfg;
  long r[7];
  r[0] = apply(1, 700000);
  cfg->scale = 2;
  r[1] = apply(2, 600000);
  load_config(&g_cfg, 3, 10, "three");
  r[2] = apply(3, 500000);
  load_config(cfg, 4, 20, "four!");
  r[3] = apply(4, 400000);
  struct config five = {5, 30, "five-five"};
  memcpy(cfg, &five, sizeof five);
  r[4] = apply(5, 300000);
  *cfg = (struct config){6, 40, "six"};
  r[5] = apply(6, 200000);
  g_cfg.offset = 1000;
  r[6] = apply(7, 100000);
  for (int i = 0; i < 7; i++) printf("r[%d]=%ld\n", i, r[i]);
  printf("final %s %d %d\n", g_cfg.name, g_cfg.scale, g_cfg.offset);
  return 0;
}
