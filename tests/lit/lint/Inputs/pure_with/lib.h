#ifndef LIB_H
#define LIB_H
#include "delayed.h"
DELAYED_PURE int stamp_next(int x);   /* a lie: its body counts its calls */
DELAYED_PURE int square(int x);
#endif
