/* tasks that spawn tasks updating globals, and a task that updates and reads one (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long leaves;

DELAYED void leaf(int k) { usleep(20000); leaves += k; }

DELAYED void branch(int d) {
  usleep(20000);
  for (int k = 0; k < 2; k++) leaf(k + d);
}

DELAYED void branch_and_report(int d) {
  leaf(d);
  printf("sees leaves=%ld\n", leaves);
}

int main(void) {
  for (int d = 0; d < 4; d++) branch(d);
  printf("leaves=%ld\n", leaves);
  for (int d = 0; d < 2; d++) branch_and_report(d);
  printf("leaves=%ld\n", leaves);
  return 0;
}
