/* Results stored into an array member, s.arr[i] of a local struct and
 * b->vals[i] through a pointer (blind rounds 48b, 49b: serial, "an lvalue
 * delayc cannot track"): tasks on those elements; the loop condition reading
 * s.n waits for no task (only the regions it touches), and the sum after the
 * loop waits for all of them. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { long arr[8]; int n; } S;
DELAYED long f(int i) { long s = 0; for (long k = 0; k < 2000000; k++) s += (k * i) % 13; return s; }
typedef struct { long vals[32]; int n; } Blk;
static void fill(Blk *b) { for (int i = 0; i < b->n; i++) b->vals[i] = f(i + 3); }
int main(void) {
  S s; s.n = 8;
  Blk *b = malloc(sizeof *b);
  if (!b) return 1;
  b->n = 32;
  fill(b);
  for (int i = 0; i < s.n; i++) s.arr[i] = f(i);
  long t = 0;
  for (int i = 0; i < 8; i++) t += s.arr[i];
  for (int i = 0; i < 32; i++) t += b->vals[i] * i;
  free(b);
  printf("t=%ld\n", t);
  return 0;
}
