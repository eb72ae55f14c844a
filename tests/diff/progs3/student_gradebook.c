/* student_gradebook.c — a student's gradebook, mostly ordinary C with only two
 * DELAYED functions: helpers that write through `int *` out parameters, a
 * `static int next_id` counter, a helper returning a pointer into a struct's
 * array, a `swap` helper, bubble sort by pointers, string helpers writing
 * `char *` buffers, printing helpers, and a helper taking `char **` to return
 * the best name. Under DELAYC_TEST_ALL_DELAYED every helper becomes a task
 * candidate: a stress test that they stay serial or get exact dependencies. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define MAXS 12

struct student {
    int id;
    char name[16];
    int scores[4];
    int total;
    char grade;
};

struct book {
    struct student s[MAXS];
    int n;
};

static int next_id(void)
{
    static int id = 1000;
    return ++id;
}

static void add_student(struct book *b, const char *name, int s0, int s1, int s2, int s3)
{
    struct student *st = &b->s[b->n++];
    st->id = next_id();
    strncpy(st->name, name, sizeof st->name - 1);
    st->name[sizeof st->name - 1] = '\0';
    st->scores[0] = s0;
    st->scores[1] = s1;
    st->scores[2] = s2;
    st->scores[3] = s3;
    st->total = 0;
    st->grade = '?';
}

DELAYED_PURE int weighted(int a, int b, int c, int d) { return a * 2 + b * 3 + c * 2 + d * 3; }

DELAYED char letter(int total)
{
    return total >= 850 ? 'A' : total >= 700 ? 'B' : total >= 550 ? 'C' : 'F';
}

static void minmax(const int *v, int n, int *lo, int *hi)
{
    *lo = *hi = v[0];
    for (int i = 1; i < n; i++) {
        if (v[i] < *lo)
            *lo = v[i];
        if (v[i] > *hi)
            *hi = v[i];
    }
}

static void swap(struct student *a, struct student *b)
{
    struct student t = *a;
    *a = *b;
    *b = t;
}

static void sort_by_total(struct book *b)
{
    for (int i = 0; i < b->n; i++)
        for (int j = 0; j + 1 < b->n - i; j++)
            if (b->s[j].total < b->s[j + 1].total)
                swap(&b->s[j], &b->s[j + 1]);
}

static struct student *find(struct book *b, const char *name)
{
    for (int i = 0; i < b->n; i++)
        if (strcmp(b->s[i].name, name) == 0)
            return &b->s[i];
    return NULL;
}

static void shout(char *dst, const char *src)
{
    while (*src) {
        *dst++ = (*src >= 'a' && *src <= 'z') ? (char)(*src - 32) : *src;
        src++;
    }
    *dst = '\0';
}

static void best_name(struct book *b, const char **out)
{
    *out = b->n ? b->s[0].name : "";
}

static void print_row(const struct student *s)
{
    printf("%d %-8s %4d %c\n", s->id, s->name, s->total, s->grade);
}

int main(void)
{
    static struct book b;
    static const char *names[MAXS] = { "ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ida", "jo", "kim", "lu" };
    for (int i = 0; i < MAXS; i++)
        add_student(&b, names[i], 50 + (i * 17) % 50, 40 + (i * 29) % 60, 60 + (i * 7) % 40, 30 + (i * 41) % 70);
    int totals[MAXS] = { 0 };
    for (int i = 0; i < b.n; i++)
        totals[i] = weighted(b.s[i].scores[0], b.s[i].scores[1], b.s[i].scores[2], b.s[i].scores[3]);
    for (int i = 0; i < b.n; i++) {
        b.s[i].total = totals[i];
        b.s[i].grade = letter(totals[i]);
    }
    int lo, hi;
    minmax(totals, b.n, &lo, &hi);
    sort_by_total(&b);
    for (int i = 0; i < b.n; i++)
        print_row(&b.s[i]);
    struct student *e = find(&b, "eve");
    char loud[16];
    shout(loud, e ? e->name : "none");
    const char *best = NULL;
    best_name(&b, &best);
    int again = next_id();
    printf("lo=%d hi=%d eve=%d %s best=%s next=%d\n", lo, hi, e ? e->total : -1, loud, best, again);
    return 0;
}
