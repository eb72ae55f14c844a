#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int counter;
struct big { char buf[8192]; };
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void mutate(int *v, int n) { for (int i = 0; i < n; i++) v[i]++; counter++; }
static int by_value(struct big b) { return b.buf[0]; }
int main(void)
{
    int v[100];
    for (int i = 0; i < 100; i++) v[i] = 100 - i;
    qsort(v, 100, sizeof *v, cmp);
    mutate(v, 100);
    static struct big b;
    strcpy(b.buf, "x");
    for (int i = 0; i < 1000000; i++) counter += by_value(b);
    printf("%d %d\n", v[0], counter);
    return 0;
}
