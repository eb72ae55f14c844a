/* compute_array.c — delayed_compute(arr) on an array filled by per-element
 * tasks waits for the array before ordinary code reads it. */
#include <stdio.h>
#include "delayed.h"

DELAYED int cube(int x) { return x * x * x; }

int main(void)
{
    int arr[16];
    for (int i = 0; i < 16; i++)
        arr[i] = cube(i);
    delayed_compute(arr);
    long s = 0;
    for (int i = 0; i < 16; i++)
        s += arr[i];
    printf("sum of cubes = %ld\n", s);
    return 0;
}
