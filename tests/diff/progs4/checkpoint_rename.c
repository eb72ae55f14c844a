/* checkpoint_rename.c — area 1 (file I/O, rename/remove): a simulation advances a
 * state with DELAYED steps; a DELAYED task writes a checkpoint to a temporary file
 * and rename()s it into place, a DELAYED task restores from the checkpoint, and a
 * DELAYED task remove()s old checkpoints.  Restores must see the latest save. */
#include <stdio.h>
#include "delayed.h"

#define CKPT "t_ckpt_state.dat"
#define CKPT_TMP "t_ckpt_state.tmp"

typedef struct {
  int step;
  long value;
} State;

DELAYED State advance(State s) {
  for (int k = 0; k < 5000; k++)
    s.value = (s.value * 17 + k + s.step) % 1000003;
  s.step++;
  return s;
}

DELAYED int save_checkpoint(State s) {
  FILE *f = fopen(CKPT_TMP, "w");
  if (!f)
    return -1;
  fprintf(f, "%d %ld\n", s.step, s.value);
  fclose(f);
  if (rename(CKPT_TMP, CKPT) != 0)
    return -1;
  return s.step;
}

DELAYED State restore_checkpoint(void) {
  State s = {-1, -1};
  FILE *f = fopen(CKPT, "r");
  if (!f)
    return s;
  if (fscanf(f, "%d %ld", &s.step, &s.value) != 2) {
    s.step = -2;
    s.value = -2;
  }
  fclose(f);
  return s;
}

DELAYED int drop_checkpoint(void) {
  return remove(CKPT) == 0 ? 1 : 0;
}

int main(void) {
  remove(CKPT);
  remove(CKPT_TMP);
  State s = {0, 1};
  int saved[4];
  for (int round = 0; round < 4; round++) {
    for (int k = 0; k < 3; k++)
      s = advance(s);
    saved[round] = save_checkpoint(s);
  }
  State r = restore_checkpoint();
  printf("saved steps %d %d %d %d\n", saved[0], saved[1], saved[2], saved[3]);
  printf("restored step %d value %ld\n", r.step, r.value);
  printf("live step %d value %ld\n", s.step, s.value);

  int dropped = drop_checkpoint();
  State gone = restore_checkpoint();
  printf("dropped %d, after drop step %d\n", dropped, gone.step);

  /* crash-recovery: restart from a restored state */
  State t = {100, 5};
  save_checkpoint(t);
  State back = restore_checkpoint();
  back = advance(back);
  printf("recovered step %d value %ld\n", back.step, back.value);
  int again = drop_checkpoint();
  printf("dropped again %d\n", again);
  return 0;
}
