/* a table of kernels applied to every signal through function pointers */
#include <stdio.h>
#include <math.h>

#define NSIG 8
#define LEN 50000

typedef double (*kernel_fn)(const double *x, int n);
static double sig[NSIG][LEN];
static double res[2][NSIG];

static double k_rms(const double *x, int n)
{
  double e = 0;
  for (int i = 0; i < n; i++) e += pow(fabs(x[i]), 1.5);
  return sqrt(e / n);
}

static double k_peak(const double *x, int n)
{
  double p = -1e300;
  for (int i = 2; i < n - 2; i++) {
    double s = 0;
    for (int k = -2; k <= 2; k++) s += x[i + k] * exp(-k * k / 3.0);
    if (s > p) p = s;
  }
  return p;
}

static const kernel_fn bank[2] = {k_rms, k_peak};

int main(void)
{
  for (int s = 0; s < NSIG; s++)
    for (int i = 0; i < LEN; i++) sig[s][i] = sin(0.001 * i * (s + 1)) + 0.2 * cos(0.05 * i);
  for (int k = 0; k < 2; k++)
    for (int s = 0; s < NSIG; s++)
      res[k][s] = bank[k](sig[s], LEN);
  for (int s = 0; s < NSIG; s++) printf("%d %.9f %.9f\n", s, res[0][s], res[1][s]);
  return 0;
}
