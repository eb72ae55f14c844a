/* expr_forms.c — delayed calls inside the expression forms C programmers use:
 * `a[f(i)] = g(h(i), k(i)) + 1;`, a ternary around delayed calls (both as the
 * condition and as branches), the comma operator in a for header, `printf("%d", f(3))` directly, compound literals passed by value
 * and by pointer (`sum3((int[]){1,2,3})`), designated initializers whose
 * members are results, `_Bool` results, a `long double` result, casts, unary
 * minus and `!` on results. (The comma operator in an initializer is in
 * comma_operator.c.) */
#include <stdbool.h>
#include <stdio.h>
#include "delayed.h"

struct pt {
    int x, y;
};

DELAYED int f(int i) { return (i * 5 + 2) % 16; }
DELAYED int g(int a, int b) { return a * 3 - b; }
DELAYED int h(int i) { return i + 100; }
DELAYED int k(int i) { return i * i; }
DELAYED bool is_even(int v) { return v % 2 == 0; }
DELAYED _Bool both(_Bool a, _Bool b) { return a && b; }
DELAYED long double third(long double v) { return v / 3.0L; }
DELAYED int norm1(struct pt p) { return (p.x < 0 ? -p.x : p.x) + (p.y < 0 ? -p.y : p.y); }
DELAYED int sum3(DELAYED_IN_N(3) const int *v) { return v[0] + v[1] + v[2]; }
DELAYED struct pt mid(struct pt a, struct pt b) { return (struct pt){ .x = (a.x + b.x) / 2, .y = (a.y + b.y) / 2 }; }

int main(void)
{
    int a[16] = { 0 };
    for (int i = 0; i < 8; i++)
        a[f(i)] = g(h(i), k(i)) + 1;
    for (int i = 0; i < 16; i++)
        printf("%d%c", a[i], i == 15 ? '\n' : ' ');

    int t1 = is_even(f(3)) ? h(1) : k(9);
    int t2 = f(2) > 5 ? g(1, 2) : g(2, 1);
    int t3 = f(2) + (f(1) > 0);
    int t4 = 0, j;
    for (j = 0, t4 = f(0); j < 4; j++, t4 += f(j))
        ;
    printf("t1=%d t2=%d t3=%d t4=%d\n", t1, t2, t3, t4);
    printf("direct %d %d %s\n", f(3), g(f(4), 2), is_even(7) ? "even" : "odd");

    int n1 = norm1((struct pt){ -3, 4 });
    int n2 = norm1((struct pt){ .y = -7, .x = 2 });
    int s1 = sum3((int[]){ 1, 2, 3 });
    int s2 = sum3((const int[3]){ f(1), f(2), f(3) });
    struct pt m = mid((struct pt){ .x = f(5), .y = k(3) }, (struct pt){ 10, 20 });
    struct pt p = { .x = h(2), .y = -k(2) };
    printf("n1=%d n2=%d s1=%d s2=%d m=(%d,%d) p=(%d,%d)\n", n1, n2, s1, s2, m.x, m.y, p.x, p.y);

    _Bool e1 = is_even(4), e2 = is_even(5);
    _Bool e3 = both(e1, !e2);
    long double ld = third(10.0L);
    long double ld2 = third(ld) * 9.0L;
    int neg = -f(7), inv = !f(6), cst = (int)(unsigned char)(h(200) * 2);
    printf("e1=%d e2=%d e3=%d ld=%.12Lf ld2=%.12Lf neg=%d inv=%d cst=%d\n", e1, e2, e3, ld, ld2, neg, inv, cst);
    return 0;
}
