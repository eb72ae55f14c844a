/* bytes += n and files++ in every task (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long total_bytes = 0;
int files_done = 0;

DELAYED void process(int id) {
  usleep(15000);
  long n = 1000 + id * 37;
  total_bytes += n;
  files_done++;
}

int main(void) {
  for (int i = 0; i < 16; i++) process(i);
  printf("bytes=%ld files=%d\n", total_bytes, files_done);
  return 0;
}
