// RUN: %delayc lint --checks=delayed-too-fine %s | FileCheck %s
// RUN: %delayc lint --checks=delayed-too-fine --check-option=delayed-too-fine.MinTasks=2000000 %s | FileCheck %s --check-prefix=FEWER --allow-empty
// RUN: %delayc lint --checks=delayed-too-fine --check-option=delayed-too-fine.TaskOverhead=100000 --check-option=delayed-too-fine.MinTasks=1 %s | FileCheck %s --check-prefix=COSTLY
#include "delayed.h"

#define N 1000000
DELAYED int inc(int x) { return x + 1; }
DELAYED long chunk(DELAYED_IN_N(n) const int *v, int n) { long s = 0; for (int i = 0; i < n; i++) s += v[i] * 3; return s; }

int main(int argc, char **argv)
{
    (void)argv;
    static int in[N], out[N], out2[N];
    long part[8];
    for (int i = 0; i < N; i++) out2[i] = inc(in[i]);   /* emit runs it in batches: not reported */
    for (int i = N; i > 0; i -= 2) { out[i - 1] = delayed(inc)(i); if (out[i - 1] < 0) break; }
    for (int c = 0; c < 8; c++) part[c] = chunk(in + c * (N / 8), N / 8);
    for (int i = 0; i < argc; i++) out[i] = inc(i);      /* unknown trip count: not judged */
    delayed_compute(out, part);
    long s = 0;
    for (int i = 0; i < N; i++) s += out2[i];
    return out[3] + (int)part[1] + (int)s;
}
// CHECK-NOT: too-fine.c:15:{{.*}}warning
// CHECK: too-fine.c:16:51: warning: 500000 tasks of 'inc', each about {{[0-9]+}} ns of work: the cost of a task (about 1000 ns) outweighs its work, and delayc emit cannot run this loop in batches (--explain says why); give each task a batch of items [delayed-too-fine]
// CHECK: too-fine.c:7:13: note: 'inc' is estimated at {{[0-9]+}} ns per call (options: delayed-too-fine.TaskOverhead, delayed-too-fine.MinTasks)
// CHECK-NOT: too-fine.c:{{1[5789]}}:{{.*}}warning: {{.*}}[delayed-too-fine]
// FEWER-NOT: [delayed-too-fine]
// COSTLY-NOT: too-fine.c:15:{{.*}}warning
// COSTLY: too-fine.c:16:51: warning
// COSTLY-NOT: too-fine.c:17:{{.*}}warning
