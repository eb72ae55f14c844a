/* config_load_globals: main loads a global config struct the ways C programs
   do (fread into it, sscanf into its members, memset, strcpy into its name)
   while DELAYED tasks that read it are pending; a task saves the config with
   fwrite to the file main fread's next. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define CFG_BIN "p5_cfgload_1.bin"

struct config {
  int width;
  int depth;
  char name[16];
};

static struct config g_cfg = {1, 1, "init"};

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long area(int k, long work) {
  spin(work);
  return (long)k * g_cfg.width * g_cfg.depth + g_cfg.name[0];
}

DELAYED int save_cfg(int width, int depth, long work) {
  spin(work);
  struct config c = {width, depth, "saved"};
  FILE *f = fopen(CFG_BIN, "wb");
  if (!f) return -1;
  int ok = (int)fwrite(&c, sizeof c, 1, f);
  fclose(f);
  return ok;
}

int main(void) {
  long r[6];
  int s = save_cfg(4, 5, 300000);
  r[0] = area(1, 600000);
  FILE *f = fopen(CFG_BIN, "rb");
  if (!f) return 1;
  size_t got = fread(&g_cfg, sizeof g_cfg, 1, f);
  fclose(f);
  r[1] = area(2, 500000);
  sscanf("w=7 d=3", "w=%d d=%d", &g_cfg.width, &g_cfg.depth);
  r[2] = area(3, 400000);
  memset(&g_cfg, 0, sizeof g_cfg);
  r[3] = area(4, 300000);
  strcpy(g_cfg.name, "zeta");
  g_cfg.width = g_cfg.depth = 2;
  r[4] = area(5, 200000);
  snprintf(g_cfg.name, sizeof g_cfg.name, "%s", "alpha");
  r[5] = area(6, 100000);
  printf("saved %d, read %zu\n", s, got);
  for (int i = 0; i < 6; i++) printf("r[%d]=%ld\n", i, r[i]);
  remove(CFG_BIN);
  return 0;
}
