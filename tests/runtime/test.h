/* test.h — the tiny assertion macro the runtime unit tests share.
 *
 * CHECK(expr) prints the expression's own text and its location when it is
 * false and counts the failure; a test's main ends with `return test_done();`,
 * which prints "N passed, N failed" and returns the exit status.
 */
#ifndef DELAYC_TEST_H
#define DELAYC_TEST_H

#include <stdio.h>

static int test_nPass, test_nFail;

#define CHECK(expr)                                                           \
  do {                                                                        \
    if (expr) {                                                               \
      test_nPass++;                                                           \
    } else {                                                                  \
      test_nFail++;                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #expr); \
    }                                                                         \
  } while (0)

static inline int test_done(void) {
  printf("%d passed, %d failed\n", test_nPass, test_nFail);
  return test_nFail == 0 ? 0 : 1;
}

#endif /* DELAYC_TEST_H */
