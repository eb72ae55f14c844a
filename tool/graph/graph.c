/* graph.c — the compile-time task DAG of each function, as DOT or JSON.
 *
 * Nodes:
 *   task    one per task site (callee or DELAYED_NAME, source line, ×N when
 *           the site is in a loop with a known trip count);
 *   serial  one per delayed call left an ordinary call (Site.serial), greyed,
 *           with the reason the analysis recorded (Site.why, what --explain
 *           prints) — the call is part of the program's shape, and the reason
 *           says what to change;
 *   sync    one per run of waits: sync points with no task spawned between
 *           them (in source order) wait for one set of tasks, so they are one
 *           node, which lists what each waits for and their lines.  A wait
 *           repeated at the end of a loop body stays a node of its own.
 * Edges: a dependency from the nearest earlier task touching the same object
 * (element, range or whole) when one of the two writes it; into a wait from
 * the tasks it waits for.  Edges between the same two nodes are one edge
 * naming every object.  Loop-carried dependencies are not drawn; the graph is
 * the per-iteration shape, which is what the `×N` annotations stand for.
 *
 * DOT output uses one font for the graph, its nodes and its edges.  The JSON
 * form is documented in docs/cli.md. */
#include "graph/graph.h"

#include <stdlib.h>
#include <string.h>

#define GRAPH_FONT "Helvetica,Arial,sans-serif"

static unsigned site_pos(Site *s) { return (s->call ? s->call : s->stmt)->beg; }

static int cmp_site(const void *a, const void *b) {
  unsigned x = site_pos(*(Site *const *)a), y = site_pos(*(Site *const *)b);
  return x < y ? -1 : x > y;
}

static char *label_of(Site *s) {
  if (s->form == SITE_COPY) return fmt("copy %s", s->tobj ? s->tobj->name : "?");
  return xstrdup(s->callee ? s->callee->label : "?");
}

static const char *obj_name(Obj *o) { return o->temp ? "(temporary)" : o->name; }

/* A DOT string: quotes and backslashes escaped, '\n' as DOT's line break. */
static void dot_str(FILE *o, const char *s) {
  fputc('"', o);
  for (; *s; s++) {
    if (*s == '\n') { fputs("\\n", o); continue; }
    if (*s == '"' || *s == '\\') fputc('\\', o);
    fputc(*s, o);
  }
  fputc('"', o);
}

/* ---- the function's shape ---- */

typedef struct Wait {   /* a run of sync points with no spawn between them */
  Sync **at; int n;     /* in source order */
} Wait;

typedef struct GEdge {
  int from, to;         /* task index; task index, or wait index when toWait */
  int toWait;
  Buf objs;             /* "a, b": the objects, each once */
} GEdge;

typedef struct Shape {
  Func *f;
  Site **task; int ntask;       /* sorted by position */
  Site **serial; int nserial;   /* sorted by position */
  Wait *wait; int nwait;        /* sorted by position */
  int *waitOf;                  /* f->sync[y] is in wait waitOf[y] */
  GEdge *edge; int nedge;
} Shape;

static int cmp_sync(const void *a, const void *b) {
  unsigned x = (*(Sync *const *)a)->at->beg, y = (*(Sync *const *)b)->at->beg;
  return x < y ? -1 : x > y;
}

static int spawn_between(Shape *g, unsigned from, unsigned to) {
  for (int k = 0; k < g->ntask; k++)
    if (site_pos(g->task[k]) > from && site_pos(g->task[k]) < to) return 1;
  return 0;
}

/* Sync points in source order, a run of them one Wait. */
static void group_waits(Shape *g) {
  Func *f = g->f;
  Sync **order = xcalloc((size_t)f->nsync + 1, sizeof *order);
  for (int y = 0; y < f->nsync; y++) order[y] = f->sync[y];
  qsort(order, (size_t)f->nsync, sizeof *order, cmp_sync);
  g->wait = xcalloc((size_t)f->nsync + 1, sizeof *g->wait);
  g->waitOf = xcalloc((size_t)f->nsync + 1, sizeof *g->waitOf);
  for (int k = 0; k < f->nsync; k++) {
    Sync *s = order[k];
    Wait *w = g->nwait ? &g->wait[g->nwait - 1] : NULL;
    Sync *prev = w ? w->at[w->n - 1] : NULL;
    if (!w || s->loop || prev->loop || spawn_between(g, prev->at->beg, s->at->beg)) w = &g->wait[g->nwait++];
    w->at = xrealloc(w->at, (size_t)(w->n + 1) * sizeof *w->at);
    w->at[w->n++] = s;
    for (int y = 0; y < f->nsync; y++)
      if (f->sync[y] == s) g->waitOf[y] = (int)(w - g->wait);
  }
  free(order);
}

static void add_edge(Shape *g, int from, int to, int toWait, Obj *obj) {
  GEdge *e = NULL;
  for (int i = 0; i < g->nedge && !e; i++)
    if (g->edge[i].from == from && g->edge[i].to == to && g->edge[i].toWait == toWait) e = &g->edge[i];
  if (!e) {
    g->edge = xrealloc(g->edge, (size_t)(g->nedge + 1) * sizeof *g->edge);
    e = &g->edge[g->nedge++];
    memset(e, 0, sizeof *e);
    e->from = from; e->to = to; e->toWait = toWait;
    buf_add(&e->objs, "", 0);
  }
  const char *name = obj_name(obj);
  size_t n = strlen(name);
  for (const char *p = e->objs.s; (p = strstr(p, name)); p += n)   /* each object once */
    if ((p == e->objs.s || p[-1] == ' ') && (p[n] == 0 || p[n] == ',')) return;
  buf_printf(&e->objs, "%s%s", e->objs.len ? ", " : "", name);
}

static int task_index(Shape *g, Site *s) {
  for (int k = 0; k < g->ntask; k++)
    if (g->task[k] == s) return k;
  return -1;
}

/* The plan's edges (analysis/edges.c), between drawn nodes. */
static void find_edges(Shape *g) {
  Func *f = g->f;
  for (int i = 0; i < f->nedge; i++) {
    Edge *e = &f->edge[i];
    int a = task_index(g, e->from);
    if (a < 0) continue;
    if (e->to) {
      int b = task_index(g, e->to);
      if (b >= 0) add_edge(g, a, b, 0, e->obj);
      continue;
    }
    for (int y = 0; y < f->nsync; y++)
      if (f->sync[y] == e->wait) add_edge(g, a, g->waitOf[y], 1, e->obj);
  }
}

static Shape shape_of(Func *f) {
  Shape g;
  memset(&g, 0, sizeof g);
  g.f = f;
  g.task = xcalloc((size_t)f->nsite + 1, sizeof *g.task);
  g.serial = xcalloc((size_t)f->nsite + 1, sizeof *g.serial);
  for (int k = 0; k < f->nsite; k++) {
    Site *s = f->site[k];
    if (s->fused) continue;
    if (s->serial) g.serial[g.nserial++] = s;
    else g.task[g.ntask++] = s;
  }
  qsort(g.task, (size_t)g.ntask, sizeof *g.task, cmp_site);
  qsort(g.serial, (size_t)g.nserial, sizeof *g.serial, cmp_site);
  group_waits(&g);
  find_edges(&g);
  return g;
}

static void shape_free(Shape *g) {
  for (int i = 0; i < g->nwait; i++) free(g->wait[i].at);
  for (int i = 0; i < g->nedge; i++) free(g->edge[i].objs.s);
  free(g->task); free(g->serial); free(g->wait); free(g->waitOf); free(g->edge);
}

/* What a wait waits for: "a, b", or "all tasks" for a plain taskwait. */
static char *sync_objects(Sync *s) {
  Buf b = {0};
  buf_add(&b, "", 0);
  if (s->full) buf_puts(&b, "all tasks");
  for (int k = 0; k < s->ndep; k++) {
    const char *name = obj_name(s->dep[k].obj);
    int seen = 0;
    for (int j = 0; j < k; j++) seen |= !strcmp(obj_name(s->dep[j].obj), name);
    if (!seen) buf_printf(&b, "%s%s", b.len ? ", " : "", name);
  }
  return b.s;
}

/* ---- DOT ---- */

/* Text broken into lines of about width characters, at spaces. */
static char *wrap(const char *s, int width) {
  char *z = xstrdup(s);
  int col = 0;
  char *lastSpace = NULL;
  for (char *p = z; *p; p++, col++) {
    if (*p == ' ') lastSpace = p;
    if (col >= width && lastSpace) {
      *lastSpace = '\n';
      col = (int)(p - lastSpace);
      lastSpace = NULL;
    }
  }
  return z;
}

static void dot_task(FILE *o, Func *f, Site *s, int k) {
  char *lb = label_of(s);
  if (s->inline_call) {           /* run on the spawning thread: read at once */
    char *t = fmt("%s (inline)", lb);
    free(lb);
    lb = t;
  }
  char *full = s->in_loop && s->trip >= 0 ? fmt("%s\nline %u \xc3\x97%lld", lb, s->line, s->trip)
             : s->in_loop ? fmt("%s\nline %u \xc3\x97N", lb, s->line) : fmt("%s\nline %u", lb, s->line);
  fprintf(o, "    \"%s_t%d\" [label=", f->name, k);
  dot_str(o, full);
  fputs("];\n", o);
  free(lb);
  free(full);
}

static void dot_serial(FILE *o, Func *f, Site *s, int k) {
  char *lb = label_of(s), *why = wrap(s->why ? s->why : "left serial", 34);
  char *full = fmt("%s\nline %u\nruns serially:\n%s", lb, s->line, why);
  fprintf(o, "    \"%s_s%d\" [style=\"filled,dashed\", fillcolor=\"#eeeeee\", color=\"#9e9e9e\", "
             "fontcolor=\"#616161\", label=", f->name, k);
  dot_str(o, full);
  fputs("];\n", o);
  free(lb); free(why); free(full);
}

/* "wait a, b" — one line per kind of wait in the run (compute, wait), each
 * object once — then the lines of the source they stand before. */
static void dot_wait(FILE *o, Func *f, Wait *w, int k) {
  Buf b = {0};
  buf_add(&b, "", 0);
  const char *zKind = NULL;
  for (int i = 0; i < w->n; i++) {
    Sync *s = w->at[i];
    const char *z = s->compute ? "compute" : s->loop ? "wait (loop)" : "wait";
    char *ob = sync_objects(s);
    if (!zKind || strcmp(z, zKind)) {
      buf_printf(&b, "%s%s %s", zKind ? "\n" : "", z, ob);
      zKind = z;
    } else {
      for (char *p = ob; *p;) {   /* the objects not on the line yet */
        char *q = strstr(p, ", ");
        size_t n = q ? (size_t)(q - p) : strlen(p);
        char *name = fmt("%.*s", (int)n, p);
        char *line = strrchr(b.s, '\n') ? strrchr(b.s, '\n') + 1 : b.s;
        char *hit = strstr(line + strlen(z) + 1, name);
        int seen = 0;
        for (; hit && !seen; hit = strstr(hit + 1, name))
          seen = (hit[-1] == ' ') && (hit[n] == 0 || hit[n] == ',');
        if (!seen) buf_printf(&b, ", %s", name);
        free(name);
        p += n;
        if (*p) p += 2;
      }
    }
    free(ob);
  }
  /* each line once: two waits merged on one line of source are one line */
  int nl = 0;
  for (int i = 0; i < w->n; i++) nl += !i || w->at[i]->at->line != w->at[i - 1]->at->line;
  buf_printf(&b, "\nline%s", nl > 1 ? "s" : "");
  for (int i = 0; i < w->n; i++)
    if (!i || w->at[i]->at->line != w->at[i - 1]->at->line) buf_printf(&b, "%s %u", i ? "," : "", w->at[i]->at->line);
  fprintf(o, "    \"%s_w%d\" [shape=octagon, style=filled, fillcolor=\"#f4d6d6\", label=", f->name, k);
  dot_str(o, b.s);
  fputs("];\n", o);
  free(b.s);
}

static void dot_function(FILE *o, Shape *g) {
  Func *f = g->f;
  fprintf(o, "  subgraph \"cluster_%s\" {\n    label=", f->name);
  char *title = fmt("%s()", f->name);
  dot_str(o, title);
  free(title);
  fputs(";\n", o);
  for (int k = 0; k < g->ntask; k++) dot_task(o, f, g->task[k], k);
  for (int k = 0; k < g->nserial; k++) dot_serial(o, f, g->serial[k], k);
  for (int k = 0; k < g->nwait; k++) dot_wait(o, f, &g->wait[k], k);
  for (int k = 0; k < g->nedge; k++) {
    GEdge *e = &g->edge[k];
    fprintf(o, "    \"%s_t%d\" -> \"%s_%c%d\" [label=", f->name, e->from, f->name, e->toWait ? 'w' : 't', e->to);
    dot_str(o, strstr(e->objs.s, "(temporary)") && !strchr(e->objs.s, ',') ? "" : e->objs.s);
    fputs(e->toWait ? ", style=dashed];\n" : "];\n", o);
  }
  fputs("  }\n", o);
}

/* ---- JSON ---- */

static void json_task(FILE *o, Site *s, int k) {
  char *lb = label_of(s);
  fprintf(o, "%s\n      {\"id\": \"t%d\", \"kind\": \"task\", \"label\": ", k ? "," : "", k);
  json_str(o, lb);
  fputs(", \"callee\": ", o);
  json_str(o, s->callee ? s->callee->name : "");
  fprintf(o, ", \"line\": %u, \"in_loop\": %s, \"count\": ", s->line, s->in_loop ? "true" : "false");
  if (s->in_loop && s->trip >= 0) fprintf(o, "%lld", s->trip); else fputs(s->in_loop ? "null" : "1", o);
  fprintf(o, ", \"cutoff\": %s, \"inline\": %s}", s->cutoff ? "true" : "false", s->inline_call ? "true" : "false");
  free(lb);
}

static void json_serial(FILE *o, Site *s, int k, int bFirst) {
  char *lb = label_of(s);
  fprintf(o, "%s\n      {\"id\": \"s%d\", \"kind\": \"serial\", \"label\": ", bFirst ? "" : ",", k);
  json_str(o, lb);
  fputs(", \"callee\": ", o);
  json_str(o, s->callee ? s->callee->name : "");
  fprintf(o, ", \"line\": %u, \"reason\": ", s->line);
  json_str(o, s->why ? s->why : "");
  fputs("}", o);
  free(lb);
}

static void json_wait(FILE *o, Wait *w, int k, int bFirst) {
  int bExplicit = 0, bLoop = 0;
  Buf ob = {0};
  buf_add(&ob, "", 0);
  for (int i = 0; i < w->n; i++) {
    bExplicit |= w->at[i]->compute;
    bLoop |= w->at[i]->loop;
    char *z = sync_objects(w->at[i]);
    buf_printf(&ob, "%s%s", ob.len && *z ? ", " : "", z);
    free(z);
  }
  fprintf(o, "%s\n      {\"id\": \"w%d\", \"kind\": \"sync\", \"line\": %u, \"lines\": [", bFirst ? "" : ",", k,
          w->at[0]->at->line);
  for (int i = 0; i < w->n; i++)
    if (!i || w->at[i]->at->line != w->at[i - 1]->at->line) fprintf(o, "%s%u", i ? ", " : "", w->at[i]->at->line);
  fprintf(o, "], \"explicit\": %s, \"loop_back\": %s, \"waits_for\": ", bExplicit ? "true" : "false",
          bLoop ? "true" : "false");
  json_str(o, ob.s);
  fputs("}", o);
  free(ob.s);
}

static void json_function(FILE *o, Shape *g, int bFirst) {
  Func *f = g->f;
  fprintf(o, "%s\n    {\"name\": ", bFirst ? "" : ",");
  json_str(o, f->name);
  fprintf(o, ", \"line\": %u, \"nodes\": [", f->root->line);
  for (int k = 0; k < g->ntask; k++) json_task(o, g->task[k], k);
  for (int k = 0; k < g->nserial; k++) json_serial(o, g->serial[k], k, g->ntask + k == 0);
  for (int k = 0; k < g->nwait; k++) json_wait(o, &g->wait[k], k, g->ntask + g->nserial + k == 0);
  fputs("\n    ], \"edges\": [", o);
  for (int k = 0; k < g->nedge; k++) {
    GEdge *e = &g->edge[k];
    fprintf(o, "%s\n      {\"from\": \"t%d\", \"to\": \"%c%d\", \"object\": ", k ? "," : "", e->from,
            e->toWait ? 'w' : 't', e->to);
    json_str(o, e->objs.s);
    fputs("}", o);
  }
  fputs("\n    ]}", o);
}

int graph_write(Analysis *a, FILE *o, const char *format, const char *only) {
  int json = strcmp(format, "json") == 0;
  int found = 0;
  if (json) { fputs("{\n  \"file\": ", o); json_str(o, a->u->path); fputs(",\n  \"functions\": [", o); }
  else fputs("digraph delayc {\n  rankdir=TB;\n  graph [fontname=\"" GRAPH_FONT "\"];\n"
             "  node [shape=box, fontname=\"" GRAPH_FONT "\"];\n  edge [fontname=\"" GRAPH_FONT "\"];\n", o);
  for (int i = 0; i < a->nfn; i++) {
    Func *f = a->fn[i];
    if (only && strcmp(only, f->name)) continue;
    Shape g = shape_of(f);
    if (json) json_function(o, &g, !found);
    else dot_function(o, &g);
    found = 1;
    shape_free(&g);
  }
  if (json) fputs("\n  ]\n}\n", o);
  else fputs("}\n", o);
  if (only && !found) {
    error("no function named '%s' makes delayed calls", only);
    return -1;
  }
  return 0;
}
