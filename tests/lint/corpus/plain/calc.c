/* calc.c — a tiny expression interpreter: a recursive-descent parser over a
 * global cursor, a value stack in a global struct, and a 4 KiB machine state
 * passed by value to a pretty-printer.  No annotations: no finding. */
#include <ctype.h>
#include <stdio.h>

struct machine {
    double regs[512];
    int used;
};

static const char *cur;
static struct {
    double v[64];
    int top;
} stack;

static double expr(void);

static void skip(void)
{
    while (isspace((unsigned char)*cur))
        cur++;
}

static double atom(void)
{
    skip();
    if (*cur == '(') {
        cur++;
        double v = expr();
        skip();
        if (*cur == ')')
            cur++;
        return v;
    }
    double v = 0.0;
    while (isdigit((unsigned char)*cur))
        v = v * 10 + (*cur++ - '0');
    return v;
}

static double term(void)
{
    double v = atom();
    for (skip(); *cur == '*' || *cur == '/'; skip()) {
        char op = *cur++;
        double r = atom();
        v = op == '*' ? v * r : v / r;
    }
    return v;
}

static double expr(void)
{
    double v = term();
    for (skip(); *cur == '+' || *cur == '-'; skip()) {
        char op = *cur++;
        double r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}

static double eval(const char *src)
{
    cur = src;
    double v = expr();
    stack.v[stack.top++ % 64] = v;
    return v;
}

static void dump(struct machine m)
{
    for (int i = 0; i < m.used; i++)
        printf("r%d = %g\n", i, m.regs[i]);
}

int main(void)
{
    struct machine m = { { 0 }, 0 };
    const char *progs[] = { "1 + 2 * 3", "(4 + 5) * (2 - 7)", "100 / 8 / 2" };
    for (int i = 0; i < 3; i++)
        m.regs[m.used++] = eval(progs[i]);
    dump(m);
    printf("stack depth %d\n", stack.top);
    return 0;
}
