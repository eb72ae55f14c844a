/* A matrix struct whose product writes rows taken from a member (crow =
 * C->a + i * C->c; blind round 45a p08): the refusal names the edit. */
#include <stdio.h>
#include <stdlib.h>

struct mat { int r, c; double *a; };

static struct mat *mat_new(int r, int c)
{
    struct mat *m = malloc(sizeof *m);
    m->r = r; m->c = c;
    m->a = calloc((size_t)r * c, sizeof(double));
    return m;
}

static void mat_fill(struct mat *m, int seed)
{
    int i;
    for (i = 0; i < m->r * m->c; i++)
        m->a[i] = (double)((i * 7 + seed) % 13) / 13.0;
}

static void mat_mul(struct mat *C, const struct mat *A, const struct mat *B)
{
    int i, j, k;
    for (i = 0; i < A->r; i++) {
        double *crow = C->a + i * C->c;
        const double *arow = A->a + i * A->c;
        for (j = 0; j < B->c; j++) {
            double s = 0.0;
            for (k = 0; k < A->c; k++)
                s += arow[k] * B->a[k * B->c + j];
            crow[j] = s;
        }
    }
}

int main(void)
{
    int n = 500;
    struct mat *A = mat_new(n, n), *B = mat_new(n, n), *C = mat_new(n, n);
    double sum = 0.0;
    int i;
    mat_fill(A, 1);
    mat_fill(B, 5);
    mat_mul(C, A, B);
    for (i = 0; i < n * n; i++)
        sum += C->a[i];
    printf("sum = %.6f\n", sum);
    free(A->a); free(B->a); free(C->a);
    free(A); free(B); free(C);
    return 0;
}
