/* strutil.c — ordinary string utilities, no delayc annotations: in-place trim
 * and upper-casing through pointer parameters, strcpy/memset into buffers, a
 * global call counter and a static scratch buffer.  Existing code like this must
 * produce no finding at all. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static unsigned long calls;

static char *trim(char *s)
{
    calls++;
    char *end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1]))
        *--end = '\0';
    while (*s && isspace((unsigned char)*s))
        s++;
    return s;
}

static void upcase(char *s)
{
    calls++;
    for (; *s; s++)
        *s = (char)toupper((unsigned char)*s);
}

static const char *repeat(const char *s, int n)
{
    static char buf[256];
    calls++;
    buf[0] = '\0';
    for (int i = 0; i < n && strlen(buf) + strlen(s) < sizeof buf; i++)
        strcat(buf, s);
    return buf;
}

static void clear(char *dst, size_t n)
{
    memset(dst, 0, n);
}

static void copy_word(char *dst, const char *src)
{
    strcpy(dst, src);
    (*dst)++;
    --*dst;
}

int main(void)
{
    char line[64] = "   hello, world   ";
    char word[32];
    char *t = trim(line);
    upcase(t);
    clear(word, sizeof word);
    copy_word(word, "delayed");
    printf("[%s] [%s] [%s] after %lu calls\n", t, word, repeat("ab", 3), calls);
    return 0;
}
