/* A list walked by `p = p->next` while each node's result is a task's
 * (blind round 44 F3.5): the step read p->next after a wait for every task
 * on memory, the task just spawned among them, so the tasks ran one at a
 * time.  The step's wait now names p->next alone (the tasks write
 * p->result), in the for form (at the end of each round, not before the
 * loop, where p is not set yet) and the while form (`p = p->next;`). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct node {
    int key;
    long result;
    struct node *next;
} node;

DELAYED long heavy(int key)
{
    long x = key;
    for (int r = 0; r < 300000; r++) x = (x * 48271 + r) % 2147483647;
    return x;
}

int main(void)
{
    node *head = NULL, *p;
    long s = 0;
    for (int k = 0; k < 12; k++) {
        node *nd = malloc(sizeof *nd);
        nd->key = k * 3 + 1;
        nd->result = 0;
        nd->next = head;
        head = nd;
    }
    for (p = head; p; p = p->next) p->result = heavy(p->key);
    for (p = head; p; p = p->next) s = s * 3 + p->result % 1000;
    p = head;
    while (p) {
        p->result = heavy(p->key + 1);
        p = p->next;
    }
    for (p = head; p; p = p->next) s = s * 3 + p->result % 997;
    printf("%ld\n", s);
    while (head) {
        p = head->next;
        free(head);
        head = p;
    }
    return 0;
}
