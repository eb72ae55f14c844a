/* cli.h — the command line: subcommands, their usage, options a subcommand does
 * not know, the many-file and build-system forms of emit.
 *
 *   main.c       delayc emit / graph, and the dispatch to the other subcommands
 *   usage.c      the subcommands and their usage lines; unknown options
 *   emit_many.c  emit --out-dir / -p;  depfile.c  emit --depfile (buildsys.h)
 *   summarize.c  delayc summarize */
#ifndef DELAYC_CLI_H
#define DELAYC_CLI_H

#include "util/util.h"
#include "frontend/frontend.h"   /* Unit, for lint_for_emit */

/* ---- usage.c: the subcommands, their usage lines, unknown options ---- */
void cli_print_overview(FILE *out);              /* delayc --help */
int cli_usage_error(const char *cmd);            /* cmd's usage lines on stderr (NULL: delayc's); EXIT_USAGE */
int cli_unknown_option(const char *cmd, int argc, char **argv, int i);  /* argv[0]: cmd; EXIT_USAGE */
int cli_unknown_subcommand(const char *name);    /* EXIT_USAGE */
int cli_is_compiler_flag(const char *arg);       /* -I, -D, -std=, -W..., -f..., -O... */

/* ---- summarize.c: `delayc summarize IN.c -o OUT.fx` ---- */
int summarize_main(int argc, char **argv);   /* argv[0] is "summarize" */

/* ---- lint.c, suggest.c: `delayc lint` and `delayc suggest` (lint.h) ---- */
int lint_main(int argc, char **argv);
int suggest_main(int argc, char **argv);
/* emit's warnings: the lint checks that find a user's mistake in the
 * annotations (a written DELAYED_IN, delayed(f(x))), printed as lint prints
 * them; their number */
int lint_for_emit(Unit *u);

#endif /* DELAYC_CLI_H */
