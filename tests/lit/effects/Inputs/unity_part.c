/* unity_part.c — included by unity_main.c (not compiled on its own). */
DELAYED int square(int x) { return x * x; }

int sum_squares(int n) {
  int v[10];
  for (int i = 0; i < n && i < 10; i++) v[i] = square(i);
  int s = 0;
  for (int i = 0; i < n && i < 10; i++) s += v[i];
  return s;
}
DELAYED int clear(int *v, int n) { for (int i = 0; i < n; i++) v[i] = 0; return v[n - 1]; }
