/* kept_by_putenv.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED void bump(DELAYED_INOUT_N(4) char *s) {
  long h = 0;
  for (int r = 0; r < 2000000; r++) h = (h * 31 + r) % 1000003;
  for (int i = 0; i < 4; i++) s[i] = (char)(s[i] + 1 + h % 2);
}
int main(void) {
  char env[16] = "DCVAR=abcd";
  putenv(env);                 /* POSIX: env becomes part of the environment */
  bump(env + 6);
  printf("%s\n", getenv("DCVAR"));
  return 0;
}
