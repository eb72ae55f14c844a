/* renders a few animation frames; a palette lookup table (local to main)
 * is rebuilt before each frame and read by every pixel */
#include <stdio.h>
#include <math.h>

#define W 640
#define H 360
#define NFRAMES 2

static unsigned char img[H][W];

static void build_palette(double *lut, int frame)
{
  for (int i = 0; i < 256; i++) lut[i] = 0.5 + 0.5 * sin(0.05 * i + frame * 1.3);
}

int main(void)
{
  double lut[256];
  unsigned long hashes[NFRAMES];
  int frame, x, y;
  double phase;
  for (frame = 0; frame < NFRAMES; frame++) {
    build_palette(lut, frame);
    phase = 0.7 * frame;
    for (y = 0; y < H; y++) {
      for (x = 0; x < W; x++) {
        double v = 0;
        for (int k = 1; k <= 4; k++) v += sin(k * (0.01 * x + phase)) * cos(k * 0.013 * y) / k;
        int idx = (int)(128 + 100 * v) & 255;
        img[y][x] = (unsigned char)(255 * lut[idx]);
      }
    }
    unsigned long h = 5381;
    for (y = 0; y < H; y++) for (x = 0; x < W; x++) h = h * 33 + img[y][x];
    hashes[frame] = h;
  }
  for (frame = 0; frame < NFRAMES; frame++) printf("frame %d hash %lu\n", frame, hashes[frame]);
  return 0;
}
