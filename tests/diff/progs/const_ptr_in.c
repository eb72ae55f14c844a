/* const_ptr_in.c — covers: plain `const T *` parameters with no annotation (inputs of
 * unknown extent), a `const char *` string input, and ordinary code that overwrites
 * the array and the string buffer afterwards (must wait for the pending readers). */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

DELAYED long dot(const int *a, const int *b, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += (long)a[i] * b[i];
    return s;
}

DELAYED int count_char(const char *s, char c)
{
    int k = 0;
    for (; *s; s++)
        if (*s == c) k++;
    return k;
}

int main(void)
{
    int a[500], b[500];
    for (int i = 0; i < 500; i++) {
        a[i] = i % 13 - 6;
        b[i] = (i * 5) % 11 - 5;
    }
    char text[128];
    strcpy(text, "the quick brown fox jumps over the lazy dog, then the dog sleeps");

    long d1 = dot(a, b, 500);
    long d2 = dot(a + 100, b, 400);
    int es = count_char(text, 'e');
    int os = count_char(text + 10, 'o');

    /* overwrite the inputs while the readers above may still be pending */
    for (int i = 0; i < 500; i++)
        a[i] = 1;
    strcpy(text, "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");

    long d3 = dot(a, b, 500);
    int es2 = count_char(text, 'e');

    printf("d1=%ld d2=%ld d3=%ld\n", d1, d2, d3);
    printf("e=%d o=%d e2=%d\n", es, os, es2);
    return 0;
}
