/* test_arena.c — unit tests of the slot arena (runtime/slot_arena.c):
 * alignment, many slots, big slots, free and reuse, NULL-safe free. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "delayc_rt.h"
#include "test.h"

static int aligned(const void *p, size_t align) {
  return ((uintptr_t)p & (align - 1)) == 0;
}

/* Every alignment from 1 to 4096, interleaved with odd sizes. */
static void test_alignment(void) {
  delayc_rt_arena *a = NULL;
  for (int round = 0; round < 50; round++) {
    for (size_t align = 1; align <= 4096; align *= 2) {
      char *p = delayc_rt_slot(&a, 1 + (size_t)round % 7, align);
      CHECK(p != NULL);
      CHECK(aligned(p, align));
      *p = 'x';
    }
  }
  double *d = delayc_rt_slot(&a, sizeof(double), _Alignof(double));
  CHECK(aligned(d, _Alignof(double)));
  void *z = delayc_rt_slot(&a, 24, 0);   /* 0: the platform's strictest alignment */
  CHECK(aligned(z, _Alignof(max_align_t)));
  delayc_rt_arena_free(&a);
  CHECK(a == NULL);
}

/* 100000 slots, each written with its index and read back afterwards:
 * no two slots overlap, and growth over many chunks keeps earlier slots. */
static void test_many_slots(void) {
  enum { N = 100000 };
  delayc_rt_arena *a = NULL;
  long **ap = malloc(N * sizeof *ap);
  for (long i = 0; i < N; i++) {
    ap[i] = delayc_rt_slot(&a, sizeof(long), _Alignof(long));
    *ap[i] = i;
  }
  int nBad = 0;
  for (long i = 0; i < N; i++) nBad += *ap[i] != i;
  CHECK(nBad == 0);
  free(ap);
  delayc_rt_arena_free(&a);
  CHECK(a == NULL);
}

/* Slots bigger than any chunk, before and between small ones. */
static void test_big_slots(void) {
  delayc_rt_arena *a = NULL;
  size_t nBig = (size_t)16 << 20;   /* 16 MiB: above the chunk cap */
  char *pBig = delayc_rt_slot(&a, nBig, 64);
  CHECK(aligned(pBig, 64));
  memset(pBig, 0xab, nBig);
  int *pSmall = delayc_rt_slot(&a, sizeof(int), _Alignof(int));
  *pSmall = 42;
  char *pBig2 = delayc_rt_slot(&a, 100000, 4096);   /* bigger than the current chunk */
  CHECK(aligned(pBig2, 4096));
  memset(pBig2, 0xcd, 100000);
  int *pSmall2 = delayc_rt_slot(&a, sizeof(int), _Alignof(int));
  *pSmall2 = 43;
  CHECK(pBig[0] == (char)0xab && pBig[nBig - 1] == (char)0xab);
  CHECK(pBig2[0] == (char)0xcd && pBig2[99999] == (char)0xcd);
  CHECK(*pSmall == 42 && *pSmall2 == 43);
  /* A small slot after a big one still comes from the current chunk. */
  CHECK((char *)pSmall2 - (char *)pSmall > 0 && (char *)pSmall2 - (char *)pSmall < 4096);
  delayc_rt_arena_free(&a);
  CHECK(a == NULL);
}

/* Zero-size slots are distinct. */
static void test_zero_size(void) {
  delayc_rt_arena *a = NULL;
  void *p = delayc_rt_slot(&a, 0, 1);
  void *q = delayc_rt_slot(&a, 0, 1);
  CHECK(p != NULL && q != NULL && p != q);
  delayc_rt_arena_free(&a);
}

/* An arena freed and started again works like a new one, many times. */
static void test_free_and_reuse(void) {
  delayc_rt_arena *a = NULL;
  for (int round = 0; round < 1000; round++) {
    int *p = NULL;
    for (int i = 0; i < 100 + round; i++) {
      p = delayc_rt_slot(&a, sizeof(int), _Alignof(int));
      *p = i;
    }
    CHECK(a != NULL);
    CHECK(*p == 99 + round);
    delayc_rt_arena_free(&a);
    CHECK(a == NULL);
  }
}

static void test_null_safe_free(void) {
  delayc_rt_arena *a = NULL;
  delayc_rt_arena_free(&a);          /* never used */
  CHECK(a == NULL);
  delayc_rt_arena_free(&a);          /* twice */
  delayc_rt_arena_free(NULL);        /* no handle at all */
  CHECK(a == NULL);
}

int main(void) {
  test_alignment();
  test_many_slots();
  test_big_slots();
  test_zero_size();
  test_free_and_reuse();
  test_null_safe_free();
  return test_done();
}
