/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (p21_memcpy_launder) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
typedef struct T { int val; int nk; struct T **kids; } T;
static T *build(void) {
  T *root = malloc(sizeof *root), *kid = malloc(sizeof *kid);
  kid->val = 1; kid->nk = 0; kid->kids = NULL;
  root->val = 0; root->nk = 1; root->kids = malloc(sizeof(T *)); root->kids[0] = kid;
  return root;
}
DELAYED long sneaky(const T *t) {
  usleep(5000);
  T *v[8];
  memcpy(v, t->kids, t->nk * sizeof *v);
  v[0]->val += 500;
  return t->nk;
}
int main(void) {
  T *root = build();
  long b = sneaky(root);
  int x = root->kids[0]->val;
  printf("%d\n", x);
  printf("%ld\n", b);
  return 0;
}
