/* Rods smoothed by a stencil that writes its two ends apart from the middle
 * (blind rounds 40 and 41: "writes through out beyond one element"). */
#include <stdio.h>
#include <math.h>

#define NRODS 32
#define LEN 20000

static double rod_in[NRODS][LEN], rod_out[NRODS][LEN];

static void smooth(const double *in, double *out, int n)
{
  out[0] = 0.5 * (in[0] + in[1]);
  for (int i = 1; i < n - 1; i++)
    out[i] = 0.25 * in[i - 1] + 0.5 * in[i] + 0.25 * in[i + 1] + 0.001 * tanh(in[i]) * exp(-in[i] * in[i]);
  out[n - 1] = 0.5 * (in[n - 2] + in[n - 1]);
}

int main(void)
{
  for (int r = 0; r < NRODS; r++)
    for (int i = 0; i < LEN; i++) rod_in[r][i] = sin(0.001 * i * (r + 1)) + (i % 100 == 0);
  for (int r = 0; r < NRODS; r++) smooth(rod_in[r], rod_out[r], LEN);
  double t = 0;
  for (int r = 0; r < NRODS; r++) t += rod_out[r][0] + rod_out[r][LEN - 1] + rod_out[r][LEN / 2];
  printf("%.12f\n", t);
  return 0;
}
