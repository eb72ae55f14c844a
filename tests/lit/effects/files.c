// The file system: fopen for writing (and remove) writes it, fopen "r" reads
// it.  The loader waits for the saver; the two loaders, readers both, need
// nothing of each other; removing the file waits for both.  Serial and
// parallel print the same.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: cd %T && env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#include <stdio.h>
#include "delayed.h"

DELAYED void save(const char *path, int v) {
  FILE *f = fopen(path, "w");
  if (f) { fprintf(f, "%d\n", v); fclose(f); }
}

DELAYED int load(const char *path) {
  int v = -1;
  FILE *f = fopen(path, "r");
  if (f) { if (fscanf(f, "%d", &v) != 1) v = -2; fclose(f); }
  return v;
}

DELAYED int drop(const char *path) { return remove(path); }

int main(void) {
  // CHECK: omp task{{[^"]*}} depend(inout: delayc_rt_files){{.*}}save(
  save("effects-files.txt", 42);
  // CHECK: omp task{{[^"]*}} depend(in: delayc_rt_files){{.*}}load(
  int a = load("effects-files.txt");
  // CHECK: omp task{{[^"]*}} depend(in: delayc_rt_files){{.*}}load(
  int b = load("effects-files.txt");
  // the printf waits for r at once: drop runs inline, first waiting on the files
  // CHECK: DELAYC_RT_WAIT(depend(inout: delayc_rt_files)) r = drop(
  int r = drop("effects-files.txt");
  printf("%d %d %d\n", a, b, r);
  return 0;
}
// OUTPUT: 42 42 0
