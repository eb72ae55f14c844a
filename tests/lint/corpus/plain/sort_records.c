/* sort_records.c — sort employee records by several keys with qsort and look
 * them up with bsearch; comparators, struct arrays and a swap helper writing
 * through its pointer parameters.  No annotations: no finding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct employee {
    char name[24];
    int age;
    double salary;
};

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct employee *)a)->name, ((const struct employee *)b)->name);
}

static int by_age(const void *a, const void *b)
{
    const struct employee *x = a, *y = b;
    return (x->age > y->age) - (x->age < y->age);
}

static void swap(struct employee *a, struct employee *b)
{
    struct employee t = *a;
    *a = *b;
    *b = t;
}

static void reverse(struct employee *v, int n)
{
    for (int i = 0; i < n / 2; i++)
        swap(&v[i], &v[n - 1 - i]);
}

int main(void)
{
    struct employee staff[] = {
        { "grace", 45, 9100.0 }, { "alan", 41, 8800.0 }, { "ada", 36, 9900.0 },
        { "edsger", 52, 8700.0 }, { "barbara", 39, 9300.0 },
    };
    int n = (int)(sizeof staff / sizeof staff[0]);
    qsort(staff, (size_t)n, sizeof staff[0], by_age);
    reverse(staff, n);
    printf("oldest: %s\n", staff[0].name);
    qsort(staff, (size_t)n, sizeof staff[0], by_name);
    struct employee key = { "alan", 0, 0.0 };
    struct employee *found = bsearch(&key, staff, (size_t)n, sizeof staff[0], by_name);
    printf("alan earns %.0f\n", found ? found->salary : 0.0);
    return 0;
}
