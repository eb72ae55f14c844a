/* job_queue_disk.c — area 1 (shared FILE*): a job queue on disk.  main writes the
 * queue file and opens it into a global FILE *; DELAYED workers each take the next
 * job with fscanf from that shared stream and append a result line to a done file
 * through a second global FILE *; main then prints the done file.  Job i must go to
 * call i, and results must be in the serial order. */
#include <stdio.h>
#include "delayed.h"

#define QUEUE "t_jobq_queue.txt"
#define DONE "t_jobq_done.txt"
#define NJOB 10

static FILE *queue_in;
static FILE *done_out;

DELAYED int take_job(int worker) {
  int id, n;
  if (fscanf(queue_in, "%d %d", &id, &n) != 2)
    return -1;
  long acc = 0;
  for (int i = 1; i <= n; i++)
    acc += (long)i * i;
  fprintf(done_out, "worker %d did job %d: %ld\n", worker, id, acc);
  return id;
}

int main(void) {
  FILE *q = fopen(QUEUE, "w");
  if (!q)
    return 1;
  for (int i = 0; i < NJOB; i++)
    fprintf(q, "%d %d\n", 100 + i, (i * 7) % 11 + 1);
  fclose(q);

  queue_in = fopen(QUEUE, "r");
  done_out = fopen(DONE, "w");
  if (!queue_in || !done_out)
    return 1;
  int taken[NJOB];
  for (int i = 0; i < NJOB; i++)
    taken[i] = take_job(i % 3);
  int extra = take_job(9);
  for (int i = 0; i < NJOB; i++)
    printf("call %d took job %d\n", i, taken[i]);
  printf("extra call took %d\n", extra);
  fclose(queue_in);
  fclose(done_out);

  FILE *d = fopen(DONE, "r");
  if (!d)
    return 1;
  char line[128];
  while (fgets(line, sizeof line, d))
    fputs(line, stdout);
  fclose(d);
  remove(QUEUE);
  remove(DONE);
  return 0;
}
