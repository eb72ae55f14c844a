/* timers.c — an event queue from an existing code base that happens to name a
 * function `delayed` (schedule after a delay) and one `delayed_compute`.  It
 * does not include delayed.h and has no annotations, so `delayed(next(x))` is an
 * ordinary call: no finding. */
#include <stdio.h>

struct event {
    int at;
    int id;
};

static struct event queue[32];
static int nq;
static int now;

static int delayed(int ms)
{
    if (nq == 32)
        return -1;
    queue[nq].at = now + ms;
    queue[nq].id = nq;
    return nq++;
}

static int next_delay(int ms) { return ms * 2; }

static int delayed_compute(int id) { return id >= 0 && id < nq ? queue[id].at : -1; }

int main(void)
{
    int a = delayed(10);
    int b = delayed(next_delay(15));
    for (int i = 0; i < 5; i++)
        delayed(next_delay(i));
    now = 100;
    printf("%d %d %d\n", delayed_compute(a), delayed_compute(b), nq);
    return 0;
}
