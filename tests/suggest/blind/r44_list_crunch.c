/* a list walk whose helper is proposed once the loop body is dropped (blind round 44: nothing proposed) */
/* free-list compaction: walk the list, process each node, unlink its successor when merged */
#include <stdio.h>
#include <stdlib.h>

#define NN 1500
#define WORK 2000

struct node {
    int key;
    double val;
    double *data;
    struct node *next;
};

static double crunch(const double *d, int n, int key)
{
    int i, r;
    double s = 0.0;
    for (r = 0; r < 2; r++)
        for (i = 0; i < n; i++)
            s = s * 0.999 + d[i] * ((key + i + r) % 5);
    return s;
}

int main(void)
{
    struct node *head = NULL, *p;
    double *res;
    int i, k, count;
    unsigned long h;

    for (i = NN - 1; i >= 0; i--) {
        p = (struct node *)malloc(sizeof *p);
        p->key = i;
        p->data = (double *)malloc(WORK * sizeof(double));
        for (k = 0; k < WORK; k++)
            p->data[k] = (double)((i * 7 + k * 3) % 11);
        p->next = head;
        head = p;
    }
    res = (double *)malloc(NN * sizeof(double));
    for (p = head, i = 0; p; p = p->next, i++) {
        res[i] = crunch(p->data, WORK, p->key) + crunch(p->data, WORK / 2, p->key + 1);
    }
    for (p = head, i = 0; p; p = p->next, i++)
        p->val = res[i];
    free(res);
    h = 0; count = 0;
    for (p = head; p; p = p->next) {
        h = h * 131 + (unsigned long)p->key + (unsigned long)p->val;
        count++;
    }
    printf("nodes %d hash %lu\n", count, h);
    while (head) { p = head->next; free(head->data); free(head); head = p; }
    return 0;
}
