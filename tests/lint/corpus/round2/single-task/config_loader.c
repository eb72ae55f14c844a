/* Loading and validating a configuration.  The validation is a task; some
 * callers wait for a single task in different ways. */
#include <delayed.h>
#include <stdio.h>
#include <string.h>

#define MAX_KEYS 64
#define KEY_LEN 32

typedef struct {
  char key[MAX_KEYS][KEY_LEN];
  long value[MAX_KEYS];
  int count;
} config;

typedef enum { CFG_OK, CFG_DUPLICATE, CFG_RANGE } cfg_status;

DELAYED int score_profile(int profile, int rounds) {
  int s = 0;
  for (int r = 0; r < 100000; r++)
    s = (s * 31 + profile + r % (rounds + 1)) & 0xffff;
  return s;
}

DELAYED void expand_profile(int profile, DELAYED_OUT_N(MAX_KEYS) long *values) {
  for (int k = 0; k < MAX_KEYS; k++) {
    long v = profile;
    for (int r = 0; r < 4096; r++)
      v = (v * 1103515245 + 12345) & 0x7fffffff;
    values[k] = v;
  }
}

/* Wrong: a switch on a single task's result. */
cfg_status check_profile(int profile) {
  int s = delayed(score_profile)(profile, 8); // expect: delayed-single-task
  switch (s & 3) {
  case 0:
    return CFG_OK;
  case 1:
    return CFG_DUPLICATE;
  default:
    return CFG_RANGE;
  }
}

/* Wrong: one task that fills an output, read immediately. */
long first_value(int profile) {
  long values[MAX_KEYS];
  delayed(expand_profile)(profile, values); // expect: delayed-single-task
  return values[0];
}

/* Wrong: main spawns one task and waits for it. */
int main(int argc, char **argv) {
  int profile = argc > 1 ? (int)strlen(argv[1]) : 3;
  int s = delayed(score_profile)(profile, 16); // expect: delayed-single-task
  delayed_compute(s);
  printf("score %d\n", s);
  return 0;
}

/* Right: the two profiles are scored side by side. */
int best_profile(int a, int b) {
  int sa = delayed(score_profile)(a, 8);
  int sb = delayed(score_profile)(b, 8);
  delayed_compute(sa, sb);
  return sa >= sb ? a : b;
}

/* Right: the file is parsed while the task runs. */
int load_and_score(FILE *f, config *restrict cfg, int profile) {
  int s = delayed(score_profile)(profile, 4);
  cfg->count = 0;
  char line[128];
  while (cfg->count < MAX_KEYS && fgets(line, sizeof line, f)) {
    long v;
    if (sscanf(line, "%31s %ld", cfg->key[cfg->count], &v) == 2)
      cfg->value[cfg->count++] = v;
  }
  delayed_compute(s);
  return s;
}

/* Right: spawned in a loop, so many tasks. */
long sum_profiles(int n) {
  int s[16];
  if (n > 16)
    n = 16;
  for (int i = 0; i < n; i++)
    s[i] = delayed(score_profile)(i, 2);
  delayed_compute(s);
  long t = 0;
  for (int i = 0; i < n; i++)
    t += s[i];
  return t;
}
