/* exit_status_task: a DELAYED check that prints and calls exit(3) on an error
   path taken by the fourth call; the tasks after it must print nothing and
   main's summary never appears; exit status 3 (purposely not 0). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int check(int i, long work) {
  spin(work);
  if (i == 3) {
    printf("fatal at %d\n", i);
    exit(3);
  }
  printf("ok %d\n", i);
  return i * 2;
}

int main(void) {
  printf("start\n");
  int r[6];
  for (int i = 0; i < 6; i++) r[i] = check(i, (6 - i) * 100000L);
  int s = 0;
  for (int i = 0; i < 6; i++) s += r[i];
  printf("sum %d\n", s);
  return 0;
}
