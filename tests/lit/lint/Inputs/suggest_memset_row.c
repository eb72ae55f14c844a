/* Each row cleared with memset(acc[y], 0, sizeof acc[y]), then splats added (blind round 41: refused, "cannot show it stays within it") */
#include <stdio.h>
#include <string.h>
#include <math.h>

#define W 512
#define H 256

static float acc[H][W];

int main(void)
{
  int x, y;
  for (y = 0; y < H; y++) {
    memset(acc[y], 0, sizeof acc[y]);
    for (int s = 0; s < 40; s++) {
      float cx = (float)((s * 97 + y * 13) % W);
      for (x = 0; x < W; x++) acc[y][x] += expf(-(x - cx) * (x - cx) / 200.0f);
    }
  }
  double t = 0;
  for (y = 0; y < H; y++) for (x = 0; x < W; x += 3) t += acc[y][x] * (1 + y % 7);
  printf("%.6f %.6f\n", t, acc[H / 2][W / 2]);
  return 0;
}
