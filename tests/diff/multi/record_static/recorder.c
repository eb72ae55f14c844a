/* record_static/recorder.c — area 2: the recorder behind main.c's `record`, with its
 * state in file-static variables. */
#include "delayed.h"

#define MAXREC 64

static int history[MAXREC];
static int nhistory;

DELAYED void record(int v) {
  if (nhistory < MAXREC)
    history[nhistory++] = v;
}

int recorded_count(void) {
  return nhistory;
}

long recorded_sum(void) {
  long s = 0;
  for (int i = 0; i < nhistory; i++)
    s += history[i];
  return s;
}

int recorded_at(int i) {
  return i >= 0 && i < nhistory ? history[i] : 0;
}
