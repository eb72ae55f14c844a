/* serial_writer.c — ordinary calls given a pending task's memory (lit input). */
#include <stdio.h>
#include "delayed.h"
struct S { unsigned a[4]; unsigned n; };
DELAYED unsigned sumv(DELAYED_IN_N(n) const unsigned *v, int n) { unsigned s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
DELAYED unsigned sums(const struct S *s) { return s->a[0] + s->a[3]; }
void wr(unsigned *v) { v[0] = 9; }
void rd(const unsigned *v) { printf("%u\n", v[0]); }
int main(void)
{
    unsigned m[2][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}};
    struct S s = {{1, 2, 3, 4}, 4};
    unsigned v = sumv(m[1], 4);
    unsigned x = sums(&s);
    rd(m[1]);                 /* MARK-READ */
    wr(m[1]);                 /* MARK-WRITE-ROW */
    wr(s.a);                  /* MARK-WRITE-MEMBER */
    printf("%u %u %zu\n", v, x, sizeof m[1]);
    return 0;
}
