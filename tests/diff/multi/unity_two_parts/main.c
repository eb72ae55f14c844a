/* unity_two_parts/main.c — area 5 (unity build of two parts): includes geom.c and
 * report.c; points are moved by DELAYED translate calls, distances measured by
 * DELAYED dist2 calls inside a report.c helper, a report file written by a DELAYED
 * task and read back by main. */
#include <stdio.h>
#include "geom.c"
#include "report.c"

#define NP 6
#define REPORT "t_unity_two_parts.txt"

int main(void) {
  Pt pts[NP];
  for (int i = 0; i < NP; i++) {
    pts[i].x = i * 3;
    pts[i].y = (i * i) % 7;
  }
  long d[NP - 1];
  long best1 = closest_pair(pts, NP, d);
  for (int i = 0; i < NP; i += 2)
    translate(&pts[i], 10, -i);
  long best2 = closest_pair(pts, NP, d);
  int n = write_report(REPORT, d, NP - 1);
  printf("closest before %ld, after %ld, %d pairs reported\n", best1, best2, n);
  FILE *f = fopen(REPORT, "r");
  if (f) {
    char line[64];
    while (fgets(line, sizeof line, f))
      printf("report: %s", line);
    fclose(f);
  }
  remove(REPORT);
  for (int i = 0; i < NP; i++)
    printf("pt %d: (%ld, %ld)\n", i, pts[i].x, pts[i].y);
  return 0;
}
