#ifndef UTIL_H
#define UTIL_H
#include "delayed.h"
DELAYED int scaled(int x);
#endif
