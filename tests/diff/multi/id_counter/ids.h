/* id_counter/ids.h — an id allocator; new_id is DELAYED and defined in ids.c */
#ifndef IDS_H
#define IDS_H
#include "delayed.h"
DELAYED int new_id(const char *kind);
int ids_issued(void);
const char *last_kind(void);
#endif
