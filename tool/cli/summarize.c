/* summarize.c — `delayc summarize IN.c -o OUT.fx [--depfile F] [-- flags]`:
 * what the functions of one file touch, for the other files of its program.
 *
 * Writes the summary of every function with external linkage that IN.c
 * defines (program.c's format: its globals, resources, parameters, or
 * "everything").  `delayc emit --with OUT.fx` then uses it instead of parsing
 * IN.c again.  OUT.fx is rewritten only when its content changes, so that a
 * build (delayc_parallelize) does not emit the files that use it again when
 * an edit of IN.c did not change what its functions touch.  --depfile names
 * the headers IN.c includes, like emit's. */
#include "delayc.h"
#include "cli/buildsys.h"

#include <stdlib.h>
#include <string.h>

static const char summarize_help[] =
    "usage: delayc summarize IN.c -o OUT.fx [--depfile F] [-- compiler flags]\n"
    "\n"
    "Writes what the functions IN.c defines touch (globals, the console, files,\n"
    "... or everything), for `delayc emit --with OUT.fx` on the program's other\n"
    "files.  OUT.fx is left untouched when its content would not change.\n";

/* Is the file's content already text (len bytes)? */
static int same_content(const char *path, const char *text, size_t len) {
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  char *old = xmalloc(len + 1);
  size_t n = fread(old, 1, len + 1, f);
  fclose(f);
  int same = n == len && !memcmp(old, text, len);
  free(old);
  return same;
}

int summarize_main(int argc, char **argv) {
  const char *in = NULL, *out = NULL, *depfile = NULL;
  const char **cflags = NULL;
  int ncflags = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(summarize_help, stdout); return EXIT_OK; }
    if (!strcmp(a, "--")) { cflags = (const char **)argv + i + 1; ncflags = argc - i - 1; break; }
    if ((!strcmp(a, "-o") || !strcmp(a, "--depfile")) && i + 1 < argc) {
      if (a[1] == 'o') out = argv[++i]; else depfile = argv[++i];
    } else if (a[0] == '-' && a[1]) {
      return cli_unknown_option("summarize", argc, argv, i);
    } else if (!in) {
      in = a;
    } else {
      fprintf(stderr, "%s summarize: error: more than one input file ('%s' and '%s')\n", prog_name, in, a);
      return cli_usage_error("summarize");
    }
  }
  if (!in || !out) {
    fprintf(stderr, "%s summarize: error: %s\n", prog_name, !in ? "no input file" : "no output file: -o OUT.fx");
    return cli_usage_error("summarize");
  }
  char *data;
  size_t len;
  if (read_c_source(in, &data, &len) != 0) return EXIT_FAIL;
  free(data);
  const char **args = NULL;
  int nargs = 0;
  delayc_own_includes(&args, &nargs);
  args = xrealloc(args, (size_t)(nargs + ncflags + 1) * sizeof *args);
  for (int i = 0; i < ncflags; i++) args[nargs++] = cflags[i];
  fx_program_add(in, nargs, args);
  if (fx_program_summarize_rounds(1) != 0) return EXIT_FAIL;
  size_t n;
  char *text = fx_program_text(&n);
  int rc = EXIT_OK;
  if (!text) { error("out of memory"); return EXIT_FAIL; }
  if (!same_content(out, text, n) && write_atomic(out, text, n) != 0) rc = EXIT_FAIL;
  free(text);
  if (rc == EXIT_OK && depfile) {
    Unit u;
    if (fe_parse(&u, in, nargs, args, NULL, 0) != 0 || depfile_write(&u, depfile, out) != 0) rc = EXIT_FAIL;
    fe_dispose(&u);
  }
  free(args);
  return rc;
}
