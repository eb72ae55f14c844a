/* main_only.c — main runs one long simulation as a task and prints its value
 * right away; a helper that runs two simulations side by side is fine. */
#include <stdio.h>
#include "delayed.h"

#define STEPS 5000000

DELAYED double decay(double rate)
{
    double x = 1.0;
    for (int i = 0; i < STEPS; i++)
        x -= rate * x / STEPS;
    return x;
}

static double ratio(double r1, double r2)
{
    double a = decay(r1);
    double b = decay(r2);
    return a / b;
}

int main(void)
{
    double rest = decay(0.7); // expect: delayed-single-task
    printf("remaining %.6f\n", rest);
    printf("ratio %.6f\n", ratio(0.5, 0.9));
    return 0;
}
