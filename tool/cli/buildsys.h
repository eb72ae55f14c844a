/* buildsys.h — the build-system side of delayc: what a compiler command line
 * means (ccflags.c, shared by `delayc emit -p` and the delayc-cc wrapper), the
 * dependency file of `delayc emit --depfile` (depfile.c) and the many-file
 * forms of emit, `--out-dir` and `-p BUILD_DIR` (emit_many.c).
 *
 * ccflags.c uses the C library only, so that delayc-cc can be built from it
 * without libclang; depfile.c and emit_many.c belong to the delayc command. */
#ifndef DELAYC_BUILDSYS_H
#define DELAYC_BUILDSYS_H

/* ---- ccflags.c: one argument of a gcc/clang command line ---- */
enum {
  CC_INPUT = 1,   /* an input file (or "-" for standard input) */
  CC_PARSE = 2,   /* an option libclang needs to read the source as the compiler does */
  CC_OTHER = 3    /* any other option */
};
typedef struct CcArg {
  int kind;           /* CC_INPUT, CC_PARSE or CC_OTHER */
  int n;              /* arguments it spans: 1, or 2 for `-I dir`, `-o out` */
  const char *name;   /* the option's canonical spelling ("-I", "-o"), or NULL */
  const char *value;  /* its value (attached or the next argument), or NULL */
  int path;           /* the value is a path (relative to the working directory) */
} CcArg;

/* Classifies argv[i] (i < argc).  An option whose value should follow but is
 * missing spans only itself, with a NULL value. */
CcArg cc_arg(int argc, char *const *argv, int i);

/* The file name extension of path ("c" for "dir/a.c"), or "" */
const char *cc_ext(const char *path);

/* ---- depfile.c ---- */
#ifdef CINDEX_LINKAGE   /* clang-c/Index.h is included: delayc itself */
struct Unit;
/* Writes a Make-syntax dependency file: `TARGET: INPUT HEADER...` followed by
 * an empty rule per header (like gcc -MP), every path made absolute.  0 or -1
 * (after an error message). */
int depfile_write(struct Unit *u, const char *depfile, const char *target);
#endif

/* ---- emit_many.c ---- */
/* One file to emit, with the parse flags it needs. */
typedef struct EmitJob {
  char *in, *out;
  char **flags;
  int nflags;
} EmitJob;

/* Builds the job list of `delayc emit --out-dir DIR [-p BUILD_DIR] [FILE...]`
 * or of `delayc emit -p BUILD_DIR FILE -o OUT`.  out_dir is NULL with -o; root
 * is the directory mirrored under out_dir (NULL: the working directory).
 * Returns the number of jobs, or -1 after an error message; *nbad counts the
 * files left out after an error message (outside root, not in the database). */
int emit_jobs(const char *out_dir, const char *root, const char *build_dir,
              const char *const *files, int nfiles, const char *out,
              EmitJob **jobs, int *nbad);

/* The jobs' files as one program (effects/program.c, as emit --with reads
 * them), each parsed with delayc's include directories, its own flags and
 * cflags: lint and suggest given several files see what the others'
 * functions touch.  Nothing for one job. */
void jobs_as_program(const EmitJob *jobs, int njobs, const char *const *cflags, int ncflags);
/* A job's parse arguments: delayc's include directories, its flags, then
 * cflags (malloc'd array of borrowed strings). */
const char **job_parse_args(const EmitJob *job, const char *const *cflags, int ncflags, int *nargs);

/* Creates the parent directories of path.  0 or -1 (after an error message). */
int mkdir_parents(const char *path);

#endif /* DELAYC_BUILDSYS_H */
