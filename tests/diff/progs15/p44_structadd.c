/* a struct of sums; flags |= per element; a struct member kept least (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

struct io_stats { long reads; long writes; long bytes; int errors; } io;
struct { int lo, hi; } range = { 1000, -1000 };
typedef struct { unsigned seen; } Flags;
Flags fl[3];

DELAYED void op(int i) {
  usleep(8000);
  if (i % 3) io.reads++; else io.writes++;
  io.bytes += 100 * i;
  if (i == 7) io.errors += 1;
  fl[i % 3].seen |= 1u << i;
}

DELAYED void span(int v) {
  usleep(8000);
  if (v < range.lo) range.lo = v;
}

int main(void) {
  for (int i = 0; i < 12; i++) op(i);
  printf("r=%ld w=%ld b=%ld e=%d f=%x %x %x\n", io.reads, io.writes, io.bytes, io.errors, fl[0].seen, fl[1].seen, fl[2].seen);
  for (int i = 0; i < 12; i++) span((i * 37) % 101 - 50);
  printf("lo=%d hi=%d\n", range.lo, range.hi);
  return 0;
}
