/* unity_basic/main.c — area 5 (unity build): includes part.c, which defines DELAYED
 * functions and a helper whose loop spawns them; main also calls part.c's DELAYED
 * functions directly and prints everything. */
#include <stdio.h>
#include "part.c"

int main(void) {
  int data[10], out[10];
  for (int i = 0; i < 10; i++)
    data[i] = i * i - 3;
  run_batch(data, out, 10);
  for (int i = 0; i < 10; i++)
    printf("out[%d] = %d\n", i, out[i]);
  int x = inc(41);
  int y = dbl(x);
  int z = add(x, y);
  printf("x=%d y=%d z=%d checksum=%d\n", x, y, z, checksum(out, 10));
  return 0;
}
