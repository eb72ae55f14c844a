/* A stream of work whose length main.c sets (blind 73a mc). */
typedef struct { long paths; unsigned seed; double sum; } Stream;
void run_stream(Stream *st);
