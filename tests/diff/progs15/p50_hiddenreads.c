/* seven hidden reads of an updated global: macro, pointer, element, index, itself, loop condition, function (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

long total;       /* read through a macro */
long total2;      /* read through a pointer */
int hist[4];      /* another element read */
int hist2[4];     /* index reads the array */
long dbl;         /* value reads the global itself */
unsigned mask = 1;
int count;        /* loop condition reads it */
long viafn;       /* value computed by a function that reads it */
#define TOTAL_NOW total

static long get_viafn(void) { return viafn; }

DELAYED void t1(int i) { usleep(3000 + 2000 * (i % 3)); total += i; if (TOTAL_NOW > 10) total += 100; }
DELAYED void t2(int i) { usleep(3000 + 2000 * (i % 3)); long *p = &total2; total2 += i; if (*p > 10) total2 += 100; }
DELAYED void t3(int i) { usleep(3000 + 2000 * (i % 3)); hist[i % 4]++; if (hist[0] > 1) hist[3] += 10; }
DELAYED void t4(int i) { usleep(3000 + 2000 * (i % 3)); hist2[hist2[0] % 4]++; (void)i; }
DELAYED void t5(int i) { usleep(3000 + 2000 * (i % 3)); if (i % 2) dbl += dbl + 1; else dbl += i; mask |= mask << 1; }
DELAYED void t6(int i) { usleep(3000 + 2000 * (i % 3)); while (count < 3 * i) count++; }
DELAYED void t7(int i) { usleep(3000 + 2000 * (i % 3)); viafn += get_viafn() > 5 ? 1 : i; }

int main(void) {
  for (int i = 0; i < 6; i++) t1(i);
  for (int i = 0; i < 6; i++) t2(i);
  for (int i = 0; i < 6; i++) t3(i);
  for (int i = 0; i < 6; i++) t4(i);
  for (int i = 0; i < 6; i++) t5(i);
  for (int i = 0; i < 6; i++) t6(i);
  for (int i = 0; i < 6; i++) t7(i);
  printf("%ld %ld [%d %d %d %d] [%d %d %d %d] %ld %#x %d %ld\n", total, total2, hist[0], hist[1], hist[2], hist[3],
         hist2[0], hist2[1], hist2[2], hist2[3], dbl, mask, count, viafn);
  return 0;
}
