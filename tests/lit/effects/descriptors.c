// Descriptors: write(1, ...) is the console; write() on a descriptor the
// function opened itself is the file system; one it is given may be either.
//
// RUN: %delayc emit %s -o %t.c -- -D_POSIX_C_SOURCE=200809L
// RUN: FileCheck %s --input-file=%t.c
// RUN: %cc-gcc -D_POSIX_C_SOURCE=200809L -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: cd %T && env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

DELAYED void out(char c) { char b[2] = {c, '\n'}; if (write(1, b, 2) != 2) return; }

DELAYED int record(const char *path, int v) {
  int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
  if (fd < 0) return -1;
  char b[1] = {(char)('0' + v)};
  int ok = write(fd, b, 1) == 1;
  close(fd);
  return ok;
}

DELAYED int put(int fd, int v) { char b[1] = {(char)('0' + v)}; return write(fd, b, 1) == 1; }

int main(void) {
  // CHECK: omp task{{[^"]*}} depend(inout: delayc_rt_console){{.*}}out(
  for (int i = 0; i < 4; i++) out((char)('a' + i));
  // CHECK: omp task{{[^"]*}} depend(inout: delayc_rt_files){{.*}}record(
  int r = record("effects-fd.txt", 7);
  // the printf waits for p at once: put runs inline, first waiting on both
  // CHECK: DELAYC_RT_WAIT(depend(inout: delayc_rt_console, delayc_rt_files)) p = put(
  int p = put(1, 3);
  // CHECK: printf("%d %d\n"
  printf("%d %d\n", r, p);
  unlink("effects-fd.txt");
  return 0;
}
// OUTPUT: a
// OUTPUT-NEXT: b
// OUTPUT-NEXT: c
// OUTPUT-NEXT: d
// OUTPUT-NEXT: 31 1
