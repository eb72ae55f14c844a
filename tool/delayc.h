/* delayc.h — the map of the delayc tool: one folder per stage, one header
 * per folder saying what it owns, each stage using only the ones below it.
 *
 *   util/       memory, strings, messages, edit lists, reading and writing files
 *   frontend/   libclang: parse, the Node tree, what a declaration says
 *   effects/    what a call touches: globals, resources, the C library's table
 *   cost/       the work model: how long one call of a function takes, roughly
 *   plan/       the task plan: data, tasks, regions, waits, edges, explanations;
 *               delayc plan prints it
 *   analysis/   from a unit to its plan: sites, objects, copies, DELAYED_PURE calls
 *               made once, dependencies, waits, shared state, unity builds, batches
 *               of fine-grained loops
 *   lower/      from the plan to output text: the placement every target shares,
 *               then one file of callbacks per target (openmp, pthreads, serial)
 *   graph/      the plan as DOT or JSON
 *   lint/       delayc lint: the model, findings, formats, checks/ (one per check)
 *   suggest/    delayc suggest
 *   report/     delayc report: a run's trace as a picture
 *   cli/        the command line and the build-system forms of emit
 *   cc/         delayc-cc, the compiler wrapper (a program of its own)
 *
 * The pipeline:  frontend -> analysis (with effects) -> plan -> lower | graph,
 * and lint/suggest beside the analysis, on the same front end. */
#ifndef DELAYC_H
#define DELAYC_H

#include "util/util.h"
#include "frontend/frontend.h"
#include "effects/effects.h"
#include "cost/cost.h"
#include "plan/plan.h"
#include "analysis/analysis.h"
#include "lower/lower.h"
#include "graph/graph.h"
#include "report/report.h"
#include "cli/cli.h"

#endif /* DELAYC_H */
