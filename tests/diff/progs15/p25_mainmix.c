/* main rescales and updates the globals between loops of updating tasks (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long total;
int hits;

DELAYED void add(int i) { usleep(6000); total += i; hits++; }

int main(void) {
  for (int i = 0; i < 8; i++) add(i);
  total = total * 2;                       /* main rescales between the loops */
  hits += 100;
  for (int i = 0; i < 8; i++) add(i * 10);
  long snapshot = total;
  for (int i = 0; i < 4; i++) add(1);
  total -= snapshot;                       /* main updates too */
  for (int i = 0; i < 4; i++) add(1000);
  printf("total=%ld hits=%d snapshot=%ld\n", total, hits, snapshot);
  return 0;
}
