/* json.c — a JSON string, for every stage that writes JSON (graph, plan,
 * lint, suggest): escapes, and a byte that is not UTF-8 (a Latin-1 label or
 * path) as the replacement character, so that the document stays valid. */
#include "util/util.h"

/* The length of the valid UTF-8 sequence at s, or 0. */
static int utf8_len(const unsigned char *s) {
  int n = s[0] < 0x80 ? 1 : (s[0] & 0xe0) == 0xc0 && s[0] >= 0xc2 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3
        : (s[0] & 0xf8) == 0xf0 && s[0] <= 0xf4 ? 4 : 0;
  for (int i = 1; i < n; i++)
    if ((s[i] & 0xc0) != 0x80) return 0;
  if (n == 3 && ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0))) return 0;  /* overlong, surrogate */
  if (n == 4 && ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))) return 0;
  return n;
}

void json_str(FILE *o, const char *s) {
  fputc('"', o);
  while (*s) {
    unsigned char c = (unsigned char)*s;
    int n = utf8_len((const unsigned char *)s);
    if (c == '"' || c == '\\') fprintf(o, "\\%c", c);
    else if (c == '\n') fputs("\\n", o);
    else if (c == '\t') fputs("\\t", o);
    else if (c == '\r') fputs("\\r", o);
    else if (c < 0x20 || c == 0x7f) fprintf(o, "\\u%04x", c);
    else if (!n) fputs("\\ufffd", o);
    else { fwrite(s, 1, (size_t)n, o); s += n; continue; }
    s++;
  }
  fputc('"', o);
}
