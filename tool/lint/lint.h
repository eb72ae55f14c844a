/* lint.h — what the files of `delayc lint` and `delayc suggest` share: the
 * findings, the checks, the options, and the model of a translation unit the
 * checks read (its functions, the delayed calls in them, where each result
 * goes).  The front end (frontend.c) is the emitter's: a file is parsed once.
 *
 *   lint.c          the command line, the file loop, exit codes
 *   model.c         functions, delayed calls, loops, pending results
 *   param_access.c  what a function does through a pointer parameter
 *   findings.c      findings, notes, fix-its; NOLINT comments; check globs
 *   config.c        .delayc-lint.yaml (libyaml) and check options
 *   format.c        text, JSON, SARIF 2.1.0, clang-apply-replacements YAML
 *   fix.c           --fix: apply fix-its in place, atomically
 *   docs_path.c     the check pages SARIF links to
 *   checks/         one file per check (checks/mutates_input.c: delayed-mutates-input ...)
 *   ../suggest/     `delayc suggest`
 */
#ifndef DELAYC_LINT_H
#define DELAYC_LINT_H

#include "analysis/analysis.h"

/* ---- the model (model.c) ---- */

/* Where a delayed call's result goes. */
typedef enum {
  RES_NONE,        /* a void function: nothing to keep */
  RES_DISCARDED,   /* a call statement, or cast to void */
  RES_VAR,         /* T v = f(..) or v = f(..) */
  RES_ELEM,        /* a[i] = f(..) (an element of a local array or a buffer) */
  RES_USED         /* read at once by the enclosing expression */
} ResultUse;

typedef struct LCall {
  Node *call;         /* the CallExpr */
  Callee *ce;         /* NULL for delayed(fp)(..) through a pointer */
  Node *fnref;        /* the DeclRefExpr naming the callee */
  int marked;         /* written delayed(f)(..) or delayed_bind(..) */
  Node *after;        /* the delayed_after(..) expression around it, or NULL */
  Node *stmt;         /* its statement: a direct child of a compound statement */
  Node *loop;         /* innermost loop around it in its function, or NULL */
  ResultUse use;
  CXCursor target;    /* RES_VAR/RES_ELEM: the variable written (else null) */
  CXCursor *outs;     /* variables written through OUT/INOUT pointer arguments */
  int *outs_deref;    /* ... given as the pointer variable itself (work(p)): what it
                         points to is pending, not the variable */
  int nouts;
} LCall;

typedef struct LFunc {
  CXCursor cur;
  char *name;
  Callee *ce;
  Node *root, *body;
  int delayed;        /* DELAYED, or called as delayed(f)(..) in this file */
  int typeof_text;    /* the body spells typeof (unevaluated operands) */
  LCall *call; int ncall;
} LFunc;

typedef struct Model {
  Unit *u;
  LFunc *fn; int nfn;
  int annotated;      /* the unit uses delayed.h at all */
} Model;

void model_build(Model *m, Unit *u, int always);  /* always: even without delayed.h */
void model_free(Model *m);
int model_is_loop(Node *n);
int model_unevaluated(Unit *u, LFunc *f, Node *n);  /* in sizeof/typeof/_Generic's operand */
Node *model_loop_of(LFunc *f, Node *n);         /* innermost loop around n in f, or NULL */
int model_inside(Node *n, Node *anc);           /* n is anc or below it */
Node *model_stmt_of(Node *n);                   /* the statement n is part of */
Node *model_value_of(Node *n);                   /* up through parentheses and implicit casts */
CXCursor model_ref(Node *n);                    /* the declaration a DeclRefExpr names (null cursor else) */
int model_is_marker(Node *call, const char *name); /* a call of delayc__mark_<name> */
int model_in_delayed_arg(LFunc *f, Node *n);    /* n is inside an argument of a delayed call */
int model_reads_var(Node *n, CXCursor var, Node *skip); /* a read of var in n (not under skip) */
Node *model_first_read(LFunc *f, Node *n, CXCursor var); /* first ordinary read of var in n */
int model_is_ordinary_read(LFunc *f, Node *n, CXCursor var);
CXCursor model_copy_target(Unit *u, Node *ref);  /* `x = ref` / `T x = ref`: x */

/* ---- param_access.c: what a function does through a pointer parameter ---- */
/* access.c's walk (Access, delayc.h), a call reported only when the callee may
 * write through that argument (effects.c), at the argument */
void lint_param_access(Unit *u, LFunc *f, int k, AccessFn fn, void *arg);

/* ---- findings (findings.c) ---- */

typedef struct LNote { unsigned off, line, col; char *msg; char *srcline; } LNote;
typedef struct LFix { unsigned beg, end; char *text; } LFix;   /* main-file byte range */

typedef struct Finding {
  const struct Check *check;
  unsigned off;        /* primary location: byte offset in the main file */
  unsigned line, col;  /* ... as line and column (1-based; columns in bytes) */
  char *srcline;       /* the text of that line, for the caret */
  char *msg;
  LNote *note; int nnote;
  LFix *fix; int nfix;
  int error;           /* promoted by --warnings-as-errors */
} Finding;

/* A set of check globs, clang-tidy style: "delayed-*,-delayed-too-fine". */
int globs_match(const char *globs, const char *name, int dflt);

/* ---- options (config.c) ---- */

typedef struct LintConfig {
  char *checks;            /* globs, or NULL: all */
  char *warnings_as_errors;/* globs, or NULL: none */
  char **key, **val;       /* CheckOptions: "delayed-too-fine.TaskOverhead" -> "1000" */
  int nopt;
} LintConfig;

int config_load(LintConfig *c, const char *path);         /* 0, or -1 after a message */
char *config_find(const char *source);                    /* .delayc-lint.yaml above source, or NULL */
void config_set(LintConfig *c, const char *key, const char *val);
long long config_int(const LintConfig *c, const char *key, long long dflt);
int config_check(const LintConfig *c, const char *where);  /* known options, integer values */

/* ---- a run over one file ---- */

typedef struct Lint {
  Unit *u;
  Model *m;
  const LintConfig *cfg;
  const struct Check *check;   /* the check running now */
  Finding *f; int nf;
  Analysis *an;                /* the emitter's analysis of the unit, made once when a check asks
                                  (lint_analysis); lint_done disposes of it */
} Lint;

Analysis *lint_analysis(Lint *L);   /* what emit makes of each call (tasks, serial calls) */
void lint_done(Lint *L);            /* after the checks: the analysis disposed of */

typedef struct Check {
  const char *name;
  const char *summary;         /* one line: what it finds */
  const char *help;            /* one line: what to do instead */
  void (*run)(Lint *L);
  int opt_in;                  /* off unless --checks (or the config) names it */
  int remark;                  /* a suggestion, not a problem: `remark:` (SARIF level note) */
} Check;

extern const Check lint_checks[];
extern const int lint_nchecks;

Finding *lint_report(Lint *L, Node *at, const char *f, ...) __attribute__((format(printf, 3, 4)));
Finding *lint_report_at(Lint *L, unsigned off, const char *f, ...) __attribute__((format(printf, 3, 4)));
void lint_note(Finding *x, unsigned off, const char *f, ...) __attribute__((format(printf, 3, 4)));
void lint_fix(Finding *x, unsigned beg, unsigned end, const char *text);
unsigned lint_decl_off(Unit *u, CXCursor d);    /* where a declaration's name is, in the main file */
void lint_line_col(Unit *u, unsigned off, unsigned *line, unsigned *col);
void lint_filter_nolint(Lint *L);               /* drop findings under NOLINT comments */
void lint_sort(Lint *L);
void lint_begin_unit(Unit *u);                   /* the unit notes are resolved against */
void lint_warn_nolint_names(const char *path, int color);  /* NOLINT(name) that names no check: warnings */
void lint_warn_globs(const char *globs, const char *where); /* --checks globs that match no check: warnings */

/* the checks */
void check_call_before_delay(Lint *L);
void check_mutates_input(Lint *L);
void check_declared_extent(Lint *L);   /* part of delayed-mutates-input */
void check_pure_declared(Lint *L);     /* part of delayed-mutates-input */
void check_global_state(Lint *L);
void check_compute_in_loop(Lint *L);
void check_result_unused(Lint *L);
void check_nested(Lint *L);
void check_too_fine(Lint *L);
void check_single_task(Lint *L);
void check_large_by_value(Lint *L);
void check_stays_serial(Lint *L);
void check_not_distributed(Lint *L);   /* checks/not_distributed.c (opt-in) */

/* ---- the work model: cost/cost.h ---- */
#include "cost/cost.h"

/* ---- format.c ---- */
/* One linted file, kept after its translation unit is gone. */
typedef struct LintFile {
  const char *path;    /* as given (or from compile_commands.json) */
  char *src; size_t len; /* its text when linted: fix-its apply to it */
  Finding *f; int nf;
} LintFile;
void format_text(FILE *out, LintFile *files, int n, int color);
void format_json(FILE *out, LintFile *files, int n);
/* rules: the checks the findings come from (lint_checks, or suggest's kinds) */
void format_sarif(FILE *out, LintFile *files, int n, const Check *rules, int nrules);
int export_fixes(const char *path, LintFile *files, int n);

/* ---- fix.c ---- */
int apply_fixes(LintFile *lf);                   /* 0, or -1 after a message */

/* ---- lint.c ---- */
char *lint_open(Unit *u, const char *path, char **flags, int nflags, const char **cflags, int ncflags, size_t *len);
void lint_close(Unit *u);

/* lint_main() and suggest_main(), the entry points, are declared in delayc.h. */

/* ---- docs_path.c: the installed documentation ---- */
char *check_doc_path(const char *name);          /* absolute path of a check's page, or NULL */


#endif /* DELAYC_LINT_H */
