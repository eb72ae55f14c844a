/* writes m elements, and sees no annotation of its own */
static long spin(int k) { long s = 0; for (long i = 0; i < (8 - k) * 300000L; i++) s += i % 3; return s; }
void blk_fill(int *a, int n, int m, int v) {
  long s = spin(v);
  (void)n;
  for (int i = 0; i < m; i++) a[i] = v * 100 + i + (int)(s & 0);
}
