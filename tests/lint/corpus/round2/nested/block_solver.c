/* A dense linear solver by blocks (block LU without pivoting).  Some kernels
 * call other delayed kernels from inside themselves. */
#include <delayed.h>
#include <string.h>

#define NB 4
#define BS 64
#define N (NB * BS)

typedef double block[BS][BS];

DELAYED void factor_diag(DELAYED_INOUT block *a) {
  for (int k = 0; k < BS; k++)
    for (int i = k + 1; i < BS; i++) {
      (*a)[i][k] /= (*a)[k][k];
      for (int j = k + 1; j < BS; j++)
        (*a)[i][j] -= (*a)[i][k] * (*a)[k][j];
    }
}

DELAYED void solve_lower(DELAYED_IN const block *diag, DELAYED_INOUT block *b) {
  for (int k = 0; k < BS; k++)
    for (int i = k + 1; i < BS; i++)
      for (int j = 0; j < BS; j++)
        (*b)[i][j] -= (*diag)[i][k] * (*b)[k][j];
}

DELAYED void update_trailing(DELAYED_IN const block *l, DELAYED_IN const block *u,
                             DELAYED_INOUT block *c) {
  for (int i = 0; i < BS; i++)
    for (int k = 0; k < BS; k++)
      for (int j = 0; j < BS; j++)
        (*c)[i][j] -= (*l)[i][k] * (*u)[k][j];
}

static double block_trace(const block *b) {
  double t = 0.0;
  for (int i = 0; i < BS; i++)
    t += (*b)[i][i];
  return t;
}

/* Wrong: a panel kernel that factors and then spawns the solves itself. */
DELAYED void factor_panel(DELAYED_INOUT_N(NB) block *col, int k) {
  factor_diag(&col[k]); // expect: delayed-nested
  for (int i = k + 1; i < NB; i++)
    delayed(solve_lower)(&col[k], &col[i]); // expect: delayed-nested
}

DELAYED double diag_sum(DELAYED_IN const block *b);

/* Wrong: a delayed determinant that asks a delayed helper for each trace. */
DELAYED double log_det_estimate(DELAYED_IN_N(NB) const block *diag) {
  double s = 0.0;
  for (int b = 0; b < NB; b++)
    s += block_trace(&diag[b]);
  double first = delayed(diag_sum)(&diag[0]); // expect: delayed-nested
  return s - first;
}

DELAYED double diag_sum(DELAYED_IN const block *b) {
  double s = block_trace(b);
  return s;
}

/* Right: sizeof only names the type diag_sum returns; the call never runs. */
DELAYED double scaled_trace(DELAYED_IN const block *b) {
  double scratch[BS];
  size_t elem = sizeof diag_sum(b);
  for (int i = 0; i < BS; i++)
    scratch[i] = (*b)[i][i] * (double)elem;
  double t = 0.0;
  for (int i = 0; i < BS; i++)
    t += scratch[i];
  return t;
}

/* Right: the caller builds the whole graph of the factorization. */
void block_lu(block a[NB][NB]) {
  for (int k = 0; k < NB; k++) {
    factor_diag(&a[k][k]);
    for (int i = k + 1; i < NB; i++)
      solve_lower(&a[k][k], &a[i][k]);
    for (int j = k + 1; j < NB; j++)
      solve_lower(&a[k][k], &a[k][j]);
    for (int i = k + 1; i < NB; i++)
      for (int j = k + 1; j < NB; j++)
        update_trailing(&a[i][k], &a[k][j], &a[i][j]);
  }
  delayed_compute(a);
}

double traces(block a[NB][NB]) {
  double t[NB];
  for (int k = 0; k < NB; k++)
    t[k] = diag_sum(&a[k][k]);
  delayed_compute(t);
  double s = 0.0;
  for (int k = 0; k < NB; k++)
    s += t[k];
  return s;
}
