/* size_helper.h — found only through -I Inputs/include. */
#define SIZE_FACTOR 3
