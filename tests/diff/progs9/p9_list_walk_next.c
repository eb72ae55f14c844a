/* p = p->next walks of a linked list in ordinary code while tasks work on
 * the nodes' data blocks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct Node {
  int n;
  double *data;
  double sum;
  struct Node *next;
} Node;

DELAYED void smooth(DELAYED_INOUT_N(n) double *d, int n) {
  for (int r = 0; r < 40; r++)
    for (int i = 1; i < n; i++) d[i] = 0.5 * (d[i] + d[i - 1]);
}

DELAYED double dsum(DELAYED_IN_N(n) const double *d, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += d[i];
  return s;
}

int main(void) {
  Node *head = NULL;
  for (int k = 0; k < 6; k++) {
    Node *nd = malloc(sizeof *nd);
    if (!nd) return 1;
    nd->n = 10 + k;
    nd->data = malloc(sizeof(double) * (size_t)nd->n);
    if (!nd->data) return 1;
    for (int i = 0; i < nd->n; i++) nd->data[i] = (double)((i * 7 + k) % 5);
    nd->sum = 0;
    nd->next = head;
    head = nd;
  }
  for (Node *p = head; p; p = p->next) smooth(p->data, p->n);
  Node *p = head;
  int idx = 0;
  while (p) {
    p->data[0] += idx;          /* single element write after its task */
    p = p->next;
    idx++;
  }
  for (p = head; p != NULL; p = p->next) p->sum = dsum(p->data, p->n);
  p = head;
  p = p->next;
  p->data[p->n - 1] = -2.0;     /* after the dsum on that block read it */
  smooth(p->data, p->n);
  double s2 = dsum(p->data, p->n);
  idx = 0;
  for (Node *q = head; q; q = q->next, idx++)
    printf("node %d n=%d sum=%.6f d0=%.6f\n", idx, q->n, q->sum, q->data[0]);
  printf("s2=%.6f\n", s2);
  while (head) {
    Node *nx = head->next;
    free(head->data);
    free(head);
    head = nx;
  }
  return 0;
}
