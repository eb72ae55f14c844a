#ifndef AUDIO_H
#define AUDIO_H

#define NBANDS 28

typedef struct {
    double b0, b1, b2, a1, a2;
} Biquad;

typedef struct {
    char name[32];
    int rate;
    int n;                 /* samples */
    float *samples;        /* n samples */
} Channel;

typedef struct {
    int nbands;
    double center[NBANDS];
    Biquad bq[NBANDS];
} FilterBank;

typedef struct {
    double energy[NBANDS];   /* mean square per band */
    double peak[NBANDS];
    int dominant;
    double total;
} BandReport;

/* synth.c */
void channel_init(Channel *c, const char *name, int rate, int n);
void channel_synth(Channel *c, unsigned int seed);
void channel_release(Channel *c);

/* filters.c */
void bank_design(FilterBank *fb, int rate, double lo, double hi, double q);
void bank_analyze(const FilterBank *fb, const Channel *c, BandReport *rep);

#endif
