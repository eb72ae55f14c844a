/* other.c — keeps the pointer it is given and reads through it later (kept_in_other_file). */
static double *saved;
void remember(double *p) { saved = p; }
double peek(int i) { return saved[i]; }
