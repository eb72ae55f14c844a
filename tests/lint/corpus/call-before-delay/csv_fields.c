/* csv_fields.c — parse three CSV records into their numeric totals.  A helper
 * function spawns the parses with delayed(parse_total)(...); one call site in
 * the helper and one in main wrap the call instead of the callee. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static long parse_total(const char *line)
{
    long total = 0;
    char *end;
    while (*line) {
        long v = strtol(line, &end, 10);
        if (end == line) {
            line++;
            continue;
        }
        total += v;
        line = end;
    }
    return total;
}

static long totals_of(const char *a, const char *b, const char *c)
{
    long ta = delayed(parse_total)(a);
    long tb = delayed(parse_total)(b);
    long tc = delayed(parse_total(c)); // expect: delayed-call-before-delay
    return ta + tb + tc;
}

int main(void)
{
    const char *r1 = "1,2,3,4", *r2 = "10,20,30", *r3 = "7,-7,100";
    long all = totals_of(r1, r2, r3);
    long again = delayed(parse_total(r1)); // expect: delayed-call-before-delay
    long b = delayed(parse_total)(r2);
    long c = delayed(parse_total)(r3);
    printf("all=%ld again=%ld b=%ld c=%ld\n", all, again, b, c);
    return 0;
}
