/* covers: a linked list built by tasks (each node malloc'd by a task, linked by ordinary code), walked by a task */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct Node { int v; struct Node *next; } Node;
DELAYED Node *mk(int v) { Node *n = malloc(sizeof *n); n->v = v * v; n->next = NULL; return n; }
DELAYED int walk(const Node *n) { int s = 0; for (; n; n = n->next) s = s * 3 + n->v; return s; }
DELAYED void inc(Node *n) { for (; n; n = n->next) n->v++; }

int main(void) {
  Node *head = NULL;
  for (int i = 0; i < 6; i++) {
    Node *n = mk(i);
    n->next = head;
    head = n;
  }
  int a = walk(head);
  inc(head->next);
  int b = walk(head);
  printf("%d %d\n", a, b);
  while (head) { Node *n = head->next; free(head); head = n; }
  return 0;
}
