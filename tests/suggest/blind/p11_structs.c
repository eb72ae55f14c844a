#include <stdio.h>
#include <math.h>
#define N 40
struct rec { int id; double val; double norm; char tag; };
static struct rec recs[N];
int main(void)
{
    int i, k;
    for (i = 0; i < N; i++) { recs[i].id = i; recs[i].val = i * 1.5; }
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(recs[i].val + k);
        recs[i].norm = s;
        recs[i].tag = s > 0 ? 'p' : 'n';
    }
    for (i = 1; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += cos(recs[i].norm + k);
        recs[i].val = s + recs[i - 1].val;
    }
    for (i = 0; i < N; i += 5) printf("%d %c %.5f %.5f\n", recs[i].id, recs[i].tag, recs[i].norm, recs[i].val);
    return 0;
}
