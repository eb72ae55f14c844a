/* alloc_results.c — delayed functions that allocate and return memory: a
 * `void *` block, an `int *` array built inside the task, a `struct node *`
 * list; the pointers are passed to other delayed functions that read them, then
 * freed by ordinary code. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct node { int v; struct node *next; };

DELAYED void *block(size_t n, int fill)
{
    unsigned char *p = malloc(n);
    if (p)
        for (size_t i = 0; i < n; i++)
            p[i] = (unsigned char)(fill + i);
    return p;
}

DELAYED int *squares(int n)
{
    int *a = malloc((size_t)n * sizeof *a);
    if (a)
        for (int i = 0; i < n; i++)
            a[i] = i * i;
    return a;
}

DELAYED struct node *chain(int n)
{
    struct node *head = NULL;
    for (int i = 0; i < n; i++) {
        struct node *nd = malloc(sizeof *nd);
        if (!nd)
            break;
        nd->v = i * 3;
        nd->next = head;
        head = nd;
    }
    return head;
}

DELAYED long bsum(DELAYED_IN_N(n) const void *p, size_t n)
{
    const unsigned char *b = p;
    long s = 0;
    for (size_t i = 0; i < n; i++)
        s += b[i];
    return s;
}

DELAYED long asum(DELAYED_IN_N(n) const int *a, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += a[i];
    return s;
}

DELAYED long lsum(DELAYED_IN const struct node *h)
{
    long s = 0;
    for (; h; h = h->next)
        s += h->v;
    return s;
}

int main(void)
{
    void *blk = block(100, 3);
    int *sq = squares(50);
    struct node *lst = chain(20);
    long s1 = bsum(blk, 100);
    long s2 = asum(sq, 50);
    long s3 = lsum(lst);
    printf("s1=%ld s2=%ld s3=%ld\n", s1, s2, s3);
    free(blk);
    free(sq);
    while (lst) {
        struct node *n = lst->next;
        free(lst);
        lst = n;
    }
    return 0;
}
