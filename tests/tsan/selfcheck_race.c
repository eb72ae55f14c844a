/* selfcheck_race.c — a planted race between two tasks: run-tsan.sh requires
 * ThreadSanitizer+Archer to report it, so that a broken setup (tool not loaded,
 * wrong libomp, reports lost) cannot pass silently.  Archer sees a race between
 * tasks only when they run on different threads, so each of the two threads of
 * the team runs its own undeferred task (`if(0)`: executed at once by the thread
 * that creates it); nothing orders thread 0's write of `a` before thread 1's read
 * (the barrier comes after both). */
#include <omp.h>
#include <stdio.h>

int main(void)
{
    int a = 0, b = 0;
#pragma omp parallel num_threads(2) shared(a, b)
    {
        int me = omp_get_thread_num();
#pragma omp task if(0) shared(a, b)
        {
            if (me == 0)
                a = 1;
            else
                b = a + 1;
        }
    }
    printf("%d\n", a + b > 0);
    return 0;
}
