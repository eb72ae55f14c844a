/* extern_global_unseen_writer/helpers.c: the global and the function that writes it */
#include "helpers.h"
unsigned hx_total;
void hx_add(unsigned v) { hx_total = hx_total * 3u + v; }
