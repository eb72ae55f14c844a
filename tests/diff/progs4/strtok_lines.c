/* strtok_lines.c — area 1 (library state): DELAYED tasks split CSV records with
 * strtok (hidden static state shared by every caller) and return a field count and
 * a sum per record; main also uses strtok on its own string between task calls. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

typedef struct {
  int fields;
  int sum;
} RecStat;

DELAYED RecStat parse_record(const char *rec) {
  char buf[128];
  RecStat st = {0, 0};
  strncpy(buf, rec, sizeof buf - 1);
  buf[sizeof buf - 1] = '\0';
  for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
    st.fields++;
    st.sum += atoi(tok);
  }
  return st;
}

int main(void) {
  const char *records[8] = {
      "1,2,3,4,5,6,7,8,9,10,11,12", "100,200", "7,7,7,7,7,7,7", "42",
      "10,20,30,40,50,60,70,80,90", "5,4,3,2,1", "3,1,4,1,5,9,2,6,5,3,5", "99,1",
  };
  RecStat st[8];
  for (int i = 0; i < 8; i++)
    st[i] = parse_record(records[i]);

  char header[] = "id;name;score;rank";
  int ncols = 0;
  for (char *t = strtok(header, ";"); t; t = strtok(NULL, ";"))
    printf("col %d: %s\n", ncols++, t);

  for (int i = 0; i < 8; i++)
    printf("record %d: %d fields, sum %d\n", i, st[i].fields, st[i].sum);
  return 0;
}
