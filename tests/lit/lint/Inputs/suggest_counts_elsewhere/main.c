#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include "audio.h"

#define NCHAN 24
#define RATE 44100
#define SECONDS 1

int main(void)
{
    Channel *chans = malloc(sizeof(Channel) * NCHAN);
    BandReport *reps = malloc(sizeof(BandReport) * NCHAN);
    FilterBank fb;
    char name[32];
    int c, k;
    double grand = 0.0;

    bank_design(&fb, RATE, 60.0, 12000.0, 4.0);
    for (c = 0; c < NCHAN; c++) {
        snprintf(name, sizeof name, "ch%02d", c);
        channel_init(&chans[c], name, RATE, RATE * SECONDS);
        channel_synth(&chans[c], (unsigned int)c + 1);
    }

    for (c = 0; c < NCHAN; c++)
        bank_analyze(&fb, &chans[c], &reps[c]);

    for (c = 0; c < NCHAN; c++) {
        printf("%s dominant band %2d (%8.2f Hz) total %.9f bands:", chans[c].name,
               reps[c].dominant, fb.center[reps[c].dominant], reps[c].total);
        for (k = 0; k < NBANDS; k += 4)
            printf(" %.3e", reps[c].energy[k]);
        printf("\n");
        grand += reps[c].total;
    }
    printf("grand total %.12f\n", grand);
    for (c = 0; c < NCHAN; c++)
        channel_release(&chans[c]);
    free(chans);
    free(reps);
    return 0;
}
