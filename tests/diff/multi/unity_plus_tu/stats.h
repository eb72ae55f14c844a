/* unity_plus_tu/stats.h — sample collector defined in stats.c (a separate unit) */
#ifndef STATS_H
#define STATS_H
void stats_add(int sample);
int stats_count(void);
int stats_sample(int i);
#endif
