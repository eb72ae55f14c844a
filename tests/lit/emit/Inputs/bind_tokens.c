/* bind.c — delayed_after gives a token for a void task; delayed_bind runs a
 * later call after the task behind the token (main itself prints nothing, so the tasks may print). */
#include <stdio.h>
#include "delayed.h"

DELAYED void say(const char *what, int v) { printf("%s %d\n", what, v); }

int main(void)
{
    delayed_token first = delayed_after(say("first", 1));
    delayed_token second = delayed_after(delayed_bind(say, first)("second", 2));
    delayed_compute(second);
    return 0;
}
