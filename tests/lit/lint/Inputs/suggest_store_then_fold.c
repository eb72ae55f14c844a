/* per[c] = work(2, c); total += per[c]; (blind round 45a #4): the store is
 * read again in the iteration, so emit runs the call inline; the loop is split
 * like a fold (the note said "each iteration's call would be a task"). */
#include <stdio.h>
long work(int n, int c)
{
    long s = 0;
    int i;
    for (i = 0; i < 2000000 + n * 1000; i++) s += (i ^ c) % 7;
    return s;
}
int main(void)
{
    long per[16], total = 0, b = 0;
    int c;
    for (c = 0; c < 8; c++)
        b += work(1, c);
    for (c = 0; c < 16; c++) {
        per[c] = work(2, c);
        total += per[c];
    }
    printf("%ld %ld\n", b, total);
    return 0;
}
