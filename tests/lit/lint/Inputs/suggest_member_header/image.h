/* An image type of the program, declared in its own header (blind 71a). */
#ifndef IMAGE_H
#define IMAGE_H
#include <stddef.h>

typedef struct {
  int w, h;
  float *px;
} Image;

Image *image_new(int w, int h);

#endif
