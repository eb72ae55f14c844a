/* macro_stack_push.c — area 3 (macros declaring a local pointer): an evaluation stack
 * whose PUSH/POP macros declare a local pointer to the stack and write through it;
 * DELAYED functions push, pop and apply operators on a stack passed by pointer,
 * so the order of the tasks decides the result of an RPN evaluation. */
#include <stdio.h>
#include "delayed.h"

typedef struct {
  long items[32];
  int top;
} Stack;

#define PUSH(st, v) do { Stack *s_ = (st); s_->items[s_->top++] = (v); } while (0)
#define POP(st, out) do { Stack *s_ = (st); (out) = s_->items[--s_->top]; } while (0)

DELAYED void push(Stack *st, long v) {
  PUSH(st, v);
}

DELAYED void apply(Stack *st, char op) {
  long a, b;
  POP(st, b);
  POP(st, a);
  long r = op == '+' ? a + b : op == '-' ? a - b : op == '*' ? a * b : (b ? a / b : 0);
  PUSH(st, r);
}

DELAYED long top_of(const Stack *st) {
  return st->top > 0 ? st->items[st->top - 1] : 0;
}

static long eval_rpn(const char *prog) {
  Stack st;
  st.top = 0;
  for (const char *p = prog; *p; p++) {
    if (*p >= '0' && *p <= '9')
      push(&st, *p - '0');
    else if (*p != ' ')
      apply(&st, *p);
  }
  long r = top_of(&st);
  return r;
}

int main(void) {
  const char *progs[4] = {"3 4 + 2 *", "9 3 - 4 2 / *", "1 2 3 4 5 + + + +", "8 2 - 3 - 5 *"};
  for (int i = 0; i < 4; i++)
    printf("%s = %ld\n", progs[i], eval_rpn(progs[i]));
  return 0;
}
