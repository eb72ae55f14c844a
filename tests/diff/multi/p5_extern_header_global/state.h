/* state.h: globals defined in state.c, declared here */
#ifndef P5_STATE_H
#define P5_STATE_H

extern long g_total;
extern char g_last[32];
extern int g_hist[8];

void state_report(const char *when);
void state_note(int i);
int state_notes(void);

#endif
