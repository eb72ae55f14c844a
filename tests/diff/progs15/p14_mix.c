/* += in one task and |= in another on the same global (kept in order) (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

unsigned state = 1;

DELAYED void add_part(int i) { usleep(8000 + (i % 2) * 7000); state += (unsigned)i * 3; }
DELAYED void set_bit(int i)  { usleep(6000 + (i % 3) * 5000); state |= 1u << (i + 4); }

int main(void) {
  for (int i = 0; i < 6; i++) { add_part(i); set_bit(i); }
  printf("state=%#x\n", state);
  return 0;
}
