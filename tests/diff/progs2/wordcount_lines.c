/* wordcount_lines.c — a new user's word count: one delayed count per line of a
 * text held in a 2-D char array (DELAYED_IN_N on a row), results into an int
 * array, a delayed longest-word per line into a struct array member, then an
 * ordinary total. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include "delayed.h"

#define LINES 8
#define WIDTH 64

static const char *text[LINES] = {
    "the quick brown fox jumps over the lazy dog",
    "  leading spaces and   multiple   gaps ",
    "",
    "one",
    "delayed functions make tasks out of calls",
    "a b c d e f g h i j k l m n o p",
    "tabs\tare\tspaces\ttoo",
    "last line of the little text",
};

struct stat { int words; int longest; };

DELAYED int count_words(DELAYED_IN_N(WIDTH) const char *line)
{
    int n = 0, in = 0;
    for (int i = 0; line[i]; i++) {
        if (isspace((unsigned char)line[i]))
            in = 0;
        else if (!in) {
            in = 1;
            n++;
        }
    }
    return n;
}

DELAYED int longest_word(DELAYED_IN_N(WIDTH) const char *line)
{
    int best = 0, cur = 0;
    for (int i = 0;; i++) {
        if (line[i] == '\0' || isspace((unsigned char)line[i])) {
            if (cur > best)
                best = cur;
            cur = 0;
            if (line[i] == '\0')
                break;
        } else
            cur++;
    }
    return best;
}

int main(void)
{
    char buf[LINES][WIDTH];
    for (int i = 0; i < LINES; i++) {
        strncpy(buf[i], text[i], WIDTH - 1);
        buf[i][WIDTH - 1] = '\0';
    }

    int counts[LINES];
    struct stat st[LINES];
    for (int i = 0; i < LINES; i++) {
        counts[i] = count_words(buf[i]);
        st[i].longest = longest_word(buf[i]);
        st[i].words = counts[i];
    }

    int total = 0;
    for (int i = 0; i < LINES; i++) {
        total += counts[i];
        printf("line %d: %d words, longest %d\n", i, st[i].words, st[i].longest);
    }
    printf("total words: %d\n", total);
    return 0;
}
