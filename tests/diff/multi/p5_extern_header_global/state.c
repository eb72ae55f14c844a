/* state.c: the program's shared state and its reporter */
#include <stdio.h>
#include "state.h"

long g_total;
char g_last[32] = "nothing";
int g_hist[8];
static int notes;

void state_report(const char *when) {
  printf("[%s] total=%ld last=%s hist0=%d hist7=%d notes=%d\n", when, g_total, g_last, g_hist[0],
         g_hist[7], notes);
}

void state_note(int i) {
  notes++;
  printf("note %d (#%d)\n", i, notes);
}

int state_notes(void) { return notes; }
