/* archer_shim.c — an OMPT tool that loads LLVM's Archer (libarcher.so) and adds one
 * annotation Archer lacks: when an explicit task completes, the private part of
 * its descriptor (firstprivate copies, pointers to shared variables:
 * ompt_get_task_memory) is declared to ThreadSanitizer as a range on which races
 * are not reported.
 *
 * Why: libomp recycles task descriptors through its own allocator.  Thread B
 * finishes a task and frees its descriptor; thread A, which creates tasks without
 * waiting (a delayc loop, or any `omp task depend(...)` loop), gets the same bytes
 * back for its next task and fills in the new task's firstprivate values.  No
 * OpenMP synchronisation orders B's reads of the old task's copies before A's
 * writes of the new one's, and libomp is not instrumented, so Archer (LLVM 19)
 * reports a data race between two different tasks' private copies.  Plain OpenMP
 * code shows the same report (docs/reliability.md has an example).  Those bytes
 * are private to one task at a time by construction, and libomp's task pool
 * holds nothing else, so ignoring them hides no race on user data.
 *
 * Use: OMP_TOOL_LIBRARIES=/path/libarcher_shim.so ARCHER_SHIM_ARCHER=/path/libarcher.so
 * (when ARCHER_SHIM_ARCHER is unset, "libarcher.so" is looked up by the loader).
 * Build: cc -shared -fPIC -I<omp-tools.h dir> archer_shim.c -o libarcher_shim.so -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <omp-tools.h>

/* LLVM 19's TSan runtime has no working way to reset the shadow of a range
 * (AnnotateNewMemory is an empty function there), so the private data of a
 * completed task is declared a benign race instead: AnnotateBenignRaceSized
 * drops reports on that range.  The range is the task descriptor's private part
 * in libomp's own task pool, which holds nothing but task descriptors; user
 * data never lives there, so no race on user data can be hidden. */
typedef void (*benign_t)(const char *, int, const volatile void *, size_t, const char *);
static ompt_start_tool_result_t *archer;          /* Archer's own result */
static ompt_function_lookup_t real_lookup;
static ompt_set_callback_t real_set_callback;
static ompt_get_task_memory_t get_task_memory;
static ompt_callback_task_schedule_t archer_task_schedule;
static benign_t benign;

static void shim_task_schedule(ompt_data_t *prior, ompt_task_status_t status, ompt_data_t *next) {
  if (archer_task_schedule) archer_task_schedule(prior, status, next);
  if ((status == ompt_task_complete || status == ompt_task_cancel) && get_task_memory && benign) {
    void *addr = NULL;
    size_t size = 0;
    get_task_memory(&addr, &size, 0);   /* returns whether more blocks follow */
    if (addr && size > 0)
      benign(__FILE__, __LINE__, addr, size, "private data of a completed OpenMP task (archer_shim.c)");
  }
}

static ompt_set_result_t shim_set_callback(ompt_callbacks_t event, ompt_callback_t cb) {
  if (event == ompt_callback_task_schedule) {
    archer_task_schedule = (ompt_callback_task_schedule_t)cb;
    return real_set_callback(event, (ompt_callback_t)shim_task_schedule);
  }
  return real_set_callback(event, cb);
}

static ompt_interface_fn_t shim_lookup(const char *name) {
  if (!strcmp(name, "ompt_set_callback")) return (ompt_interface_fn_t)shim_set_callback;
  return real_lookup(name);
}

static int shim_initialize(ompt_function_lookup_t lookup, int device, ompt_data_t *data) {
  real_lookup = lookup;
  real_set_callback = (ompt_set_callback_t)lookup("ompt_set_callback");
  get_task_memory = (ompt_get_task_memory_t)lookup("ompt_get_task_memory");
  benign = (benign_t)dlsym(RTLD_DEFAULT, "AnnotateBenignRaceSized");
  int rc = archer->initialize(shim_lookup, device, &archer->tool_data);
  (void)data;
  /* Archer's initialize may register task_schedule itself through shim_lookup;
   * make sure ours is in place even if it did not. */
  if (!archer_task_schedule) real_set_callback(ompt_callback_task_schedule, (ompt_callback_t)shim_task_schedule);
  return rc;
}

static void shim_finalize(ompt_data_t *data) {
  (void)data;
  archer->finalize(&archer->tool_data);
}

ompt_start_tool_result_t *ompt_start_tool(unsigned int version, const char *runtime) {
  const char *path = getenv("ARCHER_SHIM_ARCHER");
  if (!path || !*path) path = "libarcher.so";
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    fprintf(stderr, "archer_shim: cannot load %s: %s\n", path, dlerror());
    return NULL;
  }
  ompt_start_tool_result_t *(*start)(unsigned int, const char *) =
      (ompt_start_tool_result_t * (*)(unsigned int, const char *)) dlsym(h, "ompt_start_tool");
  if (!start) {
    fprintf(stderr, "archer_shim: %s has no ompt_start_tool\n", path);
    return NULL;
  }
  archer = start(version, runtime);
  if (!archer) return NULL;    /* Archer declined (e.g. the program is not built with TSan) */
  static ompt_start_tool_result_t mine;
  mine.initialize = shim_initialize;
  mine.finalize = shim_finalize;
  mine.tool_data = archer->tool_data;
  return &mine;
}
