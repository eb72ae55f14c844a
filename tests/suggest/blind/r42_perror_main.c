/* Edit distance of many independent string pairs, with a perror at the top of main (blind round 42: it made all of main serial) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NPAIRS 60
#define MAXLEN 1000

static char left[NPAIRS][MAXLEN + 1];
static char right[NPAIRS][MAXLEN + 1];

static void gen(char *s, int len, unsigned seed)
{
    for (int i = 0; i < len; i++) {
        seed = seed * 1103515245u + 12345u;
        s[i] = "ACGT"[(seed >> 16) & 3];
    }
    s[len] = '\0';
}

static int min3(int a, int b, int c)
{
    int m = a < b ? a : b;
    return m < c ? m : c;
}

static int edit_distance(const char *a, const char *b)
{
    int n = (int)strlen(a), m = (int)strlen(b);
    int *dp = malloc(sizeof(int) * (size_t)(n + 1) * (size_t)(m + 1));
#define D(i, j) dp[(i) * (m + 1) + (j)]
    for (int i = 0; i <= n; i++) D(i, 0) = i;
    for (int j = 0; j <= m; j++) D(0, j) = j;
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            D(i, j) = min3(D(i - 1, j) + 1, D(i, j - 1) + 1, D(i - 1, j - 1) + cost);
        }
    }
    int r = D(n, m);
#undef D
    free(dp);
    return r;
}

int main(void)
{
    FILE *log = fopen("/dev/null", "w");
    if (!log) { perror("/dev/null"); return 1; }
    for (int p = 0; p < NPAIRS; p++) {
        int la = MAXLEN / 2 + (p * 37) % (MAXLEN / 2);
        int lb = MAXLEN / 2 + (p * 53) % (MAXLEN / 2);
        gen(left[p], la, (unsigned)p * 7919u + 1);
        gen(right[p], lb, (unsigned)p * 7919u + 1);   /* same prefix stream */
        for (int k = 5; k < lb; k += 17) right[p][k] = 'A';
    }

    int dist[NPAIRS];
    for (int p = 0; p < NPAIRS; p++)
        dist[p] = edit_distance(left[p], right[p]);

    long total = 0;
    int best = 0;
    for (int p = 0; p < NPAIRS; p++) {
        total += dist[p];
        if (dist[p] > dist[best]) best = p;
    }
    printf("pairs=%d total=%ld max=%d at %d\n", NPAIRS, total, dist[best], best);
    for (int p = 0; p < NPAIRS; p += 37) printf("d[%d]=%d\n", p, dist[p]);
    fclose(log);
    return 0;
}
