/* Parsing a web server log in chunks.  Each chunk is parsed by a task that
 * counts status classes; a user passes the results of calls to delayed(). */
#include <delayed.h>
#include <string.h>

#define CHUNKS 8
#define CHUNK_BYTES 65536

typedef struct {
  long ok;
  long client_err;
  long server_err;
} status_counts;

static int status_of(const char *line) {
  const char *q = strstr(line, "\" ");
  if (!q)
    return 0;
  return (q[2] - '0') * 100 + (q[3] - '0') * 10 + (q[4] - '0');
}

/* Counts the lines of one chunk whose status is a server error. */
DELAYED long count_5xx(DELAYED_IN_N(CHUNK_BYTES) const char *chunk) {
  long n = 0;
  const char *line = chunk;
  for (int i = 0; i < CHUNK_BYTES; i++) {
    if (chunk[i] == '\n') {
      if (status_of(line) >= 500)
        n++;
      line = chunk + i + 1;
    }
  }
  return n;
}

DELAYED long count_lines(DELAYED_IN_N(CHUNK_BYTES) const char *chunk) {
  long n = 0;
  for (int i = 0; i < CHUNK_BYTES; i++)
    n += chunk[i] == '\n';
  return n;
}

static long checksum(const char *s, long n) {
  long h = 0;
  for (long i = 0; i < n; i++)
    h = h * 31 + s[i];
  return h;
}

long scan_log(char text[CHUNKS][CHUNK_BYTES], long *lines_out) {
  long errors[CHUNKS];
  long lines[CHUNKS];
  for (int c = 0; c < CHUNKS; c++) {
    errors[c] = delayed(count_5xx)(text[c]);
    lines[c] = delayed(count_lines)(text[c]);
  }
  delayed_compute(errors, lines);
  long e = 0, l = 0;
  for (int c = 0; c < CHUNKS; c++) {
    e += errors[c];
    l += lines[c];
  }
  *lines_out = l;
  return e;
}

long scan_two(const char *restrict head, const char *restrict tail) {
  long h = delayed(count_5xx)(head);
  long t = delayed(count_5xx)(tail);
  long sum = delayed(checksum(head, CHUNK_BYTES)); // expect: delayed-call-before-delay
  delayed_compute(h, t);
  return h + t + (sum & 1);
}

int header_ok(const char *restrict a, const char *restrict b) {
  long la = delayed(count_lines)(a);
  long lb = delayed(count_lines)(b);
  delayed_compute(la, lb);
  if (delayed(strncmp(a, b, 16)) != 0) // expect: delayed-call-before-delay
    return 0;
  return la == lb;
}

/* A table of parsers, as a plugin system would have. */
typedef struct {
  long (*count)(const char *chunk);
  const char *name;
} log_plugin;

static long count_bytes(const char *chunk) { return (long)strlen(chunk); }
static long count_quotes(const char *chunk) {
  long n = 0;
  for (const char *p = chunk; *p; p++)
    n += *p == '"';
  return n;
}

static long (*const kCounters[2])(const char *) = {count_bytes, count_quotes};

#define LINES_OF(c) count_lines(c)

long plugin_totals(const log_plugin *plug, const char *restrict a, const char *restrict b) {
  long x = delayed(count_5xx)(a);
  long y = delayed(count_5xx)(b);
  long via_member = delayed(plug->count(a)); // expect: delayed-call-before-delay
  long via_table = delayed(kCounters[1](b)); // expect: delayed-call-before-delay
  long via_macro = delayed(LINES_OF(a)); // expect: delayed-call-before-delay
  long nested_arg = delayed(count_bytes)(plug->name);
  long two_deep = delayed(count_bytes(plug->name + count_quotes(a) % 2)); // expect: delayed-call-before-delay
  delayed_compute(x, y, nested_arg);
  return x + y + via_member + via_table + via_macro + nested_arg + two_deep;
}
