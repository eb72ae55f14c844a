/* An array member of a struct handed to a task, rs[i].v (it decays to its
 * address): of a local array of structs, of a malloc'd one, and of a struct
 * variable.  It ran serially ("extent or aliasing delayc cannot prove"; blind
 * round 45b F3); the task depends on its struct, as a write of part of it,
 * so that ordinary code reading the other members waits for it too. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int id; double v[16]; double w[4]; } Rec;

DELAYED void rec_fill(DELAYED_OUT_N(16) double *v, int id) {
  double s = 0;
  for (long k = 0; k < 1500000; k++) s += (double)(k % 7);   /* slow first */
  for (int k = 0; k < 16; k++) v[k] = id + k * 0.5 + (s > 0 ? 0 : 1);
}

DELAYED double rec_sum(DELAYED_IN_N(16) const double *v) {
  double s = 0;
  for (int k = 0; k < 16; k++) s += v[k] * (k + 1);
  return s;
}

DELAYED void tail(DELAYED_INOUT_N(4) double *w, double x) { for (int k = 0; k < 4; k++) w[k] += x * k; }

int main(void) {
  Rec rs[6], one;
  Rec *heap = malloc(4 * sizeof *heap);
  for (int i = 0; i < 6; i++) { rs[i].id = i; for (int k = 0; k < 4; k++) rs[i].w[k] = k; }
  for (int i = 0; i < 4; i++) { heap[i].id = 10 + i; for (int k = 0; k < 4; k++) heap[i].w[k] = -k; }
  one.id = 99;
  for (int k = 0; k < 4; k++) one.w[k] = 1;
  for (int i = 0; i < 6; i++) rec_fill(rs[i].v, rs[i].id);
  for (int i = 0; i < 4; i++) rec_fill(heap[i].v, heap[i].id);
  rec_fill(one.v, one.id);
  for (int i = 0; i < 6; i++) tail(rs[i].w, rs[i].v[3]);     /* reads what a task wrote */
  tail(one.w, 2.5);
  rs[2].v[0] = -1;                                             /* after its task */
  double s[6], t = 0;
  for (int i = 0; i < 6; i++) s[i] = rec_sum(rs[i].v);
  for (int i = 0; i < 4; i++) t += rec_sum(heap[i].v) + heap[i].w[3];
  for (int i = 0; i < 6; i++) printf("%d: %.2f %.2f\n", rs[i].id, s[i], rs[i].w[3]);
  printf("%.2f %.2f %.2f\n", t, one.v[15], one.w[3]);
  free(heap);
  return 0;
}
