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
