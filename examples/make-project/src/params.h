/* params.h — sizes of the run (only main.c includes it). */
#ifndef PARAMS_H
#define PARAMS_H

#define ROWS 512
#define COLS 256
#define BLOCK_ROWS 32

#endif
