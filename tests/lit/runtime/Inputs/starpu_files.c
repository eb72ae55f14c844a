/* Files written by ordinary code (every rank would write them: a warning) and
 * by a DELAYED function (its task runs once, on rank 0: no warning); standard
 * input read by ordinary code (only rank 0 has it: a warning); a temporary
 * file of mkstemp's (each rank its own: no warning). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

DELAYED int save(const char *path, int v) {          /* a task on <files>: rank 0 */
  FILE *f = fopen(path, "w");
  if (!f) return -1;
  fprintf(f, "%d\n", v);
  return fclose(f);
}

DELAYED int twice(int v) { return 2 * v; }

int main(void) {
  int v = twice(21);
  int rc = save("starpu_files.out", v);
  FILE *log = fopen("starpu_files.log", "a");         /* every rank: a warning */
  if (log) {
    fprintf(log, "%d\n", v);
    fclose(log);
  }
  int c = getchar();                                   /* only rank 0 has input: a warning */
  printf("%d %d %d\n", v, rc, c == EOF);
  remove("starpu_files.log");                          /* every rank: a warning */
  char tmp[] = "/tmp/starpu_filesXXXXXX";
  int fd = mkstemp(tmp);                               /* each rank its own: no warning */
  if (fd >= 0) close(fd);
  unlink(tmp);                                         /* a named file: a warning */
  return 0;
}
