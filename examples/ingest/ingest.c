/* ingest.c — a custom ingest pipeline: load N input files in parallel, process each,
 * save one summary file per input, and report.
 *
 *   usage: ingest DIR [N]     reads DIR/part-00.csv .. DIR/part-{N-1}.csv (N = 8)
 *                             writes DIR/part-00.summary ..
 *
 * Each input line is "sensor,reading" (integers); lines starting with '#' are
 * comments, anything else is counted as bad. load, process and save are DELAYED, so
 * the N load -> process -> save chains run in parallel; main prints the report in
 * file order once every chain is done. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define MAX_ROWS 2000
#define MAX_FILES 64
#define PATH_LEN 512

struct table {
    int ok;                   /* 0 when the file could not be opened */
    int rows;
    int bad;
    int sensor[MAX_ROWS];
    long reading[MAX_ROWS];
};

struct summary {
    int ok, rows, bad, sensors;
    long sum, min, max;
};

DELAYED DELAYED_NAME("load") struct table load(const char *path)
{
    struct table t;
    t.ok = 0;
    t.rows = 0;
    t.bad = 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return t;
    t.ok = 1;
    char line[256];
    while (fgets(line, sizeof line, f)) {
        int s;
        long r;
        char extra;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (sscanf(line, "%d,%ld %c", &s, &r, &extra) == 2 && t.rows < MAX_ROWS) {
            t.sensor[t.rows] = s;
            t.reading[t.rows] = r;
            t.rows++;
        } else {
            t.bad++;
        }
    }
    fclose(f);
    return t;
}

DELAYED DELAYED_NAME("process") struct summary process(DELAYED_IN const struct table *t)
{
    struct summary s = { t->ok, t->rows, t->bad, 0, 0, 0, 0 };
    unsigned char seen[1000] = { 0 };
    for (int i = 0; i < t->rows; i++) {
        long r = t->reading[i];
        s.sum += r;
        if (i == 0 || r < s.min) s.min = r;
        if (i == 0 || r > s.max) s.max = r;
        int id = t->sensor[i];
        if (id >= 0 && id < 1000 && !seen[id]) {
            seen[id] = 1;
            s.sensors++;
        }
    }
    return s;
}

DELAYED DELAYED_NAME("save") int save(const char *path, struct summary s)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    if (!s.ok)
        fprintf(f, "status: missing\n");
    else
        fprintf(f, "status: ok\nrows: %d\nbad: %d\nsensors: %d\nsum: %ld\nmin: %ld\nmax: %ld\n",
                s.rows, s.bad, s.sensors, s.sum, s.min, s.max);
    return fclose(f) == 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s DIR [N]\n", argv[0]);
        return 2;
    }
    int n = argc == 3 ? atoi(argv[2]) : 8;
    if (n < 1 || n > MAX_FILES) {
        fprintf(stderr, "%s: N must be in 1..%d\n", argv[0], MAX_FILES);
        return 2;
    }
    static char in_path[MAX_FILES][PATH_LEN], out_path[MAX_FILES][PATH_LEN];
    for (int i = 0; i < n; i++) {
        snprintf(in_path[i], PATH_LEN, "%s/part-%02d.csv", argv[1], i);
        snprintf(out_path[i], PATH_LEN, "%s/part-%02d.summary", argv[1], i);
    }

    struct table *tables = malloc((size_t)n * sizeof *tables);
    struct summary sums[MAX_FILES];
    int saved[MAX_FILES];
    if (!tables) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    for (int i = 0; i < n; i++) {
        tables[i] = load(in_path[i]);
        sums[i] = process(&tables[i]);
        saved[i] = save(out_path[i], sums[i]);
    }

    int missing = 0, failed = 0;
    long rows = 0, total = 0;
    for (int i = 0; i < n; i++) {
        if (!sums[i].ok) {
            printf("part-%02d: missing\n", i);
            missing++;
        } else {
            printf("part-%02d: %4d rows, %d bad, %3d sensors, sum %ld\n", i, sums[i].rows,
                   sums[i].bad, sums[i].sensors, sums[i].sum);
            rows += sums[i].rows;
            total += sums[i].sum;
        }
        if (saved[i] != 0)
            failed++;
    }
    printf("files: %d, missing: %d, rows: %ld, sum: %ld, save errors: %d\n", n, missing, rows,
           total, failed);
    free(tables);
    return missing || failed ? 1 : 0;
}
