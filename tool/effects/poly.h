/* poly.h — polynomials over named atoms, the arithmetic of effects/ranges.c:
 * an index `r * cols + c - 1`, a bound `hi + 1`, a declaration's `rows * cols`.
 * Atoms are parameters' names, and "#offset" for the variable of the loop at
 * that byte offset (ranges.c eliminates those).  poly.c also decides signs
 * from facts (an atom's least value) and reads an annotation's text. */
#ifndef DELAYC_POLY_H
#define DELAYC_POLY_H

#include "frontend/frontend.h"

/* c times the product of atoms key ("cols*rows", sorted; "" for 1); text is
 * the product as first written ("rows * cols") */
typedef struct Term { long long c; char *key, *text; } Term;
typedef struct Poly { Term *t; int n; } Poly;

void p_free(Poly *p);
void p_term(Poly *p, long long c, const char *key, const char *text);   /* p += c * key */
Poly p_const(long long c);
Poly p_atom(const char *a);
Poly p_add(Poly a, Poly b, long long s);     /* a + s * b */
Poly p_mul(Poly a, Poly b);
int p_is_const(Poly p, long long *c);
int factors(const char *key, const char *a); /* how many times atom a is a factor of key */
int p_split(Poly p, const char *v, Poly *a, Poly *b);   /* p = a * v + b: 1, or 0 (v squared) */
Poly at_value(Poly a, Poly b, Poly v);        /* a * v + b */
int p_subst(Poly *p, const char *a, Poly v); /* atom a replaced by v */
char *p_spell(Poly p);                       /* "2 * n - 1" */
/* ... its numbers written with the named values where they are one, or a
 * product of two, or a small multiple give or take 2 (1024 * i - 1023, NY
 * 1024: NY * i - (NY - 1)) */
char *p_spell_named(Poly p, const char *const *name, const long long *val, int n);

/* what holds at a use: atoms' least values (a loop's variable, its bound) */
typedef struct Fact { char *atom; long long lb; } Fact;
typedef struct Facts { Fact f[32]; int n; } Facts;
void fact(Facts *fs, const char *atom, long long lb);
void facts_free(Facts *fs);
int nonneg(Poly p, const Facts *fs);         /* p >= 0 wherever the facts hold */
int grows(Poly p);                           /* its terms of the highest degree are all positive */
int within_names(Poly p, Poly lo, Poly hi);  /* every atom of p is one of lo's or hi's */

/* an annotation's expression (`n + 1`, `ROWS * COLS`, object-like macros
 * replaced): 1, or 0 when it is not such a polynomial */
int parse_text(Unit *u, const char *t, int depth, Poly *out);
int parse_quotient(Unit *u, const char *t, Poly *x, long long *c);   /* t is X / c */
/* ... with the object-like macros defined before offset `before` (or in a
 * header) kept as atoms, by name: text spelled from it survives an edit of
 * their #define (NX * y + x, not 96 * y + x) */
int parse_text_named(Unit *u, const char *t, unsigned before, Poly *out);

#endif /* DELAYC_POLY_H */
