/* outer.h — includes the header with the error */
#include "inner.h"
