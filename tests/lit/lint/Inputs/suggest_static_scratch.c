/* An edit distance with static scratch rows (blind 71a p2): its calls keep
 * their order, and the remarks say to drop the static, not to pass a global. */
#include <stdio.h>
#include <string.h>
#define N 2000
static int dist(const char *a, const char *b) {
  static int prev[64], cur[64];
  int la = (int)strlen(a), lb = (int)strlen(b);
  for (int j = 0; j <= lb; j++) prev[j] = j;
  for (int i = 1; i <= la; i++) {
    cur[0] = i;
    for (int j = 1; j <= lb; j++) {
      int c = prev[j - 1] + (a[i - 1] != b[j - 1]);
      int d = prev[j] + 1, e = cur[j - 1] + 1;
      cur[j] = c < d ? (c < e ? c : e) : (d < e ? d : e);
    }
    memcpy(prev, cur, sizeof cur);
  }
  return prev[lb];
}
int main(void) {
  static char w[N][16];
  int r[N];
  for (int i = 0; i < N; i++) snprintf(w[i], 16, "w%dxy%d", i * 7 % 101, i % 13);
  for (int i = 0; i < N; i++) r[i] = dist(w[i], "w50xy7") + dist(w[i], "abcdefghij") + dist(w[i], w[(i * 3) % N]);
  long s = 0;
  for (int i = 0; i < N; i++) s += r[i] * (i % 7);
  printf("%ld\n", s);
  return 0;
}
