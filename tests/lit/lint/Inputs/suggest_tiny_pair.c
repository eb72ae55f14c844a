/* A bloom filter's two hashes of each key (blind 74a): hash_key is a few
 * hundred ns for a key, its loop as long as the key; its two calls in
 * bloom_add sit side by side, in no loop of them emit could batch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBITS (1u << 20)

static unsigned long hash_key(const char *key, size_t len, unsigned long seed)
{
    unsigned long h = seed ^ (len * 0x9e3779b97f4a7c15UL);
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)key[i];
        for (int r = 0; r < 4; r++) { h *= 0xff51afd7ed558ccdUL; h ^= h >> 29; }
    }
    return h;
}

static void bloom_add(unsigned char *bits, const char *key, size_t len)
{
    unsigned long h1 = hash_key(key, len, 0x1234567UL);
    unsigned long h2 = hash_key(key, len, 0x89abcdefUL) | 1UL;
    for (int i = 0; i < 4; i++) {
        size_t b = (size_t)((h1 + (unsigned long)i * h2) % NBITS);
        bits[b / 8] |= (unsigned char)(1u << (b % 8));
    }
}

int main(void)
{
    unsigned char *bits = calloc(NBITS / 8, 1);
    char key[32];
    unsigned long set = 0;
    for (int k = 0; k < 100000; k++) {
        int n = snprintf(key, sizeof key, "key-%d", k * 7919);
        bloom_add(bits, key, (size_t)n);
    }
    for (size_t i = 0; i < NBITS / 8; i++) set += (unsigned long)__builtin_popcount(bits[i]);
    printf("%lu bits set\n", set);
    free(bits);
    return 0;
}
