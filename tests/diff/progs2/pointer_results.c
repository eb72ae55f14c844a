/* pointer_results.c — delayed functions that return pointers: a `const char *`
 * chosen among string literals, a pointer into a caller's array (`mid`), kept in
 * scalars and array elements, passed on to delayed functions that read through
 * them, reassigned while a reader is pending, and compared/printed. */
#include <stdio.h>
#include "delayed.h"

DELAYED const char *name_of(int k)
{
    switch (k % 4) {
    case 0: return "zero";
    case 1: return "one";
    case 2: return "two";
    default: return "three";
    }
}

DELAYED const int *mid(DELAYED_IN_N(n) const int *a, int n) { return a + n / 2; }

DELAYED int slen(const char *s)
{
    int n = 0;
    while (s[n])
        n++;
    return n;
}

DELAYED int deref_plus(const int *p, int k) { return *p + k; }

int main(void)
{
    int arr[9] = { 10, 11, 12, 13, 14, 15, 16, 17, 18 };
    const char *s = name_of(3);
    int l1 = slen(s);
    s = name_of(1);
    int l2 = slen(s);
    const char *all[6];
    int lens[6];
    for (int i = 0; i < 6; i++)
        all[i] = name_of(i);
    for (int i = 0; i < 6; i++)
        lens[i] = slen(all[i]);
    const int *p = mid(arr, 9);
    int v = deref_plus(p, 100);
    const int *q = mid(arr + 1, 4);
    int w = deref_plus(q, 0);
    printf("s=%s l1=%d l2=%d v=%d w=%d same=%d\n", s, l1, l2, v, w, p == q);
    for (int i = 0; i < 6; i++)
        printf("%s:%d ", all[i], lens[i]);
    printf("\n");
    return 0;
}
