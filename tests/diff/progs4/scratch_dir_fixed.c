/* scratch_dir_fixed.c — area 1 (mkdir/opendir/remove): a spool directory with a fixed
 * relative name; DELAYED tasks create it with mkdir, drop job files in it, count
 * them with opendir/readdir, remove some, and finally remove the directory; every
 * count must reflect the creates and removes before it in serial order. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "delayed.h"

#define SPOOL "t_spool_dir"

DELAYED int make_spool(void) {
  return mkdir(SPOOL, 0700) == 0;
}

DELAYED int drop_job(int id) {
  char path[64];
  snprintf(path, sizeof path, SPOOL "/job%03d", id);
  FILE *f = fopen(path, "w");
  if (!f)
    return 0;
  fprintf(f, "job %d\n", id);
  fclose(f);
  return 1;
}

DELAYED int count_jobs(void) {
  DIR *d = opendir(SPOOL);
  int n = 0;
  if (!d)
    return -1;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (strncmp(e->d_name, "job", 3) == 0)
      n++;
  closedir(d);
  return n;
}

DELAYED int finish_job(int id) {
  char path[64];
  snprintf(path, sizeof path, SPOOL "/job%03d", id);
  return remove(path) == 0;
}

DELAYED int drop_spool(void) {
  return rmdir(SPOOL) == 0;
}

int main(void) {
  int made = make_spool();
  int c0 = count_jobs();
  int dropped = 0;
  for (int i = 0; i < 8; i++)
    dropped += drop_job(i);
  int c1 = count_jobs();
  int finished = 0;
  for (int i = 0; i < 8; i += 2)
    finished += finish_job(i);
  int c2 = count_jobs();
  for (int i = 1; i < 8; i += 2)
    finished += finish_job(i);
  int c3 = count_jobs();
  int gone = drop_spool();
  int c4 = count_jobs();
  printf("made %d dropped %d finished %d removed-dir %d\n", made, dropped, finished, gone);
  printf("counts %d %d %d %d %d\n", c0, c1, c2, c3, c4);
  return 0;
}
