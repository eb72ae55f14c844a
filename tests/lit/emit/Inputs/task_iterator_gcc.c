/* task_iterator_gcc.c — delayc output of an earlier version (tasks without the
 * instrumentation's task id), reduced from tests/gen/regressions/soak_572829919.c:
 * two tasks with depend(iterator(...)) whose counts fold to constants, one in a
 * nested block.  gcc 12 -O1 warns -Wdangling-pointer on them unless each is
 * bracketed by DELAYC_RT_TASK_RANGE_BEGIN/END (lit: emit/task-iterator-gcc.test). */
#include <omp.h>
#include <stdlib.h>
#include "delayc_rt.h"
unsigned sumv(const unsigned *v, int n)
{
    unsigned s = 17u;
    for (int i = 0; i < n; i++)
        s = s * 31u + v[i];
    return s;
}
int main(void)
{ if (omp_get_level() == 0) { __typeof__(int) __dc_r; _Pragma("omp parallel") _Pragma("omp master") __dc_r = main(); return __dc_r; } int __dc_sp = 0;
    unsigned *B2 = malloc(24 * sizeof *B2);
    for (int i3 = 0; i3 < 24; i3++)
        B2[i3] = (unsigned)i3 ^ 647u;
    if (27u % 2u == 1u) {
        __typeof__(const unsigned int *) __dc_a5_0 = (B2 + 16); __typeof__(int) __dc_a5_1 = (5); { __dc_sp = 1; DELAYC_RT_TASK_RANGE_BEGIN _Pragma("omp task default(shared) firstprivate(__dc_a5_0, __dc_a5_1) shared(B2) depend(iterator(long __dc_k = 0:((__dc_a5_1))), in: B2[(16) + __dc_k]) depend(out: B2[14])") { DELAYC_RT_TASK_RANGE_END DELAYC_RT_TASK_BEGIN("sumv", 59); B2[14] = sumv(__dc_a5_0, __dc_a5_1); DELAYC_RT_TASK_END("sumv", 59); } }
    }
    __typeof__(const unsigned int *) __dc_a8_0 = (B2 + 10); __typeof__(int) __dc_a8_1 = (7); __typeof__(unsigned int) v20; { __dc_sp = 1; DELAYC_RT_TASK_RANGE_BEGIN _Pragma("omp task default(shared) firstprivate(__dc_a8_0, __dc_a8_1) shared(B2, v20) depend(iterator(long __dc_k = 0:((__dc_a8_1))), in: B2[(10) + __dc_k]) depend(out: v20)") { DELAYC_RT_TASK_RANGE_END DELAYC_RT_TASK_BEGIN("sumv", 63); v20 = sumv(__dc_a8_0, __dc_a8_1); DELAYC_RT_TASK_END("sumv", 63); } }
    if (__dc_sp) { _Pragma("omp taskwait") }
    unsigned r = v20 ^ B2[14];
    free(B2);
    return r == 0u;
}
