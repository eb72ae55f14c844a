/* Counting k-mers of DNA reads.  The counting tasks are called through
 * delayed(f)(...), so they are delayed functions too. */
#include <delayed.h>
#include <string.h>
#include <stdlib.h>

#define K 4
#define TABLE (1 << (2 * K))
#define READ_LEN 150
#define READS 64

static int base_code(char b) {
  switch (b) {
  case 'A': return 0;
  case 'C': return 1;
  case 'G': return 2;
  case 'T': return 3;
  default: return -1;
  }
}

static void canonical_upper(char *s) {
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z')
      *s = (char)(*s - 'a' + 'A');
}

/* Wrong: upper-cases the read it was given, then counts into an unmarked table. */
long count_read(char *read, long *table) {
  canonical_upper(read); // expect: delayed-mutates-input
  long kmers = 0;
  int code = 0, valid = 0;
  for (const char *p = read; *p; p++) {
    int c = base_code(*p);
    if (c < 0) {
      valid = 0;
      continue;
    }
    code = ((code << 2) | c) & (TABLE - 1);
    if (++valid >= K) {
      table[code]++; // expect: delayed-mutates-input
      kmers++;
    }
  }
  return kmers;
}

/* Wrong: trims the trailing newline of the read in place. */
long trimmed_length(char *read) {
  size_t n = strlen(read);
  do {
    if (n > 0 && read[n - 1] == '\n') {
      read[--n] = '\0'; // expect: delayed-mutates-input
    }
  } while (0);
  return (long)n;
}

/* Wrong: copies the reverse complement over a buffer it only reads. */
long revcomp_gc(const char *read, char *work) {
  strcpy(work, read); // expect: delayed-mutates-input
  long gc = 0;
  for (const char *p = read; *p; p++)
    gc += *p == 'G' || *p == 'C';
  return gc;
}

/* Right: copies the read before changing it, counts into a declared table. */
long count_read_copy(const char *read, DELAYED_INOUT_N(TABLE) long *table) {
  char local[READ_LEN + 1];
  strncpy(local, read, READ_LEN);
  local[READ_LEN] = '\0';
  canonical_upper(local);
  long kmers = 0;
  int code = 0, valid = 0;
  for (const char *p = local; *p; p++) {
    int c = base_code(*p);
    if (c < 0) {
      valid = 0;
      continue;
    }
    code = ((code << 2) | c) & (TABLE - 1);
    if (++valid >= K) {
      table[code]++;
      kmers++;
    }
  }
  return kmers;
}

long count_all(char reads[READS][READ_LEN + 1], char *scratch) {
  long *table = calloc(TABLE, sizeof *table);
  long *table2 = calloc(TABLE, sizeof *table2);
  long n[READS], len[READS], gc[2];
  if (!table || !table2) {
    free(table);
    free(table2);
    return -1;
  }
  for (int r = 0; r < READS; r++) {
    n[r] = delayed(count_read)(reads[r], table);
    len[r] = delayed(trimmed_length)(reads[r]);
  }
  gc[0] = delayed(revcomp_gc)(reads[0], scratch);
  gc[1] = delayed(count_read_copy)(reads[1], table2);
  delayed_compute(n, len, gc);
  long total = gc[0] + gc[1];
  for (int r = 0; r < READS; r++)
    total += n[r] + len[r];
  free(table);
  free(table2);
  return total;
}
