/* struct_member_results.c — delayed results assigned to struct members
 * (`s.x = f(1)`), a member result passed to the next task (`s.y = g(s.x)`),
 * members of a nested struct and of an array inside a struct, then the whole
 * struct copied and printed. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int k) { return k * k + 1; }
DELAYED int g(int a) { return a * 3 - 2; }

struct inner { int a, b; };
struct outer { int x, y; struct inner in; int arr[4]; };

int main(void)
{
    struct outer s = { 0, 0, { 0, 0 }, { 0, 0, 0, 0 } };
    s.x = f(1);
    s.y = g(s.x);
    s.in.a = f(s.y);
    s.in.b = g(2);
    for (int i = 0; i < 4; i++)
        s.arr[i] = f(i + 10);
    s.arr[0] = g(s.arr[3]);

    struct outer copy = s;
    printf("x=%d y=%d a=%d b=%d\n", copy.x, copy.y, copy.in.a, copy.in.b);
    printf("arr=%d %d %d %d\n", copy.arr[0], copy.arr[1], copy.arr[2], copy.arr[3]);

    struct inner pairs[5];
    for (int i = 0; i < 5; i++) {
        pairs[i].a = f(i);
        pairs[i].b = g(pairs[i].a);
    }
    for (int i = 0; i < 5; i++)
        printf("(%d,%d)", pairs[i].a, pairs[i].b);
    printf("\n");
    return 0;
}
