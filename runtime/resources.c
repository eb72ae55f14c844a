/* resources.c — the objects that stand for shared state in dependencies.
 *
 * A task that uses the console, the file system, the environment ... (delayc's
 * effects model, docs/lowering.md) depends on one of these, `in` when it only
 * reads the resource, `inout` when it writes it, exactly as it depends on a
 * variable: tasks that use one resource in conflicting ways keep their serial
 * order and readers run together.  Only their addresses matter.
 * delayc_rt_globals stands for global variables the spawning function cannot
 * name (a static of another file). */
#include "delayc_rt.h"

char delayc_rt_console, delayc_rt_files, delayc_rt_env, delayc_rt_locale, delayc_rt_random,
    delayc_rt_time, delayc_rt_libc, delayc_rt_globals;
