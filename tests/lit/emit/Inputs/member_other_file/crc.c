#include <stddef.h>
unsigned long crc_buf(const unsigned char *p, size_t n) {
  unsigned long c = 0xffffffffUL;
  for (size_t i = 0; i < n; i++) c = (c >> 3) ^ (p[i] * 2654435761UL);
  return c;
}
