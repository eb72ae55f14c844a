/* string_tools.c — record clean-up tasks for a fixed-width report.  Library
 * calls that write into a pointer parameter (strcpy, memset, memcpy, strncat,
 * snprintf) are writes through it; a write through a local alias of the
 * parameter is one too.  The DELAYED_OUT_N destination may be written, also by a
 * library call; reading from a source (strlen, strchr, memcmp) is fine, and so is
 * writing a local buffer. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "delayed.h"

DELAYED size_t normalize_name(char *name, const char *src)
{
    strcpy(name, src); // expect: delayed-mutates-input
    for (char *p = name; *p; p++)
        *p = (char)tolower((unsigned char)*p); // expect: delayed-mutates-input
    return strlen(name);
}

DELAYED int pad_record(char *rec, int width)
{
    int len = (int)strlen(rec);
    if (len < width) {
        memset(rec + len, ' ', (size_t)(width - len)); // expect: delayed-mutates-input
        rec[width] = '\0'; // expect: delayed-mutates-input
    }
    return len;
}

DELAYED int copy_header(DELAYED_OUT_N(16) char *dst, const char *src)
{
    memcpy(dst, src, 16);
    dst[15] = '\0';
    return (int)strlen(dst);
}

DELAYED int checksum(const char *s, char *scratch)
{
    memcpy(scratch, s, 8); // expect: delayed-mutates-input
    scratch[8] = '\0'; // expect: delayed-mutates-input
    strncat(scratch, "!", 1); // expect: delayed-mutates-input
    int c = 0;
    for (int i = 0; i < 8; i++)
        c = c * 31 + scratch[i];
    return c;
}

DELAYED int label(char *dst, int n, const char *prefix, int id)
{
    char local[32];
    int w = snprintf(local, sizeof local, "%s-%04d", prefix, id);
    if (strchr(prefix, '-') == NULL && memcmp(prefix, "tmp", 3) != 0)
        snprintf(dst, (size_t)n, "%s", local); // expect: delayed-mutates-input
    return w;
}

DELAYED int label_into(DELAYED_OUT_N(n) char *dst, int n, const char *prefix, int id)
{
    return snprintf(dst, (size_t)n, "%s-%04d", prefix, id);
}

int main(void)
{
    char name[32], rec[40] = "id=42", hdr[16], scratch[16] = "";
    char who[] = "Ada LOVELACE", title[] = "REPORT-HEADER-2026", key[] = "abcdefgh";
    size_t n = normalize_name(name, who);
    int len = pad_record(rec, 32);
    int h = copy_header(hdr, title);
    int c = checksum(key, scratch);
    char l1[24], l2[24], pre[] = "job";
    int w1 = label(l1, 24, pre, 7);
    int w2 = label_into(l2, 24, pre, 8);
    printf("%s|%zu|%s|%d|%s|%d|%d\n", name, n, rec, len, hdr, h, c);
    printf("%s %d %s %d\n", l1, w1, l2, w2);
    return 0;
}
