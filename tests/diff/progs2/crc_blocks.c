/* crc_blocks.c — CRC-32 of a message computed per block by delayed tasks (each
 * with its own table built inside the task), the per-block CRCs printed, and a
 * whole-message CRC task; blocks are slices of a byte buffer filled by ordinary
 * code and then modified between two rounds. */
#include <stdio.h>
#include <stdint.h>
#include "delayed.h"

#define LEN 4096
#define NB 8

DELAYED uint32_t crc32_block(DELAYED_IN_N(n) const uint8_t *p, int n)
{
    uint32_t table[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    uint32_t crc = 0xFFFFFFFFu;
    for (int i = 0; i < n; i++)
        crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

int main(void)
{
    static uint8_t msg[LEN];
    for (int i = 0; i < LEN; i++)
        msg[i] = (uint8_t)((i * 131 + 7) ^ (i >> 3));
    uint32_t c[NB], all;
    for (int round = 0; round < 2; round++) {
        for (int b = 0; b < NB; b++)
            c[b] = crc32_block(msg + b * (LEN / NB), LEN / NB);
        all = crc32_block(msg, LEN);
        for (int b = 0; b < NB; b++)
            printf("%08x ", (unsigned)c[b]);
        printf("| %08x\n", (unsigned)all);
        for (int i = 0; i < LEN; i += 97)
            msg[i] ^= 0x5A;
    }
    return 0;
}
