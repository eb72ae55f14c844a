/* image_config.c — threshold and remap passes over a grey image, configured by
 * globals.  Reading a mutable global struct, a mutable lookup table or an int
 * flag inside a delayed function is global state; a const table, a const pointer
 * to const text, enum constants and macros are fine, and so is passing the
 * setting as an argument from main.  A macro that names a global is a use of it
 * where the macro is used. */
#include <stdio.h>
#include "delayed.h"

#define NPX (512 * 512)

enum { LEVELS = 256 };

#define GAIN (cfg.gain)

struct config {
    int threshold;
    double gain;
};

struct config cfg = { 128, 1.5 };
static int lut[LEVELS];
static const float weights[4] = { 0.1f, 0.2f, 0.3f, 0.4f };
const char *const mode_name = "tiles";
int verbose = 0;

DELAYED long threshold_count(const unsigned char *px, int n)
{
    long c = 0;
    for (int i = 0; i < n; i++)
        if (px[i] > cfg.threshold) // expect: delayed-global-state
            c++;
    return c;
}

DELAYED long threshold_count_arg(const unsigned char *px, int n, int threshold)
{
    long c = 0;
    for (int i = 0; i < n; i++)
        if (px[i] > threshold && px[i] < LEVELS - 1)
            c++;
    return c;
}

DELAYED double weighted(const unsigned char *px, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += weights[i % 4] * px[i];
    return s;
}

DELAYED long mapped_sum(const unsigned char *px, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += lut[px[i]]; // expect: delayed-global-state
    if (verbose) // expect: delayed-global-state
        s = -s;
    return s;
}

DELAYED double boosted(const unsigned char *px, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += px[i];
    return s * GAIN; // expect: delayed-global-state
}

int main(int argc, char **argv)
{
    static unsigned char px[NPX];
    (void)argv;
    for (int i = 0; i < NPX; i++)
        px[i] = (unsigned char)((i * 7) % LEVELS);
    for (int i = 0; i < LEVELS; i++)
        lut[i] = LEVELS - 1 - i;
    if (argc > 1)
        verbose = 1;
    long a = threshold_count(px, NPX);
    long b = threshold_count_arg(px, NPX, cfg.threshold);
    double w = weighted(px, NPX);
    long m = mapped_sum(px, NPX);
    double g = boosted(px, NPX);
    printf("%s: %ld %ld %.1f %ld %.1f\n", mode_name, a, b, w, m, g);
    return 0;
}
