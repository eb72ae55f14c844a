/* notes.c — an error with a note, and an error with ranges */
struct S { int a; };
int g(struct S s) { int k = 1; int k = 2; return s + k; }
