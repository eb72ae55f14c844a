/* A tokenizer service: configuration globals, a global comparison callback,
 * a mutable pointer to const text.  Some tasks read them. */
#include <delayed.h>
#include <string.h>

#define MAX_TOKENS 1024

enum { SEP_SPACE = ' ', SEP_COMMA = ',' };

typedef int (*char_pred)(int c);

static int is_sep(int c) { return c == SEP_SPACE || c == SEP_COMMA; }

const char *g_delims = " ,;";                 /* the pointer can change */
static char_pred g_pred = is_sep;             /* so can the callback */
static const char *const kKeywords[] = {"if", "else", "while", "return"};
static const int kMaxLen = 64;
struct limits { int max_tokens; int max_len; };
static struct limits g_limits = {MAX_TOKENS, 64};
static volatile int g_cancel;
static const struct limits *g_active = &g_limits;  /* points at const, but can be re-pointed */
static char *const kScratchNames[2] = {0, 0};      /* the array itself is const */

/* Wrong: consults the mutable delimiter string and callback. */
DELAYED int count_tokens(DELAYED_IN_N(len) const char *text, int len) {
  int n = 0, in_tok = 0;
  for (int i = 0; i < len; i++) {
    int sep = strchr(g_delims, text[i]) != NULL; // expect: delayed-global-state
    if (!sep && g_pred(text[i])) // expect: delayed-global-state
      sep = 1;
    if (!sep && !in_tok)
      n++;
    in_tok = !sep;
  }
  return n;
}

/* Wrong: a limit copied into a local, and a cancel flag polled. */
DELAYED int longest_token(DELAYED_IN_N(len) const char *text, int len) {
  int cap = g_limits.max_len; // expect: delayed-global-state
  int best = 0, cur = 0;
  for (int i = 0; i < len; i++) {
    if (g_cancel) // expect: delayed-global-state
      return -1;
    cur = is_sep(text[i]) ? 0 : cur + 1;
    if (cur > best)
      best = cur;
  }
  if (best > g_active->max_tokens) // expect: delayed-global-state
    best = 0;
  return best > cap ? cap : best;
}

/* Wrong: a static local cache of the last keyword found. */
DELAYED int keyword_index(DELAYED_IN_N(16) const char *word) {
  static int last_hit = -1;
  if (last_hit >= 0 && !strcmp(word, kKeywords[last_hit])) // expect: delayed-global-state x2
    return last_hit; // expect: delayed-global-state
  for (int k = 0; k < 4; k++) {
    if (!strcmp(word, kKeywords[k])) {
      last_hit = k; // expect: delayed-global-state
      return k;
    }
  }
  return -1;
}

/* Right: const tables, enum constants, sizeof, a parameter named like a global. */
DELAYED int classify(DELAYED_IN_N(16) const char *word, int g_cancel) {
  static const int weights[4] = {3, 1, 2, 5};
  int score = 0;
  for (int k = 0; k < (int)(sizeof kKeywords / sizeof kKeywords[0]); k++)
    if (!strncmp(word, kKeywords[k], (size_t)kMaxLen))
      score += weights[k];
  if (g_cancel)
    score = -score;
  if (kScratchNames[0] == word)
    score++;
  return score + (int)sizeof g_limits * 0 + (word[0] == SEP_COMMA);
}

#define FMT_OF(x) _Generic((x), double: "%f", long: "%ld", default: "%d")

/* Right: only the types of the globals are used, never their values
 * (neither operand is evaluated, as with sizeof). */
DELAYED int format_width(int v) {
  const char *f = FMT_OF(g_limits.max_len);
  __typeof__(g_limits.max_tokens) cap = kMaxLen;
  return (int)strlen(f) + (v > cap ? cap : v);
}

/* Right: only ordinary code changes the configuration. */
void configure(const char *delims, int max_len, int cancel) {
  g_delims = delims;
  g_limits.max_len = max_len;
  g_cancel = cancel;
  g_pred = is_sep;
}

#include <errno.h>
#include <stdio.h>
#include <math.h>

static double square(double x) { return x * x; }
static double (*const kUnary[2])(double) = {square, sqrt};

/* Right: the C library's own objects, __func__, a const table of functions. */
DELAYED double apply_unary(DELAYED_IN_N(n) const double *v, int n, int op) {
  double s = 0.0;
  errno = 0;
  for (int i = 0; i < n; i++)
    s += kUnary[op & 1](v[i]);
  if (errno)
    fprintf(stderr, "%s: domain error\n", __func__);
  return s;
}
