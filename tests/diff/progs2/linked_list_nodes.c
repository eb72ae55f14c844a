/* linked_list_nodes.c — a linked list built by ordinary code (malloc), then one
 * delayed task per node whose result goes into a member through the node pointer
 * (`p->sq = square(p->v)`), a second pass reading that member, list walked again
 * by ordinary code and freed. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct node { int v; long sq; long cube; struct node *next; };

DELAYED long square(int v) { return (long)v * v; }
DELAYED long times(long a, int v) { return a * v; }

int main(void)
{
    struct node *head = NULL, **tail = &head;
    for (int i = 1; i <= 20; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n)
            return 1;
        n->v = i * 3 - 10;
        n->sq = n->cube = 0;
        n->next = NULL;
        *tail = n;
        tail = &n->next;
    }

    for (struct node *p = head; p; p = p->next)
        p->sq = square(p->v);
    for (struct node *p = head; p; p = p->next)
        p->cube = times(p->sq, p->v);

    long s = 0;
    for (struct node *p = head; p; p = p->next) {
        printf("%d %ld %ld\n", p->v, p->sq, p->cube);
        s += p->cube;
    }
    printf("sum of cubes %ld\n", s);

    while (head) {
        struct node *nx = head->next;
        free(head);
        head = nx;
    }
    return 0;
}
