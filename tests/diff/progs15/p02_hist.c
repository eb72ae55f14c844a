/* hist[b]++ and samples += 1 inside a loop of a task (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

#define NB 10
int hist[NB];
long samples;

DELAYED void bin_block(int seed) {
  unsigned x = (unsigned)seed * 2654435761u + 1;
  usleep(10000);
  for (int k = 0; k < 1000; k++) {
    x = x * 1103515245u + 12345u;
    int b = (x >> 16) % NB;
    hist[b]++;
    samples += 1;
  }
}

int main(void) {
  for (int i = 0; i < 12; i++) bin_block(i);
  long check = 0;
  for (int b = 0; b < NB; b++) { printf("bin %d: %d\n", b, hist[b]); check += hist[b]; }
  printf("samples=%ld check=%ld\n", samples, check);
  return 0;
}
