/* bits_hashing.c — systems-style bit tricks: `uint64_t` splitmix/xorshift
 * hashes, popcount and bit reversal in `static inline` helpers called from
 * DELAYED_PURE functions, `size_t` chunk arithmetic, results combined with
 * `^`, `<<` and `>>` by ordinary code; `const` parameters and locals
 * everywhere; `%llu` with casts. */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "delayed.h"

static inline uint64_t splitmix(uint64_t z)
{
    z += UINT64_C(0x9E3779B97F4A7C15);
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static inline unsigned popcount64(uint64_t v)
{
    unsigned c = 0;
    while (v) {
        v &= v - 1;
        c++;
    }
    return c;
}

static inline uint32_t rev32(uint32_t v)
{
    v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
    v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
    v = ((v >> 4) & 0x0F0F0F0Fu) | ((v & 0x0F0F0F0Fu) << 4);
    v = ((v >> 8) & 0x00FF00FFu) | ((v & 0x00FF00FFu) << 8);
    return (v >> 16) | (v << 16);
}

DELAYED_PURE uint64_t chunk_hash(const uint64_t seed, const size_t first, const size_t count)
{
    uint64_t h = seed;
    for (size_t i = first; i < first + count; i++)
        h ^= splitmix(h + i) >> (i & 7u);
    return h;
}

DELAYED_PURE unsigned chunk_bits(const uint64_t seed, const size_t first, const size_t count)
{
    unsigned bits = 0;
    for (size_t i = first; i < first + count; i++)
        bits += popcount64(splitmix(seed ^ i));
    return bits;
}

DELAYED uint32_t mix_rev(const uint32_t a, const uint32_t b)
{
    return rev32(a) ^ (b << 3) ^ (b >> 5);
}

int main(void)
{
    enum { CHUNKS = 24 };
    const size_t per = 1000;
    uint64_t hs[CHUNKS];
    unsigned bits[CHUNKS];
    for (size_t c = 0; c < CHUNKS; c++) {
        hs[c] = chunk_hash(UINT64_C(42) + c, c * per, per);
        bits[c] = chunk_bits(UINT64_C(7), c * per, per);
    }
    uint64_t all = 0;
    unsigned long long total_bits = 0;
    for (size_t c = 0; c < CHUNKS; c++) {
        all = (all << 7 | all >> 57) ^ hs[c];
        total_bits += bits[c];
    }
    printf("combined %016" PRIx64 " bits %llu (avg %.3f per word)\n", all, total_bits,
           (double)total_bits / (CHUNKS * per));

    uint32_t r = 1u;
    for (int k = 0; k < 10; k++) {
        const uint32_t m = mix_rev(r, (uint32_t)(hs[k] & 0xffffffffu));
        r = m;
    }
    printf("rev chain %08" PRIx32 "\n", r);
    const uint32_t sh = (uint32_t)(chunk_hash(1, 0, 3) >> 33);
    printf("sh=%" PRIu32 " parity=%u\n", sh, popcount64(sh) & 1u);
    return 0;
}
