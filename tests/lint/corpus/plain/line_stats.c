/* line_stats.c — file I/O: write a temporary file, read it back line by line
 * with fgets into a caller's buffer, count words and the longest line.  Static
 * state, out-parameters, errno.  No annotations: no finding. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

struct stats {
    long lines, words, longest;
};

static int last_error;

static int read_line(FILE *f, char *buf, int cap, struct stats *st)
{
    if (!fgets(buf, cap, f)) {
        last_error = ferror(f) ? errno : 0;
        return 0;
    }
    long len = (long)strcspn(buf, "\n");
    buf[len] = '\0';
    st->lines++;
    if (len > st->longest)
        st->longest = len;
    for (char *w = strtok(buf, " \t"); w; w = strtok(NULL, " \t"))
        st->words++;
    return 1;
}

int main(void)
{
    FILE *f = tmpfile();
    if (!f) {
        perror("tmpfile");
        return 1;
    }
    for (int i = 0; i < 100; i++)
        fprintf(f, "line %d has %d extra words%s\n", i, i % 5, i % 7 ? "" : " and a tail");
    rewind(f);
    char buf[128];
    struct stats st = { 0, 0, 0 };
    while (read_line(f, buf, (int)sizeof buf, &st))
        ;
    fclose(f);
    printf("%ld lines, %ld words, longest %ld (error %d)\n", st.lines, st.words, st.longest, last_error);
    return 0;
}
