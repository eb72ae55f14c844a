/* unity_vfs/memvfs.c — area 5 (with area 2's unseen bodies): part of the unity build of
 * main.c, in the style of an amalgamation's VFS layer: an in-memory "file" in
 * file-static storage, written and read through functions that main.c reaches only
 * by function pointers. */
#include "delayed.h"

#define MEMCAP 128

static int mem_file[MEMCAP];
static int mem_len;

static int mem_append(int v) {
  if (mem_len >= MEMCAP)
    return -1;
  mem_file[mem_len] = v;
  return mem_len++;
}

static int mem_read(int pos) {
  return pos >= 0 && pos < mem_len ? mem_file[pos] : -1;
}

static int mem_size(void) {
  return mem_len;
}

typedef struct {
  int (*x_append)(int);
  int (*x_read)(int);
  int (*x_size)(void);
} Vfs;

static const Vfs mem_vfs = {mem_append, mem_read, mem_size};
