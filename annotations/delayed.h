/* delayed.h — the annotation surface of delayc (the only header user code includes).
 *
 * Without delayc every annotation compiles to nothing and every call-site form to
 * a plain call, so an annotated program is an ordinary serial C program (like
 * Dask's scheduler="sync").  When delayc itself parses the file it defines
 * __DELAYC__: the annotations become `annotate` attributes that it reads through
 * libclang, and the call-site forms expand to markers that it recognises in the
 * AST (see tool/frontend.c).
 *
 *   DELAYED                    every call of the function becomes a task
 *   DELAYED_PURE               DELAYED, and no side effects: identical calls are computed
 *                              once (docs/lowering.md, "DELAYED_PURE calls computed once")
 *   DELAYED_NAME("label")      label in graphs, traces and diagnostics
 *   DELAYED_CUTOFF(expr)       run the call inline when expr (over the parameters) holds
 *   DELAYED_GRAIN(n)           a loop of small calls of the function runs them n per task
 *                              (a batch), not as many as the runtime measures fit in
 *                              about 50 us (docs/runtime.md, "Batches")
 *   DELAYED_RANK(expr)         --target=starpu-mpi: the task runs on rank expr (over the
 *                              parameters) modulo the number of ranks, not where delayc
 *                              would place it
 *   DELAYED_IN / _OUT / _INOUT on pointer parameters: how the task touches the pointee
 *   DELAYED_IN_N(n) / _OUT_N(n) / _INOUT_N(n)   the same, over n elements
 *   DELAYED_IN_RANGE(lo, hi) / _OUT_RANGE / _INOUT_RANGE   the same, over elements
 *                              lo .. hi-1 (p[i] for lo <= i < hi: a block [lo, hi) of an
 *                              array the function indexes by absolute position)
 *   DELAYED_IN_2D(rows, cols, ld) / _OUT_2D / _INOUT_2D   the same, over rows blocks
 *                              of cols elements, ld elements apart (a tile, a quadrant,
 *                              every other row of a matrix with leading dimension ld)
 *   DELAYED_N(field)           on a pointer member of a struct: it points to as many
 *                              elements as that member says (double *data DELAYED_N(n);)
 *   delayed(f)(args...)        one call of any function becomes a task
 *   delayed_compute(v, ...)    wait until every task writing v (any part of it) is done
 *   delayed_token t = delayed_after(call);      a handle on a void task
 *   delayed_bind(f, t, ...)(args...)            f(args) runs after the tasks behind t, ...
 */
#ifndef DELAYED_H
#define DELAYED_H

/* C89 code includes it too (gcc -ansi -pedantic): the variadic call-site
 * forms are C99's, and a header of the system's kind is not warned about. */
#if defined(__GNUC__) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 199901L)
#pragma GCC system_header
#endif

/* Only for delayc's own parse: clang keeps an annotation on a struct member
 * as an intrinsic at every access, which slowed a serial program 1.7-2x
 * (blind 71a). */
#if defined(__DELAYC__)
#define DELAYC__ANN(s) __attribute__((annotate(s)))
#else
#define DELAYC__ANN(s)
#endif

#define DELAYED            DELAYC__ANN("delayc.delayed")
#define DELAYED_PURE       DELAYC__ANN("delayc.delayed") DELAYC__ANN("delayc.pure")
#define DELAYED_NAME(s)    DELAYC__ANN("delayc.name=" s)
#define DELAYED_CUTOFF(e)  DELAYC__ANN("delayc.cutoff=" #e)
#define DELAYED_GRAIN(n)   DELAYC__ANN("delayc.grain=" #n)
#define DELAYED_RANK(e)    DELAYC__ANN("delayc.rank=" #e)
#define DELAYED_IN         DELAYC__ANN("delayc.in")
#define DELAYED_OUT        DELAYC__ANN("delayc.out")
#define DELAYED_INOUT      DELAYC__ANN("delayc.inout")
#define DELAYED_IN_N(n)    DELAYC__ANN("delayc.in=" #n)
#define DELAYED_OUT_N(n)   DELAYC__ANN("delayc.out=" #n)
#define DELAYED_INOUT_N(n) DELAYC__ANN("delayc.inout=" #n)
/* elements lo .. hi-1 of what the pointer points to */
#define DELAYED_IN_RANGE(lo, hi)    DELAYC__ANN("delayc.in_range=" #lo ";" #hi)
#define DELAYED_OUT_RANGE(lo, hi)   DELAYC__ANN("delayc.out_range=" #lo ";" #hi)
#define DELAYED_INOUT_RANGE(lo, hi) DELAYC__ANN("delayc.inout_range=" #lo ";" #hi)
/* a pointer member's count: a member, a constant or a macro (expanded here:
 * `DELAYED_N(CAP)` of `#define CAP 64` says 64) */
#define DELAYC__TEXT(x)    #x
#define DELAYED_N(field)   DELAYC__ANN("delayc.count=" DELAYC__TEXT(field))
/* a block of rows x cols elements, rows ld elements apart (a tile of a matrix
 * with leading dimension ld, a quadrant, every other row) */
#define DELAYED_IN_2D(rows, cols, ld)    DELAYC__ANN("delayc.in_2d=" #rows ";" #cols ";" #ld)
#define DELAYED_OUT_2D(rows, cols, ld)   DELAYC__ANN("delayc.out_2d=" #rows ";" #cols ";" #ld)
#define DELAYED_INOUT_2D(rows, cols, ld) DELAYC__ANN("delayc.inout_2d=" #rows ";" #cols ";" #ld)

/* A handle on a task that returns nothing (Dask: a Delayed whose value is None). */
typedef int delayed_token;

/* Serial meaning of the call-site forms: touch the named values, call the function. */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
static inline void delayc__touch(int unused, ...) { (void)unused; }
#elif defined(__GNUC__)
static __inline__ void delayc__touch(int unused, ...) { (void)unused; }
#else
static void delayc__touch(int unused, ...) { (void)unused; }
#endif

#if defined(__DELAYC__)
/* What delayc sees: markers it finds in the AST.  Never compiled. */
extern int delayc__mark_delayed;
extern int delayc__mark_after;
void delayc__mark_bind(int unused, ...);
void delayc__mark_compute(int unused, ...);
#define delayed(f)               (delayc__mark_delayed, f)
#define delayed_after(call)      (delayc__mark_after, (call), (delayed_token)0)
#define delayed_bind(f, ...)     (delayc__mark_bind(0, __VA_ARGS__), f)
#define delayed_compute(...)     delayc__mark_compute(0, __VA_ARGS__)
#else
#define delayed(f)               f
#define delayed_after(call)      ((call), (delayed_token)0)
#define delayed_bind(f, ...)     (delayc__touch(0, __VA_ARGS__), f)
#define delayed_compute(...)     delayc__touch(0, __VA_ARGS__)
#endif

#endif /* DELAYED_H */
