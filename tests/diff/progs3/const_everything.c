/* const_everything.c — a const-correct systems programmer: `static const`
 * lookup tables read by DELAYED functions (immutable, not global state),
 * `const` result variables (`const int n = f(x);`), `const` struct results,
 * pointers to const and const pointers (`const int *const p`), a `const`
 * array of results initialized from calls, and `const` loop-local results. */
#include <stddef.h>
#include <stdio.h>
#include "delayed.h"

static const unsigned char crc_nibble_lut[16] = { 0x0, 0x7, 0xe, 0x9, 0x5, 0x2, 0xb, 0xc,
                                                  0xa, 0xd, 0x4, 0x3, 0xf, 0x8, 0x1, 0x6 };
static const char *const unit_names[4] = { "B", "KiB", "MiB", "GiB" };

struct range {
    long lo, hi;
};

DELAYED unsigned crc4(DELAYED_IN_N(n) const unsigned char *const data, const size_t n)
{
    unsigned c = 0;
    for (size_t i = 0; i < n; i++) {
        c = crc_nibble_lut[(c ^ (data[i] >> 4)) & 0xf];
        c = crc_nibble_lut[(c ^ data[i]) & 0xf];
    }
    return c;
}

DELAYED_PURE int unit_index(const unsigned long long bytes)
{
    int u = 0;
    unsigned long long b = bytes;
    while (b >= 1024 && u < 3) {
        b /= 1024;
        u++;
    }
    return u;
}

DELAYED struct range widen(const struct range r, const long by)
{
    const struct range w = { r.lo - by, r.hi + by };
    return w;
}

DELAYED_PURE long span(const struct range r) { return r.hi - r.lo; }

int main(void)
{
    unsigned char buf[256];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)(i * 29 + 3);
    const unsigned char *const p = buf;
    const unsigned c0 = crc4(p, 64);
    const unsigned c1 = crc4(buf + 64, 64);
    const unsigned c2 = crc4(&buf[128], 128);
    const unsigned long long sizes[4] = { 512ULL, 70000ULL, 5ULL << 20, 3ULL << 30 };
    int units[4];
    for (int i = 0; i < 4; i++)
        units[i] = unit_index(sizes[i]);
    const struct range r0 = { 10, 20 };
    const struct range r1 = widen(r0, 5);
    const struct range r2 = widen(r1, span(r1));
    const long s = span(r2);
    for (int i = 0; i < 4; i++) {
        const int u = unit_index(sizes[i] * 3);
        printf("%llu -> %s (x3: %s)\n", sizes[i], unit_names[units[i]], unit_names[u]);
    }
    printf("crc %x %x %x r1=[%ld,%ld] r2=[%ld,%ld] span=%ld\n", c0, c1, c2, r1.lo, r1.hi, r2.lo, r2.hi, s);
    return 0;
}
