/* ccflags.c — what one argument of a gcc or clang command line is: an input
 * file, an option libclang needs to read the source the way the compiler does
 * (-I, -D, -std=, ...), or any other option; and how many arguments it spans,
 * so that the value of `-o out.c` is never taken for an input.
 *
 * Used by `delayc emit -p` (flags from compile_commands.json) and by the
 * delayc-cc wrapper (flags of the command it wraps).  Only the C library. */
#include "cli/buildsys.h"

#include <string.h>

enum {
  SEP = 1,    /* `-o VALUE`: the value may be the next argument */
  JOIN = 2,   /* `-oVALUE`: ... or attached */
  EQ = 4,     /* `--sysroot=VALUE` */
  PARSE = 8,  /* libclang needs it */
  PATH = 16   /* its value is a path */
};

typedef struct Opt { const char *name; int how; } Opt;

/* Options with a value.  An exact match is tried first, then the longest
 * prefix among JOIN and EQ options, so that `-include` is not `-I` + "nclude". */
static const Opt with_value[] = {
  {"-I", SEP | JOIN | PARSE | PATH},
  {"-D", SEP | JOIN | PARSE},
  {"-U", SEP | JOIN | PARSE},
  {"-include", SEP | PARSE | PATH},
  {"-imacros", SEP | PARSE | PATH},
  {"-isystem", SEP | JOIN | PARSE | PATH},
  {"-iquote", SEP | JOIN | PARSE | PATH},
  {"-idirafter", SEP | JOIN | PARSE | PATH},
  {"-isysroot", SEP | JOIN | PARSE | PATH},
  {"--sysroot", SEP | EQ | PARSE | PATH},
  {"-std", EQ | PARSE},
  {"--std", SEP | EQ | PARSE},
  {"-o", SEP | JOIN},
  {"-x", SEP | JOIN},
  {"-MF", SEP | JOIN},
  {"-MT", SEP | JOIN},
  {"-MQ", SEP | JOIN},
  {"-MJ", SEP | JOIN},
  {"-L", SEP | JOIN},
  {"-l", SEP | JOIN},
  {"-B", SEP | JOIN},
  {"-T", SEP | JOIN},
  {"-u", SEP | JOIN},
  {"-z", SEP | JOIN},
  {"-e", SEP},
  {"-A", SEP | JOIN},
  {"-iprefix", SEP | JOIN},
  {"-iwithprefix", SEP | JOIN},
  {"-iwithprefixbefore", SEP | JOIN},
  {"-imultilib", SEP | JOIN},
  {"-Xlinker", SEP},
  {"-Xassembler", SEP},
  {"-Xpreprocessor", SEP},
  {"-Xclang", SEP},
  {"-aux-info", SEP},
  {"-arch", SEP},
  {"-target", SEP},
  {"--target", SEP | EQ},
  {"--param", SEP | EQ},
  {"-dumpbase", SEP},
  {"-dumpdir", SEP},
  {"-wrapper", SEP},
  {"-specs", SEP | EQ},
};

/* Options without a value that change what the preprocessor or the parser
 * sees (predefined macros, the language): given to libclang as they are. */
static const char *const parse_flags[] = {
  "-ansi", "-nostdinc", "-undef", "-pthread", "-m32", "-m64", "-mx32",
  "-funsigned-char", "-fsigned-char", "-fno-signed-char", "-fno-unsigned-char",
  "-fPIC", "-fpic", "-fPIE", "-fpie", "-fno-pic", "-fno-pie", "-fno-PIC", "-fno-PIE",
  "-ffreestanding", "-fhosted", "-fno-builtin", "-fgnu89-inline", "-fms-extensions",
  "-fshort-enums", "-fshort-wchar", "-ffast-math", "-fno-fast-math",
  "-fgnu-keywords", "-fno-gnu-keywords", "-fdollars-in-identifiers", "-fno-dollars-in-identifiers",
  "-trigraphs", "-fblocks",
};

const char *cc_ext(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  const char *dot = strrchr(base, '.');
  return dot && dot != base ? dot + 1 : "";
}

CcArg cc_arg(int argc, char *const *argv, int i) {
  CcArg r = {CC_OTHER, 1, NULL, NULL, 0};
  const char *a = argv[i];
  if (a[0] != '-' || !a[1]) {        /* a file, or "-" (standard input) */
    r.kind = CC_INPUT;
    r.value = a;
    return r;
  }
  size_t na = strlen(a);
  int n = (int)(sizeof with_value / sizeof *with_value);
  for (int k = 0; k < n; k++) {      /* exact: the value is the next argument */
    const Opt *o = &with_value[k];
    if ((o->how & SEP) && !strcmp(a, o->name)) {
      r.name = o->name;
      r.kind = (o->how & PARSE) ? CC_PARSE : CC_OTHER;
      r.path = (o->how & PATH) != 0;
      if (i + 1 < argc) { r.n = 2; r.value = argv[i + 1]; }
      return r;
    }
  }
  for (size_t k = 0; k < sizeof parse_flags / sizeof *parse_flags; k++)
    if (!strcmp(a, parse_flags[k])) { r.kind = CC_PARSE; r.name = parse_flags[k]; return r; }
  const Opt *best = NULL;
  size_t bestlen = 0;
  for (int k = 0; k < n; k++) {      /* attached: the longest matching prefix */
    const Opt *o = &with_value[k];
    size_t l = strlen(o->name);
    if (l >= na || strncmp(a, o->name, l) || l <= bestlen) continue;
    if ((o->how & JOIN) || ((o->how & EQ) && a[l] == '=')) { best = o; bestlen = l; }
  }
  if (best) {
    r.name = best->name;
    r.kind = (best->how & PARSE) ? CC_PARSE : CC_OTHER;
    r.path = (best->how & PATH) != 0;
    r.value = a + bestlen + (a[bestlen] == '=' && !(best->how & JOIN));
    return r;
  }
  if (a[1] == 'O') r.kind = CC_PARSE;   /* -O2, -Os: __OPTIMIZE__ and friends */
  return r;
}
