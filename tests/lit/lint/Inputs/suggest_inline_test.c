/* Records parsed in a loop whose statement tests each call's result at once
 * (blind 74a, a CSV parser): every call would run inline. */
#include <stdio.h>
#include <stdlib.h>

typedef struct { long id; double sum; } Record;

static int parse_record(const char *line, int len, Record *out)
{
    long v = 0;
    double s = 0;
    for (int r = 0; r < 200; r++)
        for (int i = 0; i < len; i++) { v = v * 31 + line[i]; s += (line[i] % 7) * 0.5; }
    out->id = v;
    out->sum = s;
    return v % 5 == 0;
}

int main(void)
{
    enum { N = 2000, L = 40 };
    char *text = malloc(N * L);
    Record *recs = malloc(N * sizeof *recs);
    int bad = 0;
    for (int i = 0; i < N * L; i++) text[i] = (char)('0' + (i * 13) % 43);
    for (int r = 0; r < N; r++) {
        if (parse_record(text + r * L, L, &recs[r]) != 0) bad++;
    }
    double t = 0;
    for (int r = 0; r < N; r++) t += recs[r].sum;
    printf("%d %.1f\n", bad, t);
    free(text);
    free(recs);
    return 0;
}
