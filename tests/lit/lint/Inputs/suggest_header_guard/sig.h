/* sig.h - signals, a header with a guard and no #include */
#ifndef SIG_H
#define SIG_H
typedef struct { double re, im; } cplx;
double peak(const cplx *x, int n);
void make_signal(cplx *x, int n, int id);
#endif
