/* A block cipher over a buffer, two ways: by the block's number (a part of
 * 16 bytes each, found by suggest in blocks of them) and by the byte offset
 * stepping by 16 (explained, with the edit).  Blind round 52a: the loop's
 * cost was 32 blocks (the buffer's length a parameter), and memcpy of 16
 * bytes into the callee's state was not seen as staying in its part. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef BUF_BYTES
#define BUF_BYTES (1 << 20)
#endif
#define ROUNDS 12

static unsigned int key_sched[ROUNDS + 1][4];

static void encrypt_block(const unsigned char *in, unsigned char *out)
{
    unsigned int s[4];
    int r, j;
    memcpy(s, in, 16);
    for (r = 0; r < ROUNDS; r++) {
        for (j = 0; j < 4; j++)
            s[j] = (s[j] ^ key_sched[r][j]) * 2654435761u;
        for (j = 0; j < 4; j++)
            s[j] ^= (s[(j + 1) & 3] << 7) | (s[(j + 3) & 3] >> 25);
    }
    memcpy(out, s, 16);
}

void ecb_by_block(const unsigned char *in, unsigned char *out, size_t n)
{
    size_t b;
    for (b = 0; b < n / 16; b++)
        encrypt_block(in + 16 * b, out + 16 * b);
}

void ecb_by_offset(const unsigned char *in, unsigned char *out, size_t n)
{
    size_t off;
    for (off = 0; off + 16 <= n; off += 16)
        encrypt_block(in + off, out + off);
}

int main(void)
{
    unsigned char *buf = malloc(BUF_BYTES), *enc = malloc(BUF_BYTES), *enc2 = malloc(BUF_BYTES);
    size_t i;
    unsigned long h = 5381;
    int r, j;
    for (r = 0; r <= ROUNDS; r++)
        for (j = 0; j < 4; j++) key_sched[r][j] = 0x9e3779b9u * (unsigned)(r * 4 + j + 1);
    for (i = 0; i < BUF_BYTES; i++) buf[i] = (unsigned char)(i * 131 + (i >> 9));
    ecb_by_block(buf, enc, BUF_BYTES);
    ecb_by_offset(enc, enc2, BUF_BYTES);
    for (i = 0; i < BUF_BYTES; i++) h = h * 33u + enc2[i];
    printf("checksum %lu\n", h);
    free(buf); free(enc); free(enc2);
    return 0;
}
