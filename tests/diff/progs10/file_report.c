/* file_report.c — tasks compute per-station statistics, a void task writes a CSV report (delayed_after), a bound task reads it back (delayed_bind) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NST 8
#define REPORT "/tmp/blind10/file_report.csv"

typedef struct {
  int station;
  double mean_temp;
  double max_temp;
  long hot_days;
} Stats;

/* A long synthetic temperature record per station. */
DELAYED Stats station_stats(int station, long days) {
  Stats s = {station, 0.0, -1e300, 0};
  unsigned long long g = 1469598103934665603ULL ^ (unsigned long long)station;
  for (long d = 0; d < days; d++) {
    g = g * 6364136223846793005ULL + 1442695040888963407ULL;
    double noise = (double)(g >> 40) / 16777216.0 - 0.5;
    long doy = d % 365;
    double season = (doy < 182 ? doy : 364 - doy) / 182.0;
    double t = 5.0 + station + 20.0 * season + 6.0 * noise;
    s.mean_temp += t;
    if (t > s.max_temp) s.max_temp = t;
    if (t > 25.0) s.hot_days++;
  }
  s.mean_temp /= days;
  return s;
}

/* Write the report once (a task: on a cluster it runs on rank 0). */
DELAYED void write_report(const char *path, DELAYED_IN_N(n) const Stats *st, int n) {
  FILE *f = fopen(path, "w");
  if (!f) exit(4);
  fprintf(f, "station,mean,max,hot_days\n");
  for (int i = 0; i < n; i++)
    fprintf(f, "%d,%.6f,%.6f,%ld\n", st[i].station, st[i].mean_temp, st[i].max_temp, st[i].hot_days);
  fclose(f);
}

/* Read the report back: count rows and total hot days. */
DELAYED long total_hot_days(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char line[256];
  long total = 0, rows = 0;
  if (!fgets(line, sizeof line, f)) {
    fclose(f);
    return -2;
  }
  while (fgets(line, sizeof line, f)) {
    int st;
    double m, mx;
    long hot;
    if (sscanf(line, "%d,%lf,%lf,%ld", &st, &m, &mx, &hot) == 4) {
      total += hot;
      rows++;
    }
  }
  fclose(f);
  return total * 100 + rows;
}

int main(void) {
  Stats st[NST];
  for (int i = 0; i < NST; i++) st[i] = station_stats(i, 365L * 1500);
  delayed_token written = delayed_after(write_report(REPORT, st, NST));
  long code = delayed_bind(total_hot_days, written)(REPORT);
  for (int i = 0; i < NST; i++)
    printf("station %d: mean %.4f max %.4f hot days %ld\n", st[i].station, st[i].mean_temp, st[i].max_temp,
           st[i].hot_days);
  printf("report rows=%ld total hot days=%ld\n", code % 100, code / 100);
  return 0;
}
