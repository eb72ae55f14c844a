/* config.h — the program's settings (only main.c includes it). */
#ifndef CONFIG_H
#define CONFIG_H

#define CHUNKS 16
#define DEFAULT_N 20000
#define MAX_N 1000000
#define SEED 2024u

#endif
