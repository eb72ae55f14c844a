/* Rows of a flat image whose offsets are computed in size_t, as an image of
 * more than 2^31 pixels needs (blind round 51a: --fix wrote img + y * W, in
 * int, which overflowed and crashed the fixed serial program). */
#include <stdio.h>
#include <stdlib.h>
#define W 4096
#define H 512
static unsigned long long shade(int x, int y) { unsigned long long s = (unsigned)(x * 7 + y); for (int k = 0; k < 200; k++) s = s * 6364136223846793005ULL + 1442695040888963407ULL; return s; }
int main(void) {
  unsigned char *img = malloc((size_t)W * H);
  if (!img) return 1;
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++) img[(size_t)y * W + x] = (unsigned char)(shade(x, y) >> 56);
  unsigned long long sum = 0;
  for (size_t i = 0; i < (size_t)W * H; i++) sum = sum * 31 + img[i];
  printf("%llu\n", sum);
  free(img);
  return 0;
}
