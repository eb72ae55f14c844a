/* Counts 5-mers of a set of reads.  Reads are split into batches; each batch
 * counts into its own table, and the tables are merged serially afterwards. */
#include <delayed.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define K 5
#define TABLE (1 << (2 * K))
#define READ_LEN 100
#define READS 4000
#define BATCHES 16
#define PER_BATCH (READS / BATCHES)

typedef char read_t[READ_LEN + 1];

static const signed char kCode[4] = {0, 1, 2, 3};

static int code_of(char b) {
  switch (b) {
  case 'A': case 'a': return kCode[0];
  case 'C': case 'c': return kCode[1];
  case 'G': case 'g': return kCode[2];
  case 'T': case 't': return kCode[3];
  default: return -1;
  }
}

/* Counts the k-mers of PER_BATCH reads into table (cleared first). */
DELAYED long count_batch(DELAYED_IN_N(PER_BATCH) const read_t *reads,
                         DELAYED_OUT_N(TABLE) unsigned *table) {
  long kmers = 0;
  memset(table, 0, TABLE * sizeof *table);
  for (int r = 0; r < PER_BATCH; r++) {
    unsigned code = 0;
    int valid = 0;
    const char *p = reads[r];
    do {
      int c = code_of(*p);
      if (c < 0) {
        valid = 0;
      } else {
        code = ((code << 2) | (unsigned)c) & (TABLE - 1);
        if (++valid >= K) {
          table[code]++;
          kmers++;
        }
      }
    } while (*++p);
  }
  return kmers;
}

static void fake_reads(read_t *reads, int n) {
  static const char bases[] = "ACGT";
  unsigned x = 7u;
  for (int r = 0; r < n; r++) {
    for (int i = 0; i < READ_LEN; i++) {
      x = x * 1103515245u + 12345u;
      reads[r][i] = bases[(x >> 16) & 3];
    }
    reads[r][READ_LEN] = '\0';
  }
}

int main(void) {
  read_t *reads = malloc(READS * sizeof *reads);
  unsigned *tables = malloc((size_t)BATCHES * TABLE * sizeof *tables);
  if (!reads || !tables) {
    free(reads);
    free(tables);
    return 1;
  }
  fake_reads(reads, READS);
  long n[BATCHES];
  for (int b = 0; b < BATCHES; b++)
    n[b] = delayed(count_batch)(reads + b * PER_BATCH, tables + (size_t)b * TABLE);
  delayed_compute(n, tables);

  long total = 0;
  unsigned best = 0, best_code = 0;
  for (int b = 0; b < BATCHES; b++)
    total += n[b];
  for (unsigned c = 0; c < TABLE; c++) {
    unsigned sum = 0;
    for (int b = 0; b < BATCHES; b++)
      sum += tables[(size_t)b * TABLE + c];
    if (sum > best) {
      best = sum;
      best_code = c;
    }
  }
  printf("%ld k-mers, most common code %u (%u times)\n", total, best_code, best);
  free(tables);
  free(reads);
  return 0;
}
