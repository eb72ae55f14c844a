/* extern_global_unseen_writer/helpers.h */
#ifndef HELPERS_H
#define HELPERS_H
extern unsigned hx_total;
void hx_add(unsigned v);
#endif
