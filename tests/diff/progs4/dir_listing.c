/* dir_listing.c — area 1 (directories): the program makes a scratch directory with
 * mkdtemp under /tmp; DELAYED tasks create files in it, a DELAYED task counts the
 * entries with opendir/readdir, others delete files and make a subdirectory with
 * mkdir; each count must reflect every create/delete before it in serial order. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "delayed.h"

DELAYED int make_file(const char *dir, const char *name, int lines) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  for (int i = 0; i < lines; i++)
    fprintf(f, "line %d of %s\n", i, name);
  fclose(f);
  return lines;
}

DELAYED int count_entries(const char *dir) {
  DIR *d = opendir(dir);
  int n = 0;
  if (!d)
    return -1;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
      n++;
  closedir(d);
  return n;
}

DELAYED int delete_file(const char *dir, const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return remove(path) == 0;
}

DELAYED int make_subdir(const char *dir, const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return mkdir(path, 0700) == 0;
}

DELAYED long total_size(const char *dir) {
  DIR *d = opendir(dir);
  long sz = 0;
  if (!d)
    return -1;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    char path[512];
    struct stat st;
    if (e->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
      sz += (long)st.st_size;
  }
  closedir(d);
  return sz;
}

int main(void) {
  char dir[] = "/tmp/delayc_dirlist_XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  const char *names[5] = {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"};
  int counts[8];
  counts[0] = count_entries(dir);
  for (int i = 0; i < 5; i++)
    make_file(dir, names[i], i + 1);
  counts[1] = count_entries(dir);
  long size1 = total_size(dir);
  delete_file(dir, "b.txt");
  delete_file(dir, "d.txt");
  counts[2] = count_entries(dir);
  make_subdir(dir, "sub");
  counts[3] = count_entries(dir);
  long size2 = total_size(dir);
  printf("counts %d %d %d %d\n", counts[0], counts[1], counts[2], counts[3]);
  printf("sizes %ld %ld\n", size1, size2);

  int removed = 0;
  removed += delete_file(dir, "a.txt");
  removed += delete_file(dir, "c.txt");
  removed += delete_file(dir, "e.txt");
  counts[4] = count_entries(dir);
  printf("removed %d, left %d\n", removed, counts[4]);

  char sub[512];
  snprintf(sub, sizeof sub, "%s/sub", dir);
  rmdir(sub);
  if (rmdir(dir) != 0)
    printf("scratch dir not empty\n");
  return 0;
}
