/* The shapes of this session together, each as a user writes it: records
 * of counted members handed on by a helper as &recs[i] and recs + i, members
 * of a malloc'd array's elements and of a struct variable given by address,
 * and lengths and comparisons of strings tasks write as other tasks' values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"
typedef struct { int len; double *v DELAYED_N(len); } Rec;
typedef struct { double x, y; } P;
DELAYED void work(DELAYED_INOUT Rec *r, int k) { for (int q = 0; q < 200; q++) for (int i = 0; i < r->len; i++) r->v[i] = r->v[i] * 0.5 + k + q; }
DELAYED void setv(DELAYED_OUT double *d, int k) { double v = k; for (int i = 0; i < 100000; i++) v = v * 0.999 + 1; *d = v; }
DELAYED long slen(int n, int k) { long s = 0; for (int i = 0; i < 100000; i++) s += (n * k + i) % 7; return s; }
DELAYED void fill(DELAYED_OUT_N(16) char *s, int k) { for (int i = 0; i < 15; i++) s[i] = (char)('a' + (i * k) % 26); s[15 - k % 5] = 0; }
static void pass_on(Rec *recs, int n) { for (int i = 0; i < n; i++) work(&recs[i], i); }
static void pass_plus(Rec *recs, int n) { for (int i = 0; i < n; i++) work(recs + i, i + 1); }
static long strings(char *s1, char *s2) { fill(s1, 3); fill(s2, 4); return slen((int)strlen(s1), 1) + slen((int)strlen(s2), 2) + slen(strcmp(s1, s2) > 0, 3); }
int main(void) {
  Rec *recs = malloc(4 * sizeof *recs);
  for (int i = 0; i < 4; i++) { recs[i].len = 5000; recs[i].v = calloc(5000, sizeof(double)); }
  pass_on(recs, 4);
  pass_plus(recs, 4);
  P *pts = malloc(4 * sizeof *pts);
  P one;
  for (int i = 0; i < 4; i++) setv(&pts[i].x, i);
  setv(&one.y, 7);
  setv(&one.x, 8);
  char *s1 = malloc(16), *s2 = malloc(16);
  long l = strings(s1, s2);
  double t = one.x + one.y;
  for (int i = 0; i < 4; i++) t += pts[i].x + recs[i].v[10] + recs[i].v[4999];
  printf("%.6f %ld %s %s\n", t, l, s1, s2);
  for (int i = 0; i < 4; i++) free(recs[i].v);
  free(recs); free(pts); free(s1); free(s2);
  return 0;
}
