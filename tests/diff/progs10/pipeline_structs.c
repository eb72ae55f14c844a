/* pipeline_structs.c — load -> transform -> summarize per record, with structs passed and returned by value */
#include <stdio.h>
#include "delayed.h"

#define NREC 12
#define LEN 512

typedef struct {
  int id;
  int len;
  double v[LEN];
} Record;

typedef struct {
  int id;
  double mean;
  double peak;
  int peak_at;
  double energy;
} Summary;

/* "Load" a sensor trace (synthesized from the id). */
DELAYED Record load(int id) {
  Record r;
  r.id = id;
  r.len = LEN;
  unsigned s = 77u + (unsigned)id * 131u;
  for (int i = 0; i < LEN; i++) {
    s = s * 1664525u + 1013904223u;
    r.v[i] = ((i * (id + 3)) % 50) / 10.0 + (double)(s >> 20) / 4096.0;
  }
  return r;
}

/* Smooth the trace with many passes of a 3-point filter, then apply a gain. */
DELAYED Record transform(Record r, double gain, int passes) {
  double tmp[LEN];
  for (int p = 0; p < passes; p++) {
    tmp[0] = r.v[0];
    tmp[r.len - 1] = r.v[r.len - 1];
    for (int i = 1; i < r.len - 1; i++) tmp[i] = 0.25 * r.v[i - 1] + 0.5 * r.v[i] + 0.25 * r.v[i + 1];
    for (int i = 0; i < r.len; i++) r.v[i] = tmp[i];
  }
  for (int i = 0; i < r.len; i++) r.v[i] *= gain;
  return r;
}

DELAYED Summary summarize(Record r) {
  Summary s = {r.id, 0.0, -1e300, -1, 0.0};
  for (int i = 0; i < r.len; i++) {
    s.mean += r.v[i];
    s.energy += r.v[i] * r.v[i];
    if (r.v[i] > s.peak) {
      s.peak = r.v[i];
      s.peak_at = i;
    }
  }
  s.mean /= r.len;
  return s;
}

int main(void) {
  Summary sums[NREC];
  for (int i = 0; i < NREC; i++) {
    Record raw = load(i);
    Record clean = transform(raw, 1.0 + 0.1 * i, 4000);
    sums[i] = summarize(clean);
  }
  double best = -1e300;
  int best_id = -1;
  for (int i = 0; i < NREC; i++) {
    printf("record %2d: mean=%.6f peak=%.6f at %d energy=%.4f\n", sums[i].id, sums[i].mean, sums[i].peak,
           sums[i].peak_at, sums[i].energy);
    if (sums[i].energy > best) {
      best = sums[i].energy;
      best_id = sums[i].id;
    }
  }
  printf("most energetic record: %d (%.4f)\n", best_id, best);
  return 0;
}
