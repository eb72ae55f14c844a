/* library.c — what the C library and POSIX functions delayc knows touch.
 *
 * A call of a function whose body delayc cannot see is assumed to read and
 * write everything (effects.c) — unless the function is in this table, which
 * says, for each, the resources it uses and what it does with the memory its
 * pointer arguments reach.  The resources (Resource, delayc.h) are the state a
 * program shares with itself behind its variables' backs: the console, the
 * file system, the environment, the locale, the random generators' state, the
 * clocks, the C library's hidden buffers.  docs/lowering.md lists them, and
 * this table is the list of functions it documents.
 *
 * An entry's `res` is a string of letters, one per resource: lower case reads
 * it, upper case writes it (and reads it):
 *   c C  the console: stdin, stdout, stderr, descriptors 0-2
 *   f F  the file system: paths, and the files behind streams and descriptors
 *   e E  the environment          l L  the locale
 *   r R  the random state         t T  the clocks
 *   s S  the C library's hidden state (strtok, localtime, strerror ...)
 *   *    everything: the process (exit, abort, signal, system, fork ...)
 * Its `param` string has one letter per parameter: '.' a value, 'r' reads the
 * memory the pointer reaches, 'w' writes it (and may read it), 'p' a pointer
 * kept or returned but not accessed, 'x' a function called back (qsort's
 * comparator); a parameter past the string goes by its type (a pointer to
 * const reads, any other pointer writes).  `va` is the same for the variadic
 * arguments.  `kind` marks the functions whose effect depends on an argument
 * (a stream, a descriptor, an open mode): effects.c reads it at each call.
 *
 * Names are matched after the prefixes that fortified or builtin spellings add
 * (`__builtin___memcpy_chk` is memcpy, `__fprintf_chk` is fprintf, `_IO_getc`
 * is getc).  Functions of <math.h>, <complex.h> and <fenv.h>... are pure and
 * need no entry but for those that write through a pointer (frexp, modf ...).
 */
#include "effects/effects.h"

#include <stdlib.h>
#include <string.h>

static const LibFn aLib[] = {
  /* ---- stdio: the console ---- */
  {"printf", "C", "r", 'r', LIB_PLAIN, 0},
  {"vprintf", "C", "r.", 0, LIB_PLAIN, 0},
  {"puts", "C", "r", 0, LIB_PLAIN, 0},
  {"putchar", "C", ".", 0, LIB_PLAIN, 0},
  {"putchar_unlocked", "C", ".", 0, LIB_PLAIN, 0},
  {"perror", "CS", "r", 0, LIB_PLAIN, 0},        /* reads errno too (analyze.c) */
  {"scanf", "C", "r", 'w', LIB_PLAIN, 0},
  {"vscanf", "C", "r.", 0, LIB_PLAIN, 0},
  {"getchar", "C", "", 0, LIB_PLAIN, 0},
  {"getchar_unlocked", "C", "", 0, LIB_PLAIN, 0},
  {"gets", "C", "w", 0, LIB_PLAIN, 0},
  /* ---- stdio: streams (the stream argument decides: stdout, one the function opened, or unknown) ---- */
  {"fprintf", "", "pr", 'r', LIB_STREAM_OUT, 0},
  {"vfprintf", "", "pr.", 0, LIB_STREAM_OUT, 0},
  {"fputs", "", "rp", 0, LIB_STREAM_OUT, 1},
  {"fputc", "", ".p", 0, LIB_STREAM_OUT, 1},
  {"putc", "", ".p", 0, LIB_STREAM_OUT, 1},
  {"fputc_unlocked", "", ".p", 0, LIB_STREAM_OUT, 1},
  {"putc_unlocked", "", ".p", 0, LIB_STREAM_OUT, 1},
  {"fwrite", "", "r..p", 0, LIB_STREAM_OUT, 3},
  {"fwrite_unlocked", "", "r..p", 0, LIB_STREAM_OUT, 3},
  {"fflush", "", "p", 0, LIB_STREAM_OUT, 0},
  {"fscanf", "", "pr", 'w', LIB_STREAM_IN, 0},
  {"vfscanf", "", "pr.", 0, LIB_STREAM_IN, 0},
  {"fgets", "", "w.p", 0, LIB_STREAM_IN, 2},
  {"fgetc", "", "p", 0, LIB_STREAM_IN, 0},
  {"getc", "", "p", 0, LIB_STREAM_IN, 0},
  {"getc_unlocked", "", "p", 0, LIB_STREAM_IN, 0},
  {"fgetc_unlocked", "", "p", 0, LIB_STREAM_IN, 0},
  {"ungetc", "", ".p", 0, LIB_STREAM_IN, 1},
  {"fread", "", "w..p", 0, LIB_STREAM_IN, 3},
  {"fread_unlocked", "", "w..p", 0, LIB_STREAM_IN, 3},
  {"getline", "", "ww.p", 0, LIB_STREAM_IN, 2},
  {"getdelim", "", "ww.p", 0, LIB_STREAM_IN, 3},
  {"fseek", "", "p..", 0, LIB_STREAM_IN, 0},
  {"fseeko", "", "p..", 0, LIB_STREAM_IN, 0},
  {"ftell", "", "p", 0, LIB_STREAM_IN, 0},
  {"ftello", "", "p", 0, LIB_STREAM_IN, 0},
  {"rewind", "", "p", 0, LIB_STREAM_IN, 0},
  {"fgetpos", "", "pw", 0, LIB_STREAM_IN, 0},
  {"fsetpos", "", "pr", 0, LIB_STREAM_IN, 0},
  {"feof", "", "p", 0, LIB_STREAM_IN, 0},
  {"ferror", "", "p", 0, LIB_STREAM_IN, 0},
  {"clearerr", "", "p", 0, LIB_STREAM_IN, 0},
  {"fileno", "", "p", 0, LIB_STREAM_IN, 0},
  {"setvbuf", "", "pw..", 0, LIB_STREAM_IN, 0},
  {"setbuf", "", "pw", 0, LIB_STREAM_IN, 0},
  {"fclose", "", "p", 0, LIB_STREAM_CLOSE, 0},
  {"fopen", "", "rr", 0, LIB_FOPEN, 1},
  {"fopen64", "", "rr", 0, LIB_FOPEN, 1},
  {"freopen", "CF", "rrp", 0, LIB_PLAIN, 0},
  {"fdopen", "", ".r", 0, LIB_PLAIN, 0},
  {"tmpfile", "", "", 0, LIB_PLAIN, 0},
  {"fmemopen", "", "wr", 0, LIB_PLAIN, 0},
  {"open_memstream", "", "ww", 0, LIB_PLAIN, 0},
  {"popen", "*", "rr", 0, LIB_PLAIN, 0},
  {"pclose", "*", "p", 0, LIB_PLAIN, 0},
  {"remove", "F", "r", 0, LIB_PLAIN, 0},
  {"rename", "F", "rr", 0, LIB_PLAIN, 0},
  {"tmpnam", "FS", "w", 0, LIB_PLAIN, 0},
  /* ---- stdio: memory ---- */
  {"sprintf", "", "wr", 'r', LIB_PLAIN, 0},
  {"snprintf", "", "w.r", 'r', LIB_PLAIN, 0},
  {"vsprintf", "", "wr.", 0, LIB_PLAIN, 0},
  {"vsnprintf", "", "w.r.", 0, LIB_PLAIN, 0},
  {"asprintf", "", "wr", 'r', LIB_PLAIN, 0},
  {"vasprintf", "", "wr.", 0, LIB_PLAIN, 0},
  {"sscanf", "", "rr", 'w', LIB_PLAIN, 0},
  {"vsscanf", "", "rr.", 0, LIB_PLAIN, 0},
  /* ---- POSIX descriptors (the descriptor argument decides, like streams) ---- */
  {"open", "", "r.", 0, LIB_OPEN, 1},
  {"open64", "", "r.", 0, LIB_OPEN, 1},
  {"openat", "", ".r.", 0, LIB_OPEN, 2},
  {"creat", "F", "r.", 0, LIB_PLAIN, 0},
  {"write", "", ".r.", 0, LIB_FD_OUT, 0},
  {"pwrite", "", ".r..", 0, LIB_FD_OUT, 0},
  {"fsync", "", ".", 0, LIB_FD_OUT, 0},
  {"dprintf", "", ".r", 'r', LIB_FD_OUT, 0},
  {"vdprintf", "", ".r.", 0, LIB_FD_OUT, 0},
  {"ftruncate", "", "..", 0, LIB_FD_OUT, 0},
  {"read", "", ".w.", 0, LIB_FD_IN, 0},
  {"pread", "f", ".w..", 0, LIB_PLAIN, 0},     /* at an offset: moves no position */
  {"lseek", "", "...", 0, LIB_FD_IN, 0},
  {"fstat", "", ".w", 0, LIB_FD_IN, 0},
  {"isatty", "", ".", 0, LIB_FD_IN, 0},
  {"close", "", ".", 0, LIB_FD_CLOSE, 0},
  {"dup", "CF", ".", 0, LIB_PLAIN, 0},
  {"dup2", "CF", "..", 0, LIB_PLAIN, 0},
  {"pipe", "CF", "w", 0, LIB_PLAIN, 0},
  {"mkstemp", "F", "w", 0, LIB_PLAIN, 0},
  {"mkdtemp", "F", "w", 0, LIB_PLAIN, 0},
  {"unlink", "F", "r", 0, LIB_PLAIN, 0},
  {"unlinkat", "F", ".r.", 0, LIB_PLAIN, 0},
  {"rmdir", "F", "r", 0, LIB_PLAIN, 0},
  {"mkdir", "F", "r.", 0, LIB_PLAIN, 0},
  {"truncate", "F", "r.", 0, LIB_PLAIN, 0},
  {"link", "F", "rr", 0, LIB_PLAIN, 0},
  {"symlink", "F", "rr", 0, LIB_PLAIN, 0},
  {"chmod", "F", "r.", 0, LIB_PLAIN, 0},
  {"chdir", "F", "r", 0, LIB_PLAIN, 0},
  {"stat", "f", "rw", 0, LIB_PLAIN, 0},
  {"lstat", "f", "rw", 0, LIB_PLAIN, 0},
  {"access", "f", "r.", 0, LIB_PLAIN, 0},
  {"readlink", "f", "rw.", 0, LIB_PLAIN, 0},
  {"realpath", "f", "rw", 0, LIB_PLAIN, 0},
  {"getcwd", "f", "w.", 0, LIB_PLAIN, 0},
  {"opendir", "f", "r", 0, LIB_PLAIN, 0},
  {"readdir", "f", "w", 0, LIB_PLAIN, 0},
  {"closedir", "", "w", 0, LIB_PLAIN, 0},
  {"rewinddir", "f", "w", 0, LIB_PLAIN, 0},
  /* ---- string.h, memory (no state: what the pointers reach) ---- */
  {"memcpy", "", "wr.", 0, LIB_PLAIN, 0},
  {"memmove", "", "wr.", 0, LIB_PLAIN, 0},
  {"memset", "", "w..", 0, LIB_PLAIN, 0},
  {"memcmp", "", "rr.", 0, LIB_PLAIN, 0},
  {"memchr", "", "r..", 0, LIB_PLAIN, 0},
  {"memrchr", "", "r..", 0, LIB_PLAIN, 0},
  {"memmem", "", "r.r.", 0, LIB_PLAIN, 0},
  {"mempcpy", "", "wr.", 0, LIB_PLAIN, 0},
  {"strcpy", "", "wr", 0, LIB_PLAIN, 0},
  {"strncpy", "", "wr.", 0, LIB_PLAIN, 0},
  {"stpcpy", "", "wr", 0, LIB_PLAIN, 0},
  {"stpncpy", "", "wr.", 0, LIB_PLAIN, 0},
  {"strcat", "", "wr", 0, LIB_PLAIN, 0},
  {"strncat", "", "wr.", 0, LIB_PLAIN, 0},
  {"strlcpy", "", "wr.", 0, LIB_PLAIN, 0},
  {"strlcat", "", "wr.", 0, LIB_PLAIN, 0},
  {"strlen", "", "r", 0, LIB_PLAIN, 0},
  {"strnlen", "", "r.", 0, LIB_PLAIN, 0},
  {"strcmp", "", "rr", 0, LIB_PLAIN, 0},
  {"strncmp", "", "rr.", 0, LIB_PLAIN, 0},
  {"strcasecmp", "l", "rr", 0, LIB_PLAIN, 0},
  {"strncasecmp", "l", "rr.", 0, LIB_PLAIN, 0},
  {"strcoll", "l", "rr", 0, LIB_PLAIN, 0},
  {"strxfrm", "l", "wr.", 0, LIB_PLAIN, 0},
  {"strchr", "", "r.", 0, LIB_PLAIN, 0},
  {"strrchr", "", "r.", 0, LIB_PLAIN, 0},
  {"strchrnul", "", "r.", 0, LIB_PLAIN, 0},
  {"strstr", "", "rr", 0, LIB_PLAIN, 0},
  {"strcasestr", "l", "rr", 0, LIB_PLAIN, 0},
  {"strpbrk", "", "rr", 0, LIB_PLAIN, 0},
  {"strspn", "", "rr", 0, LIB_PLAIN, 0},
  {"strcspn", "", "rr", 0, LIB_PLAIN, 0},
  {"strdup", "", "r", 0, LIB_PLAIN, 0},
  {"strndup", "", "r.", 0, LIB_PLAIN, 0},
  {"strsep", "", "wr", 0, LIB_PLAIN, 0},
  {"strtok_r", "", "wrw", 0, LIB_PLAIN, 0},
  {"strtok", "S", "wr", 0, LIB_PLAIN, 0},
  {"strerror", "S", ".", 0, LIB_PLAIN, 0},
  {"strerror_r", "", ".w.", 0, LIB_PLAIN, 0},
  {"strsignal", "S", ".", 0, LIB_PLAIN, 0},
  {"bzero", "", "w.", 0, LIB_PLAIN, 0},
  {"explicit_bzero", "", "w.", 0, LIB_PLAIN, 0},
  /* ---- stdlib.h ---- */
  {"malloc", "", ".", 0, LIB_PLAIN, 0},
  {"calloc", "", "..", 0, LIB_PLAIN, 0},
  {"realloc", "", "w.", 0, LIB_PLAIN, 0},
  {"reallocarray", "", "w..", 0, LIB_PLAIN, 0},
  {"free", "", "w", 0, LIB_PLAIN, 0},
  {"aligned_alloc", "", "..", 0, LIB_PLAIN, 0},
  {"posix_memalign", "", "w..", 0, LIB_PLAIN, 0},
  {"atoi", "", "r", 0, LIB_PLAIN, 0},
  {"atol", "", "r", 0, LIB_PLAIN, 0},
  {"atoll", "", "r", 0, LIB_PLAIN, 0},
  {"atof", "l", "r", 0, LIB_PLAIN, 0},
  {"strtol", "", "rw.", 0, LIB_PLAIN, 0},
  {"strtoul", "", "rw.", 0, LIB_PLAIN, 0},
  {"strtoll", "", "rw.", 0, LIB_PLAIN, 0},
  {"strtoull", "", "rw.", 0, LIB_PLAIN, 0},
  {"strtoimax", "", "rw.", 0, LIB_PLAIN, 0},
  {"strtoumax", "", "rw.", 0, LIB_PLAIN, 0},
  {"strtod", "l", "rw", 0, LIB_PLAIN, 0},
  {"strtof", "l", "rw", 0, LIB_PLAIN, 0},
  {"strtold", "l", "rw", 0, LIB_PLAIN, 0},
  {"abs", "", ".", 0, LIB_PLAIN, 0},
  {"labs", "", ".", 0, LIB_PLAIN, 0},
  {"llabs", "", ".", 0, LIB_PLAIN, 0},
  {"imaxabs", "", ".", 0, LIB_PLAIN, 0},
  {"div", "", "..", 0, LIB_PLAIN, 0},
  {"ldiv", "", "..", 0, LIB_PLAIN, 0},
  {"lldiv", "", "..", 0, LIB_PLAIN, 0},
  {"qsort", "", "w..x", 0, LIB_PLAIN, 0},
  {"qsort_r", "", "w..xp", 0, LIB_PLAIN, 0},
  {"bsearch", "", "rr..x", 0, LIB_PLAIN, 0},
  {"rand", "R", "", 0, LIB_PLAIN, 0},
  {"srand", "R", ".", 0, LIB_PLAIN, 0},
  {"random", "R", "", 0, LIB_PLAIN, 0},
  {"srandom", "R", ".", 0, LIB_PLAIN, 0},
  {"initstate", "R", ".w.", 0, LIB_PLAIN, 0},
  {"setstate", "R", "w", 0, LIB_PLAIN, 0},
  {"drand48", "R", "", 0, LIB_PLAIN, 0},
  {"lrand48", "R", "", 0, LIB_PLAIN, 0},
  {"mrand48", "R", "", 0, LIB_PLAIN, 0},
  {"srand48", "R", ".", 0, LIB_PLAIN, 0},
  {"seed48", "R", "w", 0, LIB_PLAIN, 0},
  {"lcong48", "R", "r", 0, LIB_PLAIN, 0},
  {"erand48", "", "w", 0, LIB_PLAIN, 0},
  {"nrand48", "", "w", 0, LIB_PLAIN, 0},
  {"jrand48", "", "w", 0, LIB_PLAIN, 0},
  {"rand_r", "", "w", 0, LIB_PLAIN, 0},
  {"getenv", "e", "r", 0, LIB_PLAIN, 0},
  {"secure_getenv", "e", "r", 0, LIB_PLAIN, 0},
  {"setenv", "E", "rr.", 0, LIB_PLAIN, 0},
  {"unsetenv", "E", "r", 0, LIB_PLAIN, 0},
  {"putenv", "E", "p", 0, LIB_PLAIN, 0},
  {"clearenv", "E", "", 0, LIB_PLAIN, 0},
  {"mblen", "lS", "r.", 0, LIB_PLAIN, 0},
  {"mbtowc", "lS", "wr.", 0, LIB_PLAIN, 0},
  {"wctomb", "lS", "w.", 0, LIB_PLAIN, 0},
  {"mbstowcs", "l", "wr.", 0, LIB_PLAIN, 0},
  {"wcstombs", "l", "wr.", 0, LIB_PLAIN, 0},
  /* the end of the process (LIB_END).  What it leaves behind is the console
   * and the files: exit flushes the streams (and runs the exit handlers, which
   * may touch anything, when the file registers any); abort stops, flushing
   * nothing.  Tasks before such a call in the serial order that print or write
   * files stay before it, those after it wait for it; two ends of one status
   * need no order (effects.c).  A failed assert prints on stderr: it writes. */
  {"exit", "", ".", 0, LIB_END, 0},
  {"_Exit", "", ".", 0, LIB_END, 0},
  {"_exit", "", ".", 0, LIB_END, 0},
  {"quick_exit", "", ".", 0, LIB_END, 0},
  {"abort", "", "", 0, LIB_END, 0},
  {"__assert_fail", "C", "rr.r", 0, LIB_PLAIN, 0},
  {"__assert_perror_fail", "C", ".r.r", 0, LIB_PLAIN, 0},
  {"__assert", "C", "rr.", 0, LIB_PLAIN, 0},
  /* the process: ordered with everything */
  {"atexit", "*", "x", 0, LIB_PLAIN, 0},
  {"at_quick_exit", "*", "x", 0, LIB_PLAIN, 0},
  {"system", "*", "r", 0, LIB_PLAIN, 0},
  {"signal", "*", ".x", 0, LIB_PLAIN, 0},
  {"raise", "*", ".", 0, LIB_PLAIN, 0},
  {"kill", "*", "..", 0, LIB_PLAIN, 0},
  {"fork", "*", "", 0, LIB_PLAIN, 0},
  {"execv", "*", "rr", 0, LIB_PLAIN, 0},
  {"execvp", "*", "rr", 0, LIB_PLAIN, 0},
  {"execl", "*", "rr", 'r', LIB_PLAIN, 0},
  {"execlp", "*", "rr", 'r', LIB_PLAIN, 0},
  {"wait", "*", "w", 0, LIB_PLAIN, 0},
  {"waitpid", "*", ".w.", 0, LIB_PLAIN, 0},
  {"getpid", "", "", 0, LIB_PLAIN, 0},
  {"getppid", "", "", 0, LIB_PLAIN, 0},
  /* ---- time ---- */
  {"time", "t", "w", 0, LIB_PLAIN, 0},
  {"clock", "t", "", 0, LIB_PLAIN, 0},
  {"clock_gettime", "t", ".w", 0, LIB_PLAIN, 0},
  {"clock_getres", "", ".w", 0, LIB_PLAIN, 0},
  {"gettimeofday", "t", "ww", 0, LIB_PLAIN, 0},
  {"timespec_get", "t", "w.", 0, LIB_PLAIN, 0},
  {"difftime", "", "..", 0, LIB_PLAIN, 0},
  {"sleep", "", ".", 0, LIB_PLAIN, 0},
  {"usleep", "", ".", 0, LIB_PLAIN, 0},
  {"nanosleep", "", "rw", 0, LIB_PLAIN, 0},
  {"clock_nanosleep", "", "..rw", 0, LIB_PLAIN, 0},
  {"sched_yield", "", "", 0, LIB_PLAIN, 0},
  {"mktime", "el", "w", 0, LIB_PLAIN, 0},
  {"timegm", "", "w", 0, LIB_PLAIN, 0},
  {"localtime", "elS", "r", 0, LIB_PLAIN, 0},
  {"gmtime", "S", "r", 0, LIB_PLAIN, 0},
  {"localtime_r", "el", "rw", 0, LIB_PLAIN, 0},
  {"gmtime_r", "", "rw", 0, LIB_PLAIN, 0},
  {"asctime", "S", "r", 0, LIB_PLAIN, 0},
  {"ctime", "elS", "r", 0, LIB_PLAIN, 0},
  {"asctime_r", "", "rw", 0, LIB_PLAIN, 0},
  {"ctime_r", "el", "rw", 0, LIB_PLAIN, 0},
  {"strftime", "el", "w.rr", 0, LIB_PLAIN, 0},
  {"tzset", "eS", "", 0, LIB_PLAIN, 0},
  /* ---- locale and ctype (glibc's ctype macros read tables through these) ---- */
  {"setlocale", "", ".r", 0, LIB_SETLOCALE, 0},
  {"localeconv", "lS", "", 0, LIB_PLAIN, 0},
  {"nl_langinfo", "lS", ".", 0, LIB_PLAIN, 0},
  {"__ctype_b_loc", "l", "", 0, LIB_PLAIN, 0},
  {"__ctype_tolower_loc", "l", "", 0, LIB_PLAIN, 0},
  {"__ctype_toupper_loc", "l", "", 0, LIB_PLAIN, 0},
  {"__ctype_get_mb_cur_max", "l", "", 0, LIB_PLAIN, 0},
  {"tolower", "l", ".", 0, LIB_PLAIN, 0},
  {"toupper", "l", ".", 0, LIB_PLAIN, 0},
  {"isalnum", "l", ".", 0, LIB_PLAIN, 0},
  {"isalpha", "l", ".", 0, LIB_PLAIN, 0},
  {"isblank", "l", ".", 0, LIB_PLAIN, 0},
  {"iscntrl", "l", ".", 0, LIB_PLAIN, 0},
  {"isdigit", "l", ".", 0, LIB_PLAIN, 0},
  {"isgraph", "l", ".", 0, LIB_PLAIN, 0},
  {"islower", "l", ".", 0, LIB_PLAIN, 0},
  {"isprint", "l", ".", 0, LIB_PLAIN, 0},
  {"ispunct", "l", ".", 0, LIB_PLAIN, 0},
  {"isspace", "l", ".", 0, LIB_PLAIN, 0},
  {"isupper", "l", ".", 0, LIB_PLAIN, 0},
  {"isxdigit", "l", ".", 0, LIB_PLAIN, 0},
  {"toascii", "", ".", 0, LIB_PLAIN, 0},
  {"isascii", "", ".", 0, LIB_PLAIN, 0},
  /* errno is per thread: a task's errno is its own (a function that reads it
   * spawns no task, analyze.c) */
  {"__errno_location", "", "", 0, LIB_PLAIN, 0},
  {"__error", "", "", 0, LIB_PLAIN, 0},
  /* ---- math.h: the functions that write through a pointer (the others are pure) ---- */
  {"frexp", "", ".w", 0, LIB_PLAIN, 0},
  {"frexpf", "", ".w", 0, LIB_PLAIN, 0},
  {"frexpl", "", ".w", 0, LIB_PLAIN, 0},
  {"modf", "", ".w", 0, LIB_PLAIN, 0},
  {"modff", "", ".w", 0, LIB_PLAIN, 0},
  {"modfl", "", ".w", 0, LIB_PLAIN, 0},
  {"remquo", "", "..w", 0, LIB_PLAIN, 0},
  {"remquof", "", "..w", 0, LIB_PLAIN, 0},
  {"remquol", "", "..w", 0, LIB_PLAIN, 0},
  {"sincos", "", ".ww", 0, LIB_PLAIN, 0},
  {"sincosf", "", ".ww", 0, LIB_PLAIN, 0},
  {"sincosl", "", ".ww", 0, LIB_PLAIN, 0},
  {"lgamma", "S", ".", 0, LIB_PLAIN, 0},     /* sets signgam */
  {"lgammaf", "S", ".", 0, LIB_PLAIN, 0},
  {"lgammal", "S", ".", 0, LIB_PLAIN, 0},
  {"nan", "", "r", 0, LIB_PLAIN, 0},
  {"nanf", "", "r", 0, LIB_PLAIN, 0},
  {"nanl", "", "r", 0, LIB_PLAIN, 0},
};

/* Headers whose every function is pure (no state; pointer parameters by their
 * types), but for the entries above. */
static const char *const aPureHeader[] = {"math.h", "complex.h", "tgmath.h", "fenv.h", NULL};

/* The name as the table spells it: without __builtin_, __builtin___X_chk, __X_chk, _IO_. */
const char *fx_library_name(const char *name, char *buf, size_t n) {
  const char *p = name;
  if (!strncmp(p, "__builtin___", 12)) p += 12;
  else if (!strncmp(p, "__builtin_", 10)) p += 10;
  else if (!strncmp(p, "_IO_", 4)) p += 4;
  else if (!strncmp(p, "__isoc99_", 9)) p += 9;
  else if (!strncmp(p, "__isoc23_", 9)) p += 9;
  else if (!strncmp(p, "__", 2) && strlen(p) > 6 && !strcmp(p + strlen(p) - 4, "_chk")) p += 2;
  size_t len = strlen(p);
  if (len > 4 && !strcmp(p + len - 4, "_chk")) len -= 4;
  if (len >= n) len = n - 1;
  memcpy(buf, p, len);
  buf[len] = 0;
  return buf;
}

const LibFn *fx_library(const char *name) {
  char buf[64];
  const char *b = fx_library_name(name, buf, sizeof buf);
  for (size_t i = 0; i < sizeof aLib / sizeof *aLib; i++)
    if (!strcmp(aLib[i].name, b) || !strcmp(aLib[i].name, name)) return &aLib[i];
  return NULL;
}

/* A builtin of the compiler (__builtin_expect, __builtin_clz ...) that is not
 * a library function in disguise: pure. */
int fx_pure_builtin(const char *name) {
  if (strncmp(name, "__builtin_", 10) && strncmp(name, "__sync_", 7) && strncmp(name, "__atomic_", 9)) return 0;
  char buf[64];
  return !fx_library(fx_library_name(name, buf, sizeof buf));
}

/* Is the file (a path) one of the headers whose functions are pure? */
int fx_pure_header(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  for (int i = 0; aPureHeader[i]; i++)
    if (!strcmp(base, aPureHeader[i])) return 1;
  /* glibc's bits/mathcalls.h declares math.h's functions */
  return strstr(path, "/bits/mathcalls") != NULL || strstr(path, "/bits/cmathcalls") != NULL;
}

static const char *const aResName[RES_COUNT] = {
  [RES_CONSOLE] = "the console", [RES_FILES] = "the file system",
  [RES_ENV] = "the environment", [RES_LOCALE] = "the locale", [RES_RANDOM] = "the random number state",
  [RES_TIME] = "the clocks", [RES_LIBC] = "the C library's hidden state",
  [RES_GLOBALS] = "global state delayc cannot name here"};

static const char *const aResSym[RES_COUNT] = {
  [RES_CONSOLE] = "delayc_rt_console", [RES_FILES] = "delayc_rt_files", [RES_ENV] = "delayc_rt_env",
  [RES_LOCALE] = "delayc_rt_locale", [RES_RANDOM] = "delayc_rt_random", [RES_TIME] = "delayc_rt_time",
  [RES_LIBC] = "delayc_rt_libc", [RES_GLOBALS] = "delayc_rt_globals"};

const char *fx_resource_name(Resource r) { return aResName[r]; }
const char *fx_resource_symbol(Resource r) { return aResSym[r]; }

/* The resource of a letter of an entry's `res`, or -1. */
int fx_resource_of_letter(char ch) {
  switch (ch | 0x20) {
  case 'c': return RES_CONSOLE;
  case 'f': return RES_FILES;
  case 'e': return RES_ENV;
  case 'l': return RES_LOCALE;
  case 'r': return RES_RANDOM;
  case 't': return RES_TIME;
  case 's': return RES_LIBC;
  default: return -1;
  }
}
