/* unity_vfs/main.c — area 5 (unity build, calls through function pointers): includes
 * memvfs.c; DELAYED `put_record` and `get_record` are handed the VFS's append/read
 * functions as function-pointer arguments, so the writes to memvfs.c's static file
 * happen in bodies the call site does not name.  Records must land in serial order
 * and reads must see the writes before them. */
#include <stdio.h>
#include "memvfs.c"

DELAYED int put_record(int (*append)(int), int key) {
  int v = (key * key + 7) % 1000;
  return append(v);
}

DELAYED int get_record(int (*read_at)(int), int pos) {
  return read_at(pos);
}

DELAYED int file_size(int (*size)(void)) {
  return size();
}

int main(void) {
  int pos[10];
  for (int k = 0; k < 10; k++)
    pos[k] = put_record(mem_vfs.x_append, k + 3);
  int size1 = file_size(mem_vfs.x_size);
  int third = get_record(mem_vfs.x_read, 2);
  int extra = put_record(mem_vfs.x_append, 99);
  int size2 = file_size(mem_vfs.x_size);
  for (int k = 0; k < 10; k++)
    printf("key %d stored at %d\n", k + 3, pos[k]);
  printf("size %d then %d, record 2 = %d, extra at %d\n", size1, size2, third, extra);
  printf("file:");
  for (int i = 0; i < mem_vfs.x_size(); i++)
    printf(" %d", mem_vfs.x_read(i));
  printf("\n");
  return 0;
}
