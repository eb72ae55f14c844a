/* hashtable.c — a chained hash table of word counts: malloc'd nodes, a global
 * table, static statistics, and a million inserts of a tiny hash function in a
 * loop.  No annotations: no finding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKET 4096

struct node {
    char key[16];
    int count;
    struct node *next;
};

static struct node *table[NBUCKET];
static long collisions;

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h % NBUCKET;
}

static int insert(const char *key)
{
    unsigned b = hash(key);
    for (struct node *n = table[b]; n; n = n->next)
        if (strcmp(n->key, key) == 0)
            return ++n->count;
    struct node *n = malloc(sizeof *n);
    if (!n)
        return -1;
    snprintf(n->key, sizeof n->key, "%s", key);
    n->count = 1;
    n->next = table[b];
    if (table[b])
        collisions++;
    table[b] = n;
    return 1;
}

static void free_all(void)
{
    for (int b = 0; b < NBUCKET; b++)
        while (table[b]) {
            struct node *n = table[b];
            table[b] = n->next;
            free(n);
        }
}

int main(void)
{
    char key[16];
    int maxc = 0;
    for (int i = 0; i < 1000000; i++) {
        snprintf(key, sizeof key, "w%d", (i * 7919) % 20000);
        int c = insert(key);
        if (c > maxc)
            maxc = c;
    }
    printf("max count %d, collisions %ld\n", maxc, collisions);
    free_all();
    return 0;
}
