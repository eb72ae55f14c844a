/* covers: s[i].m += f(i), s[i % 2].n -= g(), p->m *= f() with p iterating over an array of structs */
#include <stdio.h>
#include "delayed.h"

typedef struct { int m; long n; char tag; } S;
DELAYED int f(int i) { return i * 3 + 1; }
DELAYED long g(int i) { return (long)i * i; }

int main(void) {
  S s[4] = {{1, 2, 'a'}, {3, 4, 'b'}, {5, 6, 'c'}, {7, 8, 'd'}};
  for (int i = 0; i < 4; i++) s[i].m += f(i);
  for (int i = 0; i < 8; i++) s[i % 2].n -= g(i);
  for (S *p = s; p < s + 4; p++) p->m *= f(p->m % 5);
  s[3].tag += (char)f(1);
  for (int i = 0; i < 4; i++) printf("%d %ld %c\n", s[i].m, s[i].n, s[i].tag);
  return 0;
}
