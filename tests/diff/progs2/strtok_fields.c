/* strtok_fields.c — parsing records with library calls that keep hidden state:
 * a delayed function using strtok on a private copy of each CSV line (strtok's
 * saved position is shared by all threads), called for many lines; and
 * `delayed(atoi)` / `delayed(strtol)` on the fields. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define NL 32
#define W 128

DELAYED int field_sum(DELAYED_IN_N(W) const char *line)
{
    char buf[W];
    strncpy(buf, line, sizeof buf - 1);
    buf[sizeof buf - 1] = '\0';
    int s = 0;
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        s = s * 3 + atoi(tok);
        for (int k = 0; k < 3000; k++)
            s = (s * 7 + k) % 100003;
    }
    return s;
}

int main(void)
{
    static char lines[NL][W];
    for (int i = 0; i < NL; i++) {
        int n = 0;
        for (int f = 0; f < 12 + i % 7; f++)
            n += snprintf(lines[i] + n, (size_t)(W - n), "%s%d", f ? "," : "", (i * 31 + f * 7) % 100);
    }
    int sums[NL];
    for (int i = 0; i < NL; i++)
        sums[i] = field_sum(lines[i]);
    int first[NL];
    for (int i = 0; i < NL; i++)
        first[i] = delayed(atoi)(lines[i]);
    long big = delayed(strtol)("12345", NULL, 10);
    for (int i = 0; i < NL; i++)
        printf("%s => %d (first %d)\n", lines[i], sums[i], first[i]);
    printf("big=%ld\n", big);
    return 0;
}
