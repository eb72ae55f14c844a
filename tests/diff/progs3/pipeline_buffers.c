/* pipeline_buffers.c — a streaming pipeline over malloc'd buffers in
 * fixed-size frames: decode (OUT_N) → filter (IN_N → OUT_N, reading one frame
 * of lookahead) → encode (IN_N → OUT_N) → checksum per frame, each stage a
 * loop of tasks over frames; buffers reused for a second batch after ordinary
 * code rewrites the input; everything freed at the end. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define FR 128
#define NF 12

DELAYED void decode(DELAYED_IN_N(FR) const uint8_t *in, DELAYED_OUT_N(FR) int16_t *pcm)
{
    for (int i = 0; i < FR; i++)
        pcm[i] = (int16_t)(((int)in[i] - 128) * 64);
}

DELAYED void smooth(DELAYED_IN_N(FR + 2) const int16_t *pcm, DELAYED_OUT_N(FR) int16_t *out)
{
    for (int i = 0; i < FR; i++)
        out[i] = (int16_t)((pcm[i] + 2 * pcm[i + 1] + pcm[i + 2]) / 4);
}

DELAYED void encode(DELAYED_IN_N(FR) const int16_t *s, DELAYED_OUT_N(FR) uint8_t *out)
{
    for (int i = 0; i < FR; i++)
        out[i] = (uint8_t)(s[i] / 64 + 128);
}

DELAYED uint32_t adler(DELAYED_IN_N(FR) const uint8_t *b)
{
    uint32_t a = 1, s = 0;
    for (int i = 0; i < FR; i++) {
        a = (a + b[i]) % 65521u;
        s = (s + a) % 65521u;
    }
    return s << 16 | a;
}

int main(void)
{
    uint8_t *raw = malloc(FR * NF);
    int16_t *pcm = malloc((FR * NF + 2) * sizeof *pcm);
    int16_t *sm = malloc(FR * NF * sizeof *sm);
    uint8_t *enc = malloc(FR * NF);
    uint32_t sums[NF];
    if (!raw || !pcm || !sm || !enc) {
        free(raw), free(pcm), free(sm), free(enc);
        return 1;
    }
    for (int batch = 0; batch < 2; batch++) {
        for (int i = 0; i < FR * NF; i++)
            raw[i] = (uint8_t)((i * (batch + 3) * 7) ^ (i >> 3));
        pcm[FR * NF] = pcm[FR * NF + 1] = 0;
        for (int f = 0; f < NF; f++)
            decode(raw + f * FR, pcm + f * FR);
        for (int f = 0; f < NF; f++)
            smooth(pcm + f * FR, sm + f * FR);
        for (int f = 0; f < NF; f++)
            encode(sm + f * FR, enc + f * FR);
        for (int f = 0; f < NF; f++)
            sums[f] = adler(enc + f * FR);
        uint32_t x = 0;
        for (int f = 0; f < NF; f++)
            x = (x << 1 | x >> 31) ^ sums[f];
        printf("batch %d: x=%08x enc[5]=%u enc[last]=%u\n", batch, (unsigned)x, enc[5], enc[FR * NF - 1]);
    }
    free(raw);
    free(pcm);
    free(sm);
    free(enc);
    return 0;
}
