/* macro_setv.c — area 3 (writes hidden in macros): a tiny Lua-like value stack.
 * DELAYED functions store into TValue slots through Lua-style macros that declare
 * a local pointer and write through it (`{ TValue *io_ = (o); io_->n = (x); ... }`),
 * on unannotated pointer parameters; later DELAYED tasks read the slots. */
#include <stdio.h>
#include "delayed.h"

enum { T_NIL, T_NUM, T_BOOL };

typedef struct {
  int tt;
  double n;
} TValue;

#define setnvalue(obj, x) \
  { TValue *io_ = (obj); io_->n = (x); io_->tt = T_NUM; }
#define setbvalue(obj, b) \
  { TValue *io_ = (obj); io_->n = (b) ? 1.0 : 0.0; io_->tt = T_BOOL; }
#define setnilvalue(obj) ((obj)->tt = T_NIL)
#define setobj(o1, o2) \
  { TValue *o1_ = (o1); const TValue *o2_ = (o2); o1_->n = o2_->n; o1_->tt = o2_->tt; }

DELAYED void push_num(TValue *slot, double x) {
  setnvalue(slot, x * x);
}

DELAYED void push_cmp(TValue *slot, double a, double b) {
  setbvalue(slot, a < b);
}

DELAYED void copy_slot(TValue *dst, const TValue *src) {
  setobj(dst, src);
}

DELAYED void clear_slot(TValue *slot) {
  setnilvalue(slot);
}

DELAYED double as_number(const TValue *v) {
  return v->tt == T_NIL ? -1.0 : v->n;
}

static const char *type_name(int tt) {
  return tt == T_NUM ? "number" : tt == T_BOOL ? "boolean" : "nil";
}

int main(void) {
  TValue stack[8];
  for (int i = 0; i < 8; i++) {
    stack[i].tt = T_NIL;
    stack[i].n = 0.0;
  }
  for (int i = 0; i < 4; i++)
    push_num(&stack[i], i + 0.5);
  push_cmp(&stack[4], 1.0, 2.0);
  push_cmp(&stack[5], 3.0, 2.0);
  copy_slot(&stack[6], &stack[2]);
  double before = as_number(&stack[1]);
  clear_slot(&stack[1]);
  double after = as_number(&stack[1]);
  double sum = 0.0;
  for (int i = 0; i < 8; i++)
    sum += as_number(&stack[i]);
  for (int i = 0; i < 8; i++)
    printf("slot %d: %s %.3f\n", i, type_name(stack[i].tt), stack[i].n);
  printf("slot1 before %.3f after %.3f, sum %.3f\n", before, after, sum);
  return 0;
}
