/* sum_impl.c: included several times by main.c, once per element type
   (a C "template"): T and NAME are defined by the includer */
#define P5_CAT_(a, b) a##_##b
#define P5_CAT(a, b) P5_CAT_(a, b)
#define P5_STR_(x) #x
#define P5_STR(x) P5_STR_(x)

static long P5_CAT(NAME, calls);

DELAYED long P5_CAT(NAME, sum)(DELAYED_IN_N(n) const T *a, int n, long work) {
  volatile long s = 0;
  for (long i = 0; i < work; i++) s += i % 7;
  P5_CAT(NAME, calls)++;
  long t = s & 0;
  for (int i = 0; i < n; i++) t += (long)a[i] * (i + 1);
  printf("%s sum %ld\n", P5_STR(NAME), t);
  return t;
}

#undef P5_CAT
#undef P5_STR
#undef P5_STR_
#undef P5_CAT_
