/* student_globals_prints.c — what a student writes first: a global counter and
 * a global "last result" updated inside DELAYED functions by mistake, printf
 * inside tasks (so output order is part of the result), a global array filled
 * by a delayed function, and ordinary code reading the globals between calls.
 * delayc must keep these calls in program order. */
#include <stdio.h>
#include "delayed.h"

int calls = 0;
int last = -1;
int squares[20];

DELAYED int square(int x)
{
    calls++;
    last = x * x;
    return x * x;
}

DELAYED void say(int i, int v)
{
    printf("task %d says %d\n", i, v);
}

DELAYED void fill(int n)
{
    for (int i = 0; i < n; i++)
        squares[i] = i * i + calls;
}

DELAYED int add(int a, int b)
{
    return a + b;
}

int main(void)
{
    int total = 0;
    for (int i = 0; i < 10; i++) {
        int s = square(i);
        say(i, s);
        total = add(total, s);
    }
    printf("calls=%d last=%d total=%d\n", calls, last, total);
    fill(20);
    calls = 100;
    fill(10);
    int chk = 0;
    for (int i = 0; i < 20; i++)
        chk += squares[i];
    printf("chk=%d squares[5]=%d squares[15]=%d\n", chk, squares[5], squares[15]);
    int a = square(3);
    last = 0;
    int b = square(4);
    printf("a=%d b=%d last=%d calls=%d\n", a, b, last, calls);
    return 0;
}
