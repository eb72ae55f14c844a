/* A walk of a tree built with malloc, score(n->kids[i]) for each child
 * (blind round 50a: not mentioned at all at the default --min-work). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { J_NUM, J_STR, J_ARR, J_OBJ } Kind;

typedef struct Node {
    Kind kind;
    double num;
    char str[16];
    int nkids;
    struct Node **kids;
} Node;

static unsigned seed = 12345;
static unsigned rnd(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }

static Node *build(int depth)
{
    Node *n = calloc(1, sizeof *n);
    int i;
    if (depth == 0) {
        if (rnd() % 2) { n->kind = J_NUM; n->num = rnd() % 1000; }
        else { n->kind = J_STR; snprintf(n->str, sizeof n->str, "s%u", rnd() % 10000); }
        return n;
    }
    n->kind = (depth % 2) ? J_ARR : J_OBJ;
    n->nkids = 3 + (int)(rnd() % 3);
    n->kids = malloc(sizeof(Node *) * n->nkids);
    for (i = 0; i < n->nkids; i++) n->kids[i] = build(depth - 1);
    return n;
}

static double score(const Node *n)
{
    double s = 0;
    int i;
    const char *p;
    switch (n->kind) {
    case J_NUM:
        for (i = 0; i < 40; i++) s += (n->num + i) * 0.5 / (i + 1);
        return s;
    case J_STR:
        for (p = n->str; *p; p++) s = s * 1.01 + *p;
        return s;
    case J_ARR:
    case J_OBJ:
        for (i = 0; i < n->nkids; i++) s += score(n->kids[i]) * (n->kind == J_OBJ ? 1.0 : 0.5);
        return s;
    }
    return 0;
}

static void free_tree(Node *n)
{
    int i;
    for (i = 0; i < n->nkids; i++) free_tree(n->kids[i]);
    free(n->kids);
    free(n);
}

int main(void)
{
    Node *root = build(10);
    double s = 0;
    int r;
    for (r = 0; r < 6; r++) s += score(root) / (r + 1);
    printf("tree score %.6f\n", s);
    free_tree(root);
    return 0;
}
