/* A tree evaluated at 64 points (blind 71a): each eval() of the root walks
 * the whole tree, a recursion on n->l and n->r whose size no parameter says. */
#include <stdio.h>
#include <stdlib.h>

#ifndef DEPTH
#define DEPTH 14
#endif

typedef struct Node { int op; double v; struct Node *l, *r; } Node;

static Node *build(int depth, unsigned long key)
{
    Node *n = malloc(sizeof *n);
    n->op = depth == 0 ? 0 : (int)(key % 3) + 1;
    n->v = (double)(key % 7);
    n->l = depth ? build(depth - 1, key * 2 + 1) : NULL;
    n->r = depth ? build(depth - 1, key * 2 + 2) : NULL;
    return n;
}

static double eval(const Node *n, double x)
{
    double a, b;
    if (n->op == 0) return n->v * x;
    a = eval(n->l, x);
    b = eval(n->r, x);
    return n->op == 1 ? a + b : n->op == 2 ? a - b : 0.5 * (a + b);
}

int main(void)
{
    Node *root = build(DEPTH, 1);
    double ys[64];
    int i;
    for (i = 0; i < 64; i++)
        ys[i] = eval(root, i * 0.1);
    for (i = 0; i < 64; i++)
        printf("%d %.6g\n", i, ys[i]);
    return 0;
}
