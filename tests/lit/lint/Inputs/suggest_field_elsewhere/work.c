#include "work.h"

void run_stream(Stream *st)
{
    long p;
    unsigned x = st->seed;
    double s = 0;
    for (p = 0; p < st->paths; p++) {
        x = x * 1103515245u + 12345u;
        s += (double)(x >> 16) / 65536.0;
    }
    st->sum = s;
}
