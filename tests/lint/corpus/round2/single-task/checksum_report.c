/* Checksums of a backup archive.  Several helpers spawn exactly one task
 * and wait for it at once. */
#include <delayed.h>
#include <stdint.h>
#include <string.h>

#define PARTS 4
#define PART_BYTES 262144

typedef struct {
  uint32_t crc[PARTS];
  uint64_t total;
} archive_sum;

DELAYED uint32_t adler_part(int part, uint32_t salt) {
  uint32_t a = 1, b = 0;
  for (int i = 0; i < PART_BYTES; i++) {
    a = (a + (uint32_t)((part * 131 + i) ^ salt) % 251) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

DELAYED uint64_t byte_total(int part) {
  uint64_t s = 0;
  for (int i = 0; i < PART_BYTES; i++)
    s += (uint64_t)((part + i) & 0xff);
  return s;
}

static void log_progress(const char *what) { (void)what; }

/* Wrong: one task, computed, returned. */
uint32_t header_crc(uint32_t salt) {
  uint32_t c = delayed(adler_part)(0, salt); // expect: delayed-single-task
  delayed_compute(c);
  return c;
}

/* Wrong: the value is used at once in the return expression. */
uint64_t total_plus_header(int part) {
  return byte_total(part) + 64; // expect: delayed-single-task
}

/* Wrong: the setup before the spawn does not overlap the task. */
uint32_t trailer_crc(uint32_t salt) {
  uint32_t mix = salt;
  for (int i = 0; i < 16; i++)
    mix = mix * 2654435761u + (uint32_t)i;
  uint32_t c = delayed(adler_part)(PARTS - 1, mix); // expect: delayed-single-task
  if (c == 0)
    return 1;
  return c;
}

/* Right: every part is a task. */
void sum_archive(archive_sum *restrict out) {
  uint32_t crc[PARTS];
  uint64_t tot[PARTS];
  for (int p = 0; p < PARTS; p++) {
    crc[p] = delayed(adler_part)(p, 0u);
    tot[p] = delayed(byte_total)(p);
  }
  delayed_compute(crc, tot);
  out->total = 0;
  for (int p = 0; p < PARTS; p++) {
    out->crc[p] = crc[p];
    out->total += tot[p];
  }
}

/* Right: two independent tasks, then one wait. */
uint64_t first_and_last(void) {
  uint64_t a = delayed(byte_total)(0);
  uint64_t b = delayed(byte_total)(PARTS - 1);
  delayed_compute(a, b);
  return a + b;
}

/* Right: one task, but other work runs before the wait. */
uint32_t crc_with_logging(uint32_t salt) {
  uint32_t c = delayed(adler_part)(1, salt);
  log_progress("checksumming part 1");
  char banner[32];
  memset(banner, '=', sizeof banner - 1);
  banner[sizeof banner - 1] = '\0';
  delayed_compute(c);
  return c + (uint32_t)strlen(banner);
}
