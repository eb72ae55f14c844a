/* strings_words.c — covers: a small text-statistics job as a user would write it:
 * per-line tasks returning a struct (word/vowel counts) from a `const char *`
 * line, delayed(strlen) on each line, ordinary code aggregating in line order
 * and picking the longest line, and a char buffer OUT task (upper-casing a line). */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include "delayed.h"

struct line_stats { int words; int vowels; int longest_word; };

DELAYED static struct line_stats analyse(const char *line)
{
    struct line_stats st = { 0, 0, 0 };
    int cur = 0;
    for (const char *p = line; ; p++) {
        if (*p && isalpha((unsigned char)*p)) {
            cur++;
            if (strchr("aeiouAEIOU", *p))
                st.vowels++;
        } else {
            if (cur > 0) {
                st.words++;
                if (cur > st.longest_word)
                    st.longest_word = cur;
            }
            cur = 0;
        }
        if (!*p)
            break;
    }
    return st;
}

DELAYED static void upper(const char *src, DELAYED_OUT_N(cap) char *dst, int cap)
{
    int i = 0;
    for (; src[i] && i < cap - 1; i++)
        dst[i] = (char)toupper((unsigned char)src[i]);
    dst[i] = '\0';
}

static const char *poem[] = {
    "Dask delayed turns ordinary functions into tasks",
    "and the scheduler runs whatever is ready",
    "while results flow lazily along the edges of the graph",
    "until compute asks for them",
    "",
    "In C the annotations vanish without the tool",
    "so the program stays a serial program",
    "a reference answer for every thread count",
};

int main(void)
{
    enum { NL = sizeof poem / sizeof poem[0] };
    struct line_stats st[NL];
    size_t len[NL];
    for (int i = 0; i < NL; i++) {
        st[i] = analyse(poem[i]);
        len[i] = delayed(strlen)(poem[i]);
    }
    char shout[64];
    upper(poem[3], shout, (int)sizeof shout);

    int words = 0, vowels = 0, longest = 0, longest_line = 0;
    for (int i = 0; i < NL; i++) {
        words += st[i].words;
        vowels += st[i].vowels;
        if (st[i].longest_word > longest)
            longest = st[i].longest_word;
        if (len[i] > len[longest_line])
            longest_line = i;
    }
    printf("lines=%d words=%d vowels=%d longest_word=%d\n", NL, words, vowels, longest);
    printf("longest line (%zu chars): %s\n", len[longest_line], poem[longest_line]);
    printf("%s\n", shout);
    return 0;
}
