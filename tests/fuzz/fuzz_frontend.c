/* fuzz_frontend.c — libFuzzer harness over delayc's in-memory pipeline.
 *
 * Each input is a C source held in memory and given to libclang as the unsaved
 * buffer of "fuzz.c": fe_parse, an_run, lower_omp and lower_pthreads (both targets'
 * output), graph_write and plan_write in both formats to a memstream, the lint model and every lint check with the
 * findings in the text, JSON and SARIF formats, then fe_dispose.  The checks are the
 * sanitizers' (ASan, UBSan: -fsanitize=fuzzer,address,undefined) and the
 * invariants below; the output text itself is checked by the differential tests.
 *
 * Built by tests/fuzz/run-fuzz.sh from the tool/ sources (every file but the ones that
 * define main, and delayc-cc's).  Every cache of a unit lives in the unit and goes
 * with fe_dispose (frontend.c, fe_keep), so many units can share one process; units
 * are still disposed a few inputs late, so that a new unit never reuses the address
 * of the last ones.
 *
 * Inputs with NUL bytes are skipped: the command rejects them as binary files
 * before parsing (util/input.c), so the pipeline never sees one. */
#include "delayc.h"
#include "lint/lint.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_INCLUDES
#define FUZZ_INCLUDES ""
#endif

#define KEEP 8            /* units disposed KEEP inputs late */
static Unit keep[KEEP];
static unsigned nkeep;

static const char *fuzz_args[16];
static int nfuzz_args;

static void setup(void) {
  if (nfuzz_args) return;
  fuzz_args[nfuzz_args++] = "-std=c11";
  static char incs[4096];
  snprintf(incs, sizeof incs, "%s", FUZZ_INCLUDES);
  for (char *d = strtok(incs, ":"); d && nfuzz_args < 15; d = strtok(NULL, ":")) {
    char *flag = malloc(strlen(d) + 3);
    if (!flag) abort();
    sprintf(flag, "-I%s", d);
    fuzz_args[nfuzz_args++] = flag;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  setup();
  if (size > 256 * 1024 || memchr(data, 0, size)) return 0;
  Unit *u = &keep[nkeep++ % KEEP];
  fe_dispose(u);                       /* the unit of KEEP inputs ago */
  if (fe_parse(u, "fuzz.c", nfuzz_args, fuzz_args, (const char *)data, size) != 0) {
    fe_dispose(u);                     /* the unit's caches go with it */
    return 0;
  }
  if (u->len != size) abort();         /* libclang read the buffer we gave it */
  Analysis a;
  an_run(&a, u);
  if (an_has_tasks(&a)) {
    size_t n = 0;
    char *text = lower_omp(&a, &n);
    if (text && strlen(text) != n) abort();   /* the output has no NUL byte inside */
    free(text);
    text = lower_pthreads(&a, &n);            /* the other target over the same plan */
    if (text && strlen(text) != n) abort();
    free(text);
  }
  char *g = NULL;
  size_t gl = 0;
  FILE *f = open_memstream(&g, &gl);
  if (f) {
    graph_write(&a, f, "dot", NULL);
    graph_write(&a, f, "json", NULL);
    plan_write(&a, f, "text", NULL);
    plan_write(&a, f, "json", NULL);
    fclose(f);
  }
  free(g);
  /* delayc lint: the model and every check, the findings in every format */
  Model m;
  model_build(&m, u, 1);
  LintConfig cfg;
  memset(&cfg, 0, sizeof cfg);
  Lint L = {u, &m, &cfg, NULL, NULL, 0};
  lint_begin_unit(u);
  for (int k = 0; k < lint_nchecks; k++) {
    L.check = &lint_checks[k];
    lint_checks[k].run(&L);
  }
  lint_filter_nolint(&L);
  lint_sort(&L);
  for (int k = 0; k < L.nf; k++)
    if (L.f[k].off > u->len || L.f[k].line < 1) abort();   /* findings point into the file */
  LintFile lf = {"fuzz.c", (char *)u->src, u->len, L.f, L.nf};
  g = NULL;
  f = open_memstream(&g, &gl);
  if (f) {
    format_text(f, &lf, 1, 0);
    format_json(f, &lf, 1);
    format_sarif(f, &lf, 1, lint_checks, lint_nchecks);
    fclose(f);
  }
  free(g);
  lint_begin_unit(NULL);
  model_free(&m);
  free(L.f);                           /* the findings' strings leak: small */
  an_dispose(&a);                      /* views of included .c files */
  cost_forget();                       /* (the callees and effects are the unit's, fe_dispose) */
  return 0;
}
