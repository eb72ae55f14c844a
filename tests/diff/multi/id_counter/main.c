/* id_counter/main.c — area 2 (body not visible): objects get ids from `new_id`, a
 * DELAYED function declared in ids.h and defined in ids.c with a static counter;
 * ids must be handed out in the serial order of the calls. */
#include <stdio.h>
#include "ids.h"
#include "delayed.h"

typedef struct {
  int id;
  int weight;
} Item;

DELAYED int weigh(int seed) {
  int w = seed;
  for (int k = 0; k < 2000; k++)
    w = (w * 13 + k) % 251;
  return w;
}

int main(void) {
  int ids[8], weights[8];
  for (int i = 0; i < 8; i++) {
    ids[i] = new_id("part");
    weights[i] = weigh(i);
  }
  int order_id = new_id("order");
  Item items[8];
  for (int i = 0; i < 8; i++) {
    items[i].id = ids[i];
    items[i].weight = weights[i];
  }
  for (int i = 0; i < 8; i++)
    printf("item id %d weight %d\n", items[i].id, items[i].weight);
  printf("order id %d, %d ids issued, last kind %s\n", order_id, ids_issued(), last_kind());
  return 0;
}
