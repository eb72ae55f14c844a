// RUN: %delayc lint --checks=delayed-large-by-value %s | FileCheck %s
// RUN: %delayc lint --checks=delayed-large-by-value --check-option=delayed-large-by-value.MaxBytes=8192 %s | FileCheck %s --check-prefix=BIG --allow-empty
#include "delayed.h"

struct frame { double px[512]; int w, h; };     /* 4104 bytes */
struct point { double x, y; };

DELAYED double mean(struct frame f) { return f.px[0] + f.w; }
DELAYED double norm(struct point p) { return p.x * p.x + p.y * p.y; }
DELAYED double mean_p(DELAYED_IN const struct frame *f) { return f->px[0] + f->w; }

int main(void)
{
    static struct frame fr;
    struct point pt = {1, 2};
    double a = mean(fr), b = norm(pt), c = mean_p(&fr);
    delayed_compute(a, b, c);
    return (int)(a + b + c);
}
// CHECK: large-by-value.c:16:21: warning: argument 1 of the delayed call of 'mean' copies a struct frame of 4104 bytes into the task (more than 1024) [delayed-large-by-value]
// CHECK: large-by-value.c:8:34: note: pass a pointer instead: 'DELAYED_IN const struct frame *f'
// CHECK-NOT: warning:
// BIG-NOT: warning:
