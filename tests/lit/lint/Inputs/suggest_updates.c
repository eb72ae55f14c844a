/* A log scanner and a thresholded field, written without delayc in mind:
 * counters, a histogram, a bit mask and a maximum kept in globals while each
 * line (each row) is worked on independently. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#define NLINES 48
#define LINELEN 3000
#define ROWS 40
#define COLS 256

static char lines[NLINES][LINELEN];
static unsigned long long bytes_scanned;
static long length_hist[16];
static int longest = -1;
static unsigned flags_seen;

static double field[ROWS][COLS];
static long cells_over;

static void make_lines(void)
{
    unsigned seed = 7;
    for (int i = 0; i < NLINES; i++) {
        int n = 1000 + (int)(seed % 1900);
        for (int k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            lines[i][k] = (char)('a' + (seed >> 16) % 26);
        }
        lines[i][n] = '\0';
    }
}

/* a checksum over many rounds: the expensive part */
static unsigned scan_line(const char *s, int n)
{
    unsigned h = 2166136261u;
    for (int r = 0; r < 150; r++)
        for (int i = 0; i < n; i++)
            h = (h ^ (unsigned char)s[i]) * 16777619u;
    bytes_scanned += (unsigned long long)n;
    length_hist[n % 16]++;
    if (n > longest)
        longest = n;
    flags_seen |= 1u << (h % 32);
    return h;
}

static void threshold(void)
{
    int y, x, k;
    for (y = 0; y < ROWS; y++) {
        for (x = 0; x < COLS; x++) {
            double v = 0.0;
            for (k = 1; k < 300; k++)
                v += sin(0.001 * k * (y + 1) + 0.01 * x) / k;
            if (v > 0.5)
                cells_over++;
            field[y][x] = v;
        }
    }
}

int main(void)
{
    unsigned sums[NLINES];
    unsigned all = 0;
    int i;

    make_lines();
    for (i = 0; i < NLINES; i++)
        sums[i] = scan_line(lines[i], (int)strlen(lines[i]));
    for (i = 0; i < NLINES; i++)
        all = all * 31u + sums[i];
    threshold();
    printf("bytes %llu longest %d flags %08x sums %08x\n", bytes_scanned, longest, flags_seen, all);
    for (i = 0; i < 16; i++)
        printf("%ld%c", length_hist[i], i == 15 ? '\n' : ' ');
    printf("over %ld  field[7][9] %.6f\n", cells_over, field[7][9]);
    return 0;
}
