/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (p07_fnptr_write) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"
typedef struct Obj { int val; struct Obj *peer; void (*hook)(struct Obj *); } Obj;
static void inc_peer(Obj *o) { if (o->peer) o->peer->val += 100; }
static void nop(Obj *o) { (void)o; }
/* const object, but its hook (called through a function pointer) writes */
DELAYED long poke(const Obj *o) { usleep(2000); o->hook(o->peer); return 1; }
DELAYED long look(const Obj *o) { usleep(10000); long s = 0; for (int i = 0; i < 3 && o; i++, o = o->peer) s += o->val; return s; }
int main(void) {
  Obj *a = malloc(sizeof *a), *b = malloc(sizeof *b), *c = malloc(sizeof *c);
  *c = (Obj){3, NULL, nop}; *b = (Obj){2, c, inc_peer}; *a = (Obj){1, b, inc_peer};
  long r1 = look(a);
  long r2 = poke(a);
  long r3 = look(a);
  long r4 = poke(a);
  long r5 = look(a);
  printf("%ld %ld %ld %ld %ld\n", r1, r2, r3, r4, r5);
  return 0;
}
