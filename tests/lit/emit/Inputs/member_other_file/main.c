/* A counted member handed to a function of crc.c, whose summary bounds its
 * reads by its count argument: checked at the call (member-other-file.test). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
unsigned long crc_buf(const unsigned char *p, size_t n);
typedef struct { unsigned char *d DELAYED_N(len); size_t len; unsigned long crc; } Blk;
DELAYED void fill(DELAYED_INOUT Blk *b, int seed) {
  for (int r = 0; r < 50; r++) {
    for (size_t i = 0; i < b->len; i++) b->d[i] = (unsigned char)(i * seed + r);
#ifdef BAD
    b->crc = crc_buf(b->d, b->len + 8);
#else
    b->crc = crc_buf(b->d, b->len);
#endif
  }
}
int main(void) {
  Blk bs[8];
  unsigned char *all = calloc(8 * 4096, 1);
  for (int i = 0; i < 8; i++) { bs[i].d = all + i * 4096; bs[i].len = 4096; }
  for (int i = 0; i < 8; i++) fill(&bs[i], i + 1);
  unsigned long x = 0;
  for (int i = 0; i < 8; i++) x ^= bs[i].crc;
  printf("%lx\n", x);
  return 0;
}
