// Records in a global array and in a static local one, each with a counted
// member, handed as &accounts[a]: the task declares the record's region and
// its members' (blind 62a bank: it read and wrote all memory, one task after
// another, and suggest said "the same for every call"; a static local array,
// 62a mixer: "holds pointers to memory delayc cannot track").  With no
// direction on the parameter, the explain gives the one to write (63b).
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK: explain: call of 'settle': argument '&accounts[a]' points to a struct whose pointer members say their counts (DELAYED_N): the task declares their regions
// CHECK: explain: call of 'settle': argument '&mine[a]' points to a struct whose pointer members say their counts (DELAYED_N): the task declares their regions
// CHECK: explain: call of 'loose': pointer argument '&accounts[a]' points to memory delayc does not track and parameter 'acc' says no direction, so not how much of it the task touches (one struct, or an array of them): {{.*}} (DELAYED_INOUT on 'acc' says one)
// CHECK-NOT: reads and writes all memory
// CHECK-NOT: runs serially
#include <stdlib.h>
#include "delayed.h"

typedef struct {
  long balance;
  int ntx;
  long *tx DELAYED_N(ntx);
} Account;

static Account accounts[64];

DELAYED static void settle(DELAYED_INOUT Account *acc) {
  for (int t = 0; t < acc->ntx; t++) acc->balance += acc->tx[t];
}

DELAYED static void loose(Account *acc) {
  for (int t = 0; t < acc->ntx; t++) acc->balance -= acc->tx[t];
}

int main(void) {
  static Account mine[8];
  for (int a = 0; a < 64; a++) {
    accounts[a].ntx = 100;
    accounts[a].tx = calloc(100, sizeof(long));
  }
  for (int a = 0; a < 64; a++)
    settle(&accounts[a]);
  for (int a = 0; a < 8; a++)
    settle(&mine[a]);
  for (int a = 0; a < 64; a++)
    loose(&accounts[a]);
  return (int)(accounts[3].balance + mine[2].balance);
}
