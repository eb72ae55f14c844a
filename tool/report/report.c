/* report.c — `delayc report TRACE.json -o OUT.html|OUT.svg`: a picture of a run.
 *
 * Reads a trace written by the runtime (DELAYC_TRACE=FILE, Chrome trace-event
 * JSON: one complete "X" event per task with args line, id, deps; other
 * events, flow arrows included, are skipped) and draws it for a person:
 *
 *   - a header: tasks, threads, span, task time, achieved parallelism, the
 *     critical path, and one sentence on what bounds the run;
 *   - a legend: one colour per function (ranked by total time), its count
 *     and total;
 *   - the timeline: one lane per thread, tall enough to read, one bar per
 *     task in its function's colour (nested tasks inset on top of the task
 *     that ran them); a bar is at least a pixel wide, and bars that would
 *     share a pixel are drawn as one, in the colour of the function with
 *     most time in it, so short tasks stay visible at any zoom; above the
 *     lanes a track of its own for the critical path (its tasks, the waits
 *     between them dashed), and its tasks underlined in their threads;
 *     below, the parallelism over time (threads busy, per pixel) and the
 *     whole run with the window shown;
 *   - tables: per thread (tasks, busy, idle), per function, and the critical
 *     path summarised per function.
 *
 * The critical path is the chain of dependencies (args.deps) with the largest
 * total task time: the bound on the run time no number of threads can beat.
 * Without deps (a trace from another tool) it is the longest single task.
 *
 * One time unit for the whole report, chosen from the span: µs under a
 * millisecond, ms under ten seconds, s beyond.
 *
 * .html (or --format html) is one self-contained file: the data and an inline
 * script that draws the timeline in a canvas and zooms and pans it (wheel or
 * W/S, drag or A/D, double-click for the whole run, the overview to jump;
 * the view is kept in the address, #t=FROM,TO in µs); the tables are plain
 * HTML and the static chart is in <noscript>.  Nothing is fetched.  .svg
 * writes the static chart alone (the whole run).
 */
#define _GNU_SOURCE
#include "report/report.h"
#include "cli/cli.h"       /* the subcommand's usage, unknown options */

#include <math.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>

/* ---- a small JSON reader: enough for trace-event files ---- */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JKind;
typedef struct J J;
struct J {
  JKind kind;
  double num;
  char *str;            /* J_STR; key for members */
  J **kid;              /* J_ARR items, J_OBJ values */
  char **key;           /* J_OBJ keys */
  int n;
};

typedef struct JP { const char *p, *end; const char *err; int depth; } JP;

static void jskip(JP *jp) {
  while (jp->p < jp->end && (*jp->p == ' ' || *jp->p == '\t' || *jp->p == '\n' || *jp->p == '\r')) jp->p++;
}

static J *jnew(JKind k) {
  J *j = xcalloc(1, sizeof *j);
  j->kind = k;
  return j;
}

static J *jvalue(JP *jp);

static char *jstring(JP *jp) {
  if (jp->p >= jp->end || *jp->p != '"') { jp->err = "expected a string"; return NULL; }
  jp->p++;
  Buf b = {0};
  buf_add(&b, "", 0);
  while (jp->p < jp->end && *jp->p != '"') {
    char c = *jp->p++;
    if (c != '\\') { buf_add(&b, &c, 1); continue; }
    if (jp->p >= jp->end) break;
    char e = *jp->p++;
    switch (e) {
    case 'n': buf_add(&b, "\n", 1); break;
    case 't': buf_add(&b, "\t", 1); break;
    case 'r': buf_add(&b, "\r", 1); break;
    case 'b': case 'f': buf_add(&b, " ", 1); break;
    case 'u': {
      unsigned v = 0;
      for (int i = 0; i < 4 && jp->p < jp->end; i++, jp->p++) {
        char h = *jp->p;
        v = v * 16 + (unsigned)(h >= '0' && h <= '9' ? h - '0' : (h | 32) >= 'a' && (h | 32) <= 'f' ? (h | 32) - 'a' + 10 : 0);
      }
      if (v < 0x80) { char c1 = (char)v; buf_add(&b, &c1, 1); }
      else if (v < 0x800) { char u[2] = { (char)(0xC0 | v >> 6), (char)(0x80 | (v & 63)) }; buf_add(&b, u, 2); }
      else { char u[3] = { (char)(0xE0 | v >> 12), (char)(0x80 | ((v >> 6) & 63)), (char)(0x80 | (v & 63)) }; buf_add(&b, u, 3); }
      break;
    }
    default: buf_add(&b, &e, 1); break;
    }
  }
  if (jp->p >= jp->end) { jp->err = "unterminated string"; free(b.s); return NULL; }
  jp->p++;
  return b.s;
}

static J *jvalue(JP *jp) {
  jskip(jp);
  if (jp->err) return NULL;
  if (jp->p >= jp->end) { jp->err = "unexpected end of input"; return NULL; }
  if (++jp->depth > 200) { jp->err = "nested too deeply"; return NULL; }
  J *j = NULL;
  char c = *jp->p;
  if (c == '{' || c == '[') {
    int obj = c == '{';
    j = jnew(obj ? J_OBJ : J_ARR);
    jp->p++;
    jskip(jp);
    if (jp->p < jp->end && *jp->p == (obj ? '}' : ']')) { jp->p++; jp->depth--; return j; }
    for (;;) {
      char *k = NULL;
      if (obj) {
        jskip(jp);
        k = jstring(jp);
        if (!k) return NULL;
        jskip(jp);
        if (jp->p >= jp->end || *jp->p != ':') { jp->err = "expected ':'"; return NULL; }
        jp->p++;
      }
      J *v = jvalue(jp);
      if (!v) return NULL;
      j->kid = xrealloc(j->kid, (size_t)(j->n + 1) * sizeof *j->kid);
      j->key = xrealloc(j->key, (size_t)(j->n + 1) * sizeof *j->key);
      j->kid[j->n] = v;
      j->key[j->n] = k;
      j->n++;
      jskip(jp);
      if (jp->p < jp->end && *jp->p == ',') { jp->p++; continue; }
      if (jp->p < jp->end && *jp->p == (obj ? '}' : ']')) { jp->p++; break; }
      jp->err = obj ? "expected ',' or '}'" : "expected ',' or ']'";
      return NULL;
    }
  } else if (c == '"') {
    j = jnew(J_STR);
    j->str = jstring(jp);
    if (!j->str) return NULL;
  } else if (c == '-' || (c >= '0' && c <= '9')) {
    char *e;
    j = jnew(J_NUM);
    j->num = strtod(jp->p, &e);
    if (e == jp->p || e > jp->end) { jp->err = "bad number"; return NULL; }
    jp->p = e;
  } else if (jp->end - jp->p >= 4 && !strncmp(jp->p, "true", 4)) {
    j = jnew(J_BOOL); j->num = 1; jp->p += 4;
  } else if (jp->end - jp->p >= 5 && !strncmp(jp->p, "false", 5)) {
    j = jnew(J_BOOL); jp->p += 5;
  } else if (jp->end - jp->p >= 4 && !strncmp(jp->p, "null", 4)) {
    j = jnew(J_NULL); jp->p += 4;
  } else {
    jp->err = "unexpected character";
    return NULL;
  }
  jp->depth--;
  return j;
}

static J *jget(J *o, const char *k) {
  if (!o || o->kind != J_OBJ) return NULL;
  for (int i = 0; i < o->n; i++)
    if (!strcmp(o->key[i], k)) return o->kid[i];
  return NULL;
}

/* ---- the trace ---- */
/* ---- the trace ---- */

typedef struct Ev {
  char *name;
  double ts, dur;       /* microseconds; ts from the trace's first start once loaded */
  int tid, line;
  long id;
  long *dep; int ndep;
  double cp;            /* critical path ending here (us) */
  int cpPrev;           /* index of the predecessor on it, or -1 */
  int onPath;
  int fn;               /* index into Trace.fn */
  int lane, depth;      /* row of its thread; tasks it runs inside on that thread */
} Ev;

typedef struct Fn {
  const char *name;
  long n;
  double total, max;    /* us */
  long nPath;           /* its tasks on the critical path */
  double pathTime;
  char colour[8];       /* "#rrggbb" */
} Fn;

typedef struct Lane {
  int tid;
  long n;
  double busy;          /* us inside some task (outermost tasks' time) */
  int nLevel;           /* nesting depths seen */
} Lane;

typedef struct TUnit { const char *name; double div; } TUnit;   /* div: us per unit */

typedef struct Trace {
  Ev *ev; int n;        /* sorted by id */
  Lane *lane; int nlane;
  Fn *fn; int nfn;      /* by total time, largest first */
  double span, work;    /* first start to last end; sum of task times (us) */
  double busy;          /* sum of the threads' busy times (nested tasks once) */
  int *path; int npath; /* critical path, first task first */
  double cpLen;
  int nested;           /* a task ran inside another on its thread: the outer one waited for it */
  TUnit unit;
} Trace;

static int ev_by_id(const void *x, const void *y) {
  const Ev *a = x, *b = y;
  if (a->id != b->id) return a->id < b->id ? -1 : 1;
  return a->ts < b->ts ? -1 : a->ts > b->ts;
}

static int find_id(Trace *t, long id) {
  int lo = 0, hi = t->n - 1;
  while (lo <= hi) {
    int m = (lo + hi) / 2;
    if (t->ev[m].id == id) return m;
    if (t->ev[m].id < id) lo = m + 1; else hi = m - 1;
  }
  return -1;
}

static Ev *add_event(Trace *t, J *e, long *pnextId) {
  J *ph = jget(e, "ph");
  if (!ph || ph->kind != J_STR || strcmp(ph->str, "X")) return NULL;
  J *name = jget(e, "name"), *ts = jget(e, "ts"), *dur = jget(e, "dur"), *tid = jget(e, "tid");
  if (!ts || ts->kind != J_NUM || !dur || dur->kind != J_NUM) return NULL;
  J *args = jget(e, "args");
  J *line = jget(args, "line"), *id = jget(args, "id"), *deps = jget(args, "deps");
  t->ev = xrealloc(t->ev, (size_t)(t->n + 1) * sizeof *t->ev);
  Ev *v = &t->ev[t->n++];
  memset(v, 0, sizeof *v);
  v->name = xstrdup(name && name->kind == J_STR ? name->str : "?");
  v->ts = ts->num;
  v->dur = dur->num > 0 ? dur->num : 0;
  v->tid = tid && tid->kind == J_NUM ? (int)tid->num : 0;
  v->line = line && line->kind == J_NUM ? (int)line->num : 0;
  v->id = id && id->kind == J_NUM ? (long)id->num : (*pnextId)++;
  if (deps && deps->kind == J_ARR) {
    v->dep = xcalloc((size_t)deps->n + 1, sizeof *v->dep);
    for (int k = 0; k < deps->n; k++)
      if (deps->kid[k]->kind == J_NUM) v->dep[v->ndep++] = (long)deps->kid[k]->num;
  }
  return v;
}

static int read_events(Trace *t, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { error("cannot read '%s': %s", path, strerror(errno)); return -1; }
  Buf b = {0};
  char chunk[65536];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, got);
  fclose(f);
  if (!b.s) { error("'%s' is empty, not a trace", path); return -1; }
  JP jp = { b.s, b.s + b.len, NULL, 0 };
  J *root = jvalue(&jp);
  if (!root || jp.err) {
    error("'%s' is not JSON: %s at byte %ld", path, jp.err ? jp.err : "?", (long)(jp.p - b.s));
    return -1;
  }
  J *evs = root->kind == J_ARR ? root : jget(root, "traceEvents");
  if (!evs || evs->kind != J_ARR) { error("'%s' has no traceEvents array: not a trace-event file", path); return -1; }
  long nextId = 1L << 40;   /* events without an id get one of their own */
  for (int i = 0; i < evs->n; i++) add_event(t, evs->kid[i], &nextId);
  free(b.s);   /* the JSON tree is left to process exit, like the rest of a one-shot command */
  if (t->n == 0) { error("'%s' has no complete (\"ph\":\"X\") events: nothing to draw", path); return -1; }
  return 0;
}

/* Lanes: one per thread id, in id order; times from the first start. */
static void find_lanes(Trace *t) {
  double t0 = t->ev[0].ts, t1 = 0;
  for (int i = 0; i < t->n; i++) if (t->ev[i].ts < t0) t0 = t->ev[i].ts;
  for (int i = 0; i < t->n; i++) {
    Ev *v = &t->ev[i];
    v->ts -= t0;
    if (v->ts + v->dur > t1) t1 = v->ts + v->dur;
    t->work += v->dur;
    int k = 0;
    while (k < t->nlane && t->lane[k].tid != v->tid) k++;
    if (k == t->nlane) {
      t->lane = xrealloc(t->lane, (size_t)(t->nlane + 1) * sizeof *t->lane);
      t->lane[t->nlane++] = (Lane){ v->tid, 0, 0, 0 };
    }
  }
  for (int a = 1; a < t->nlane; a++)   /* insertion sort: few threads */
    for (int b = a; b > 0 && t->lane[b - 1].tid > t->lane[b].tid; b--) {
      Lane x = t->lane[b]; t->lane[b] = t->lane[b - 1]; t->lane[b - 1] = x;
    }
  for (int i = 0; i < t->n; i++) {
    Ev *v = &t->ev[i];
    while (t->lane[v->lane].tid != v->tid) v->lane++;
    t->lane[v->lane].n++;
  }
  t->span = t1 > 0 ? t1 : 1;
}

/* Critical path: the longest chain by task time along the dependencies.  Ids
 * are handed out at spawn, and a task's dependencies were spawned before it:
 * id order is a topological order. */
static void critical_path(Trace *t) {
  int best = 0;
  for (int i = 0; i < t->n; i++) {
    Ev *v = &t->ev[i];
    v->cp = v->dur;
    v->cpPrev = -1;
    for (int k = 0; k < v->ndep; k++) {
      int p = find_id(t, v->dep[k]);
      if (p < 0 || p >= i) continue;      /* unknown, or not earlier: ignore */
      if (t->ev[p].cp + v->dur > v->cp) { v->cp = t->ev[p].cp + v->dur; v->cpPrev = p; }
    }
    if (v->cp > t->ev[best].cp) best = i;
  }
  t->cpLen = t->ev[best].cp;
  for (int i = best; i >= 0; i = t->ev[i].cpPrev) { t->ev[i].onPath = 1; t->npath++; }
  t->path = xcalloc((size_t)t->npath, sizeof *t->path);
  int k = t->npath;
  for (int i = best; i >= 0; i = t->ev[i].cpPrev) t->path[--k] = i;
}

static int fn_by_total(const void *x, const void *y) {
  const Fn *a = x, *b = y;
  if (a->total != b->total) return a->total < b->total ? 1 : -1;
  return strcmp(a->name, b->name);
}

/* Tableau 10, then hues a golden angle apart. */
static void colour_of(int k, char *z) {
  static const char *const pal[] = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1",
                                     "#edc948", "#76b7b2", "#ff9da7", "#9c755f", "#bab0ac" };
  if (k < 10) { strcpy(z, pal[k]); return; }
  double h = fmod(k * 137.508, 360.0) / 60.0, c = 0.45, x = c * (1 - fabs(fmod(h, 2.0) - 1)), m = 0.35;
  double r = 0, g = 0, b = 0;
  switch ((int)h) {
  case 0: r = c; g = x; break;
  case 1: r = x; g = c; break;
  case 2: g = c; b = x; break;
  case 3: g = x; b = c; break;
  case 4: r = x; b = c; break;
  default: r = c; b = x; break;
  }
  snprintf(z, 8, "#%02x%02x%02x", (int)((r + m) * 255), (int)((g + m) * 255), (int)((b + m) * 255));
}

/* Functions: statistics, ranked by total time, a colour each. */
static void find_functions(Trace *t) {
  for (int i = 0; i < t->n; i++) {
    Ev *v = &t->ev[i];
    int k = 0;
    while (k < t->nfn && strcmp(t->fn[k].name, v->name)) k++;
    if (k == t->nfn) {
      t->fn = xrealloc(t->fn, (size_t)(t->nfn + 1) * sizeof *t->fn);
      memset(&t->fn[k], 0, sizeof t->fn[k]);
      t->fn[t->nfn++].name = v->name;
    }
    Fn *f = &t->fn[k];
    f->n++;
    f->total += v->dur;
    if (v->dur > f->max) f->max = v->dur;
    if (v->onPath) { f->nPath++; f->pathTime += v->dur; }
  }
  qsort(t->fn, (size_t)t->nfn, sizeof *t->fn, fn_by_total);
  for (int k = 0; k < t->nfn; k++) colour_of(k, t->fn[k].colour);
  for (int i = 0; i < t->n; i++) {
    Ev *v = &t->ev[i];
    v->fn = 0;
    while (strcmp(t->fn[v->fn].name, v->name)) v->fn++;
  }
}

static Trace *order_of;   /* the trace by_lane_start sorts */

static int by_lane_start(const void *x, const void *y) {
  const Ev *a = &order_of->ev[*(const int *)x], *b = &order_of->ev[*(const int *)y];
  if (a->lane != b->lane) return a->lane < b->lane ? -1 : 1;
  if (a->ts != b->ts) return a->ts < b->ts ? -1 : 1;
  if (a->dur != b->dur) return a->dur > b->dur ? -1 : 1;   /* the enclosing task first */
  return a->id < b->id ? -1 : a->id > b->id;
}

/* Per thread, in start order: a task that starts before the one under way
 * on that thread ends runs inside it (a waiting task running another): its
 * depth is the number of tasks it runs inside.  The thread's busy time is
 * its outermost tasks' time. */
static int *by_lane(Trace *t) {
  int *ord = xcalloc((size_t)t->n + 1, sizeof *ord);
  for (int i = 0; i < t->n; i++) ord[i] = i;
  order_of = t;
  qsort(ord, (size_t)t->n, sizeof *ord, by_lane_start);
  return ord;
}

static void nesting(Trace *t) {
  int *ord = by_lane(t);
  double *stack = xcalloc((size_t)t->n + 1, sizeof *stack);
  int nStack = 0, lane = -1;
  for (int k = 0; k < t->n; k++) {
    Ev *v = &t->ev[ord[k]];
    if (v->lane != lane) { lane = v->lane; nStack = 0; }
    while (nStack > 0 && stack[nStack - 1] <= v->ts + 1e-9) nStack--;
    v->depth = nStack;
    stack[nStack++] = v->ts + v->dur;
    Lane *l = &t->lane[v->lane];
    if (v->depth == 0) { l->busy += v->dur; t->busy += v->dur; }
    t->nested |= v->depth > 0;
    if (v->depth + 1 > l->nLevel) l->nLevel = v->depth + 1;
  }
  free(stack);
  free(ord);
}

static TUnit unit_for(double spanUs) {
  if (spanUs < 1e3) return (TUnit){ "\xc2\xb5s", 1 };
  if (spanUs < 1e7) return (TUnit){ "ms", 1e3 };
  return (TUnit){ "s", 1e6 };
}

static int load(Trace *t, const char *path) {
  if (read_events(t, path) != 0) return -1;
  qsort(t->ev, (size_t)t->n, sizeof *t->ev, ev_by_id);
  find_lanes(t);
  critical_path(t);
  find_functions(t);
  nesting(t);
  t->unit = unit_for(t->span);
  return 0;
}

/* ---- numbers for people: one unit, a few significant digits ---- */

static const char *num(double x, char *z) {
  double a = fabs(x);
  if (a == 0) strcpy(z, "0");
  else if (a >= 100) snprintf(z, 32, "%.1f", x);
  else if (a >= 10) snprintf(z, 32, "%.2f", x);
  else if (a >= 1) snprintf(z, 32, "%.3f", x);
  else if (a >= 0.01) snprintf(z, 32, "%.4f", x);
  else snprintf(z, 32, "%.*f", (int)fmin(12, 2 - floor(log10(a))), x);   /* 3 digits, no exponent */
  return z;
}

/* A duration in the report's unit, with the unit: "12.35 ms". */
static const char *tm(Trace *t, double us, char *z) {
  char n[32];
  snprintf(z, 48, "%s %s", num(us / t->unit.div, n), t->unit.name);
  return z;
}

static const char *count(long n, char *z) {   /* 8118 -> "8,118" */
  char d[32];
  int len = snprintf(d, sizeof d, "%ld", n), k = 0;
  for (int i = 0; i < len; i++) {
    if (i && (len - i) % 3 == 0 && d[i - 1] != '-') z[k++] = ',';
    z[k++] = d[i];
  }
  z[k] = 0;
  return z;
}

static const char *pct(double share, char *z) {   /* 0.004 -> "0.4%", 0.42 -> "42%" */
  snprintf(z, 16, share * 100 < 9.95 && share > 0 ? "%.1f%%" : "%.0f%%", share * 100);
  return z;
}

static void xml(FILE *f, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    default: fputc(*s, f);
    }
  }
}

/* What bounds the run, in one sentence. */
static void verdict(FILE *f, Trace *t) {
  char a[48], b[48], p[16], q[16];
  double util = t->busy / (t->span * t->nlane), cpShare = t->cpLen / t->span;
  if (t->nested) {
    fprintf(f, "Tasks ran inside tasks that waited for them (recursion, or a task that spawns and waits): a "
               "parent's time includes its children's, so the critical path overstates the chain. The threads "
               "were busy %s of the time; %s", pct(util, p),
            util > 0.85 ? "the amount of work bounds this run." :
            "look for waits that hold tasks back (<code>delayc emit --explain</code>), or a cutoff that leaves "
            "too few tasks to share out.");
  } else if (cpShare > 0.7) {
    fprintf(f, "The critical path takes %s of the span: the chain of dependencies bounds this run, and more "
               "threads would not shorten it; shorten the chain's tasks (most of its time: ", pct(cpShare, p));
    int top = 0;
    for (int k = 1; k < t->nfn; k++) if (t->fn[k].pathTime > t->fn[top].pathTime) top = k;
    xml(f, t->fn[top].name);
    fputs(").", f);
  } else if (util > 0.85) {
    fprintf(f, "The threads were busy %s of the time: the amount of work bounds this run. Its dependencies "
               "would let %.1f threads work at once on average (task time &divide; critical path).",
            pct(util, p), t->cpLen > 0 ? t->work / t->cpLen : 0.0);
  } else {
    fprintf(f, "The threads were idle %s of the time (%s of %s), while the critical path takes only "
               "%s of the span: look for waits that hold tasks back (<code>delayc emit --explain</code>) "
               "or tasks too few or too coarse to share out.",
            pct(1 - util, p), tm(t, t->span * t->nlane - t->busy, a), tm(t, t->span * t->nlane, b), pct(cpShare, q));
  }
}

/* ---- the static chart (SVG): the whole run ---- */

typedef struct Geo {
  int W, left, right;
  int cpTop, cpH, lanesTop, laneH, stripTop, stripH, legendTop, H;
  double sx;            /* pixels per us */
} Geo;

static Geo geometry(Trace *t, int top) {
  Geo g;
  g.W = 1200; g.left = 124; g.right = 18;
  g.cpTop = top + 26; g.cpH = 24;
  g.lanesTop = g.cpTop + g.cpH + 10;
  g.laneH = t->nlane <= 13 ? 34 : t->nlane >= 24 ? 18 : 440 / t->nlane;
  g.stripTop = g.lanesTop + t->nlane * g.laneH + 26;
  g.stripH = 64;
  g.legendTop = g.stripTop + g.stripH + 30;
  g.H = g.legendTop + ((t->nfn + 3) / 4) * 22 + 10;
  g.sx = (g.W - g.left - g.right) / t->span;
  return g;
}

typedef struct Run {    /* bars that share pixels, drawn as one */
  double x0, x1;
  int n, first;         /* tasks in it; the first one (for its tooltip) */
  double *acc;          /* time per function */
} Run;

/* The function with most time fills the bar; the others in it are bands
 * across its top, at least 4 pixels tall and 2 wide (as the viewer draws them). */
static void run_bands(FILE *f, Trace *t, Run *r, int best, double w, double y, double h) {
  double tot = 0, top = y;
  for (int k = 0; k < t->nfn; k++) tot += r->acc[k];
  for (int k = 0; k < t->nfn && top < y + h / 2; k++) {
    if (k == best || r->acc[k] == 0) continue;
    double bh = fmax(4, round(r->acc[k] / tot * h));
    fprintf(f, "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\" fill=\"%s\"/>\n", r->x0, top, fmax(w, 2),
            fmin(bh, y + h / 2 - top), t->fn[k].colour);
    top += bh;
  }
}

static void run_flush(FILE *f, Trace *t, Run *r, double y, double h, int outline) {
  if (!r->n) return;
  int best = 0;
  for (int k = 1; k < t->nfn; k++) if (r->acc[k] > r->acc[best]) best = k;
  double w = r->x1 - r->x0;
  if (r->n == 1 && w >= 4) w -= 1;   /* a hairline between neighbours */
  fprintf(f, "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\" fill=\"%s\"%s><title>", r->x0, y, w, h,
          t->fn[best].colour, outline && w >= 6 ? " stroke=\"#222222\" stroke-width=\"1\"" : "");
  char a[48], b[48];
  if (r->n == 1) {
    Ev *v = &t->ev[r->first];
    xml(f, v->name);
    fprintf(f, " \xe2\x80\x94 task %ld, line %d, thread %d: %s from %s%s", v->id, v->line, v->tid, tm(t, v->dur, a),
            tm(t, v->ts, b), v->onPath ? ", on the critical path" : "");
  } else {
    fprintf(f, "%d task%s, mostly ", r->n, r->n == 1 ? "" : "s");
    xml(f, t->fn[best].name);
  }
  fputs("</title></rect>\n", f);
  run_bands(f, t, r, best, w, y, h);
  memset(r->acc, 0, (size_t)t->nfn * sizeof *r->acc);
  r->n = 0;
}

/* Bars of the tasks idx[0..n) (one lane and depth, by start): at least a
 * pixel wide; bars that would share a pixel are one (as the viewer does). */
static void bars(FILE *f, Trace *t, Geo *g, const int *idx, int n, double y, double h, int outline) {
  Run r = { 0, -1e9, 0, 0, xcalloc((size_t)t->nfn + 1, sizeof(double)) };
  for (int i = 0; i < n; i++) {
    Ev *v = &t->ev[idx[i]];
    double x0 = g->left + v->ts * g->sx, x1 = g->left + (v->ts + v->dur) * g->sx;
    if (x1 - x0 < 1) x1 = x0 + 1;
    if (r.n && x0 < r.x1 + 0.5 && x1 - x0 < 2 && r.x1 - r.x0 < 2) {   /* both within about a pixel */
      if (x1 > r.x1) r.x1 = x1;
    } else {
      run_flush(f, t, &r, y, h, outline);
      r.x0 = x0; r.x1 = x1; r.first = idx[i];
    }
    r.acc[v->fn] += v->dur + 1e-9;
    r.n++;
  }
  run_flush(f, t, &r, y, h, outline);
  free(r.acc);
}

/* Threads busy per pixel of w over the whole run (outermost tasks). */
static double *profile(Trace *t, int w) {
  double *p = xcalloc((size_t)w + 1, sizeof *p), sc = w / t->span;
  for (int i = 0; i < t->n; i++) {
    Ev *v = &t->ev[i];
    if (v->depth) continue;
    double x0 = v->ts * sc, x1 = (v->ts + v->dur) * sc;
    int i0 = (int)x0, i1 = (int)x1;
    if (i0 >= w) continue;
    if (i0 == i1) { p[i0] += x1 - x0; continue; }
    p[i0] += i0 + 1 - x0;
    for (int j = i0 + 1; j < i1 && j < w; j++) p[j] += 1;
    if (i1 < w) p[i1] += x1 - i1;
  }
  return p;
}

static double nice_step(double span, int n) {   /* 1, 2, 5 x 10^k, about n of them */
  double raw = span / n > 1e-12 ? span / n : 1e-12, p = pow(10, floor(log10(raw))), m = raw / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

static void svg_axis(FILE *f, Trace *t, Geo *g) {
  double st = nice_step(t->span / t->unit.div, (g->W - g->left - g->right) / 110) * t->unit.div;
  int dec = (int)fmax(0, fmin(6, -floor(log10(st / t->unit.div) + 1e-9)));
  for (double x = 0; x <= t->span + st * 1e-6; x += st) {
    double px = g->left + x * g->sx;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e3e3\"/>\n", px, g->cpTop - 6, px,
            g->stripTop + g->stripH);
    fprintf(f, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">%.*f %s</text>\n", px, g->cpTop - 10,
            dec, x / t->unit.div, t->unit.name);
  }
}

static void svg_lanes(FILE *f, Trace *t, Geo *g) {
  int *ord = by_lane(t), *idx = xcalloc((size_t)t->n + 1, sizeof *idx);
  for (int r = 0; r < t->nlane; r++) {
    int y = g->lanesTop + r * g->laneH;
    fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">thread %d</text>\n", g->left - 10,
            y + g->laneH / 2 + (g->laneH >= 28 ? -1 : 4), t->lane[r].tid);
    char p[16];
    if (g->laneH >= 28)
      fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#888888\" font-size=\"10\">busy %s</text>\n",
              g->left - 10, y + g->laneH / 2 + 11, pct(t->lane[r].busy / t->span, p));
    for (int d = 0; d < t->lane[r].nLevel; d++) {
      int n = 0;
      for (int k = 0; k < t->n; k++)
        if (t->ev[ord[k]].lane == r && t->ev[ord[k]].depth == d) idx[n++] = ord[k];
      int inset = (d < 4 ? d : 4) * 3;
      bars(f, t, g, idx, n, y + 2 + inset, g->laneH - 6 - inset, 0);
    }
  }
  for (int k = 0; k < t->npath; k++) {   /* the critical path underlined in its threads */
    Ev *v = &t->ev[t->path[k]];
    double x0 = g->left + v->ts * g->sx, w = fmax(v->dur * g->sx, 2);
    fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"2\" fill=\"#222222\"/>\n", x0,
            g->lanesTop + v->lane * g->laneH + g->laneH - 4, w);
  }
  free(idx);
  free(ord);
}

static void svg_critical(FILE *f, Trace *t, Geo *g) {
  fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-weight=\"bold\">critical path</text>\n", g->left - 10,
          g->cpTop + 16);
  Ev *a = &t->ev[t->path[0]], *b = &t->ev[t->path[t->npath - 1]];
  fprintf(f, "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#666666\" stroke-dasharray=\"3,3\"/>\n",
          g->left + a->ts * g->sx, g->cpTop + g->cpH / 2, g->left + (b->ts + b->dur) * g->sx, g->cpTop + g->cpH / 2);
  bars(f, t, g, t->path, t->npath, g->cpTop + 3, g->cpH - 6, 1);
}

static void svg_strip(FILE *f, Trace *t, Geo *g) {
  int w = g->W - g->left - g->right;
  double *p = profile(t, w), sum = 0;
  for (int j = 0; j < w; j++) sum += p[j];
  fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-weight=\"bold\">parallelism</text>\n", g->left - 10,
          g->stripTop + 14);
  fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#666666\" font-size=\"11\">mean %.2f of %d</text>\n",
          g->left - 10, g->stripTop + 30, sum / w, t->nlane);
  double yc = g->stripTop + g->stripH;   /* a step line: a corner where the level changes */
  fprintf(f, "<path fill=\"#4e79a7\" fill-opacity=\"0.35\" stroke=\"#4e79a7\" d=\"M%d %.1f", g->left, yc);
  for (int j = 0; j < w; j++) {
    double y = round((g->stripTop + g->stripH - fmin(p[j], t->nlane) / t->nlane * g->stripH) * 10) / 10;
    if (y != yc) fprintf(f, " L%d %.1f L%d %.1f", g->left + j, yc, g->left + j, y);
    yc = y;
  }
  fprintf(f, " L%d %.1f L%d %d Z\"/>\n", g->left + w, yc, g->left + w, g->stripTop + g->stripH);
  fprintf(f, "<line x1=\"%d\" y1=\"%d.5\" x2=\"%d\" y2=\"%d.5\" stroke=\"#999999\" stroke-dasharray=\"4,3\"/>\n", g->left,
          g->stripTop, g->left + w, g->stripTop);
  fprintf(f, "<text x=\"%d\" y=\"%d\" fill=\"#777777\" font-size=\"10\">%d thread%s</text>\n", g->left + 4,
          g->stripTop + 12, t->nlane, t->nlane == 1 ? "" : "s");
  free(p);
}

static void svg_legend(FILE *f, Trace *t, Geo *g) {
  char a[48], c[32];
  for (int k = 0; k < t->nfn; k++) {
    int x = g->left + (k % 4) * 260, y = g->legendTop + (k / 4) * 22;
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">", x, y - 11,
            t->fn[k].colour, x + 20, y);
    xml(f, t->fn[k].name);
    fprintf(f, " <tspan fill=\"#777777\">%s \xc3\x97, %s</tspan></text>\n", count(t->fn[k].n, c), tm(t, t->fn[k].total, a));
  }
}

/* The chart; with a title (standalone .svg) or without (inside the HTML). */
static void svg(FILE *f, Trace *t, const char *title) {
  Geo g = geometry(t, title ? 56 : 6);
  fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
             "font-family=\"sans-serif\" font-size=\"12\" shape-rendering=\"crispEdges\">\n", g.W, g.H, g.W, g.H);
  fprintf(f, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", g.W, g.H);
  if (title) {
    char a[48], b[48], c[48], d[32];
    fputs("<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">", f);
    xml(f, title);
    fputs("</text>\n", f);
    fprintf(f, "<text x=\"10\" y=\"42\">%s tasks on %d thread%s; span %s; task time %s; threads busy %.2f on average; ",
            count(t->n, d), t->nlane, t->nlane == 1 ? "" : "s", tm(t, t->span, a), tm(t, t->work, b), t->busy / t->span);
    fprintf(f, "critical path %s in %d task%s</text>\n", tm(t, t->cpLen, c), t->npath, t->npath == 1 ? "" : "s");
  }
  fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f4f4\"/>\n", g.left, g.cpTop,
          g.W - g.left - g.right, g.cpH);
  for (int r = 0; r < t->nlane; r++)
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n", g.left, g.lanesTop + r * g.laneH,
            g.W - g.left - g.right, g.laneH - 2, r % 2 ? "#f7f7f7" : "#efefef");
  fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafafa\"/>\n", g.left, g.stripTop,
          g.W - g.left - g.right, g.stripH);
  svg_axis(f, t, &g);
  svg_critical(f, t, &g);
  svg_lanes(f, t, &g);
  svg_strip(f, t, &g);
  svg_legend(f, t, &g);
  fputs("</svg>\n", f);
}

/* ---- the viewer: draws the timeline in the canvas, zooms and pans ----
 *
 * Reads the data of page_data().  Kept in one piece here so that the report
 * stays one file; plain ES5, no library. */
static const char page_script[] =
  "(function () {\n"
  "'use strict';\n"
  "var D = JSON.parse(document.getElementById('delayc-data').textContent);\n"
  "var cv = document.getElementById('tl'), tip = document.getElementById('tip');\n"
  "var ctx = cv.getContext('2d');\n"
  "var T = D.task, NL = D.lanes.length, NF = D.fn.length, SPAN = D.span > 0 ? D.span : 1;\n"
  "var LEFT = 124, RIGHT = 18, AXIS = 24, CPH = 24, GAP = 10, STRIP = 64, OVER = 30;\n"
  "var LANE = Math.max(18, Math.min(34, Math.floor(440 / Math.max(1, NL))));\n"
  "var yCp = AXIS + 6, yLanes = yCp + CPH + GAP, yStrip = yLanes + NL * LANE + GAP + 16;\n"
  "var yOver = yStrip + STRIP + GAP + 22, H = yOver + OVER + 18;\n"
  "var W = 0, v0 = 0, v1 = SPAN, hiFn = -1, drag = null, acc = new Float64Array(NF), touched = [];\n"
  "var overview = null, cpSet = new Uint8Array(T.f.length), visible = 0;\n"
  "for (var c = 0; c < D.cp.length; c++) cpSet[D.cp[c]] = 1;\n"
  "function level(ks) {\n"
  "  var L = { k: ks, s: new Float64Array(ks.length), d: new Float64Array(ks.length), maxd: 0 };\n"
  "  for (var i = 0; i < ks.length; i++) { L.s[i] = T.s[ks[i]]; L.d[i] = T.d[ks[i]]; if (L.d[i] > L.maxd) L.maxd = L.d[i]; }\n"
  "  return L;\n"
  "}\n"
  "D.lanes.forEach(function (ln) { ln.levels = ln.levels.map(level); });\n"
  "var CPL = level(D.cp);\n"
  "\n"
  "function esc(s) { return String(s).replace(/[&<>\"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;' }[c]; }); }\n"
  "function num(x) {\n"
  "  var a = Math.abs(x);\n"
  "  if (a === 0) return '0';\n"
  "  if (a >= 100) return x.toFixed(1);\n"
  "  if (a >= 10) return x.toFixed(2);\n"
  "  if (a >= 1) return x.toFixed(3);\n"
  "  if (a >= 0.01) return x.toFixed(4);\n"
  "  return x.toFixed(Math.min(12, 2 - Math.floor(Math.log10(a))));\n"
  "}\n"
  "function fmt(us) { return num(us / D.div) + ' ' + D.unit; }\n"
  "function fmtAt(us) {   /* a time on the axis, as precise as the view */\n"
  "  return (us / D.div).toFixed(Math.min(6, decimals(step((v1 - v0) / D.div, 10)) + 2)) + ' ' + D.unit;\n"
  "}\n"
  "function lb(a, x) { var lo = 0, hi = a.length; while (lo < hi) { var m = (lo + hi) >> 1; if (a[m] < x) lo = m + 1; else hi = m; } return lo; }\n"
  "function pxw() { return (W - LEFT - RIGHT) / (v1 - v0); }\n"
  "function X(t) { return LEFT + (t - v0) * pxw(); }\n"
  "function tAt(x) { return v0 + (x - LEFT) / pxw(); }\n"
  "function step(span, n) {\n"
  "  var raw = span / Math.max(1, n), p = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p;\n"
  "  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;\n"
  "}\n"
  "function decimals(st) { return Math.max(0, Math.min(6, -Math.floor(Math.log10(st) + 1e-9))); }\n"
  "\n"
  "/* Bars of one nesting level of one lane between v0 and v1.  A bar is at\n"
  " * least a pixel wide; bars that would share a pixel are one bar, in the\n"
  " * colour of the function with the most time in it. */\n"
  "function drawLevel(L, y, h, fill) {\n"
  "  var s = L.s, d = L.d, k = L.k, n = s.length, sc = pxw(), i = lb(s, v0 - L.maxd), drawn = 0;\n"
  "  var rx0 = 0, rx1 = -1e9, rn = 0;\n"
  "  function flush() {\n"
  "    if (!rn) return;\n"
  "    var fs = touched.slice().sort(function (a, b) { return acc[b] - acc[a]; }), sh = [], tot = 0, j;\n"
  "    for (j = 0; j < fs.length; j++) tot += acc[fs[j]];\n"
  "    for (j = 0; j < fs.length; j++) { sh.push(acc[fs[j]] / tot); acc[fs[j]] = 0; }\n"
  "    touched.length = 0;\n"
  "    fill(fs, sh, rx0, y, rx1 - rx0, h, rn);\n"
  "    drawn++;\n"
  "    rn = 0;\n"
  "  }\n"
  "  for (; i < n && s[i] < v1; i++) {\n"
  "    var e = s[i] + d[i];\n"
  "    if (e < v0) continue;\n"
  "    var x0 = LEFT + (s[i] - v0) * sc, x1 = LEFT + (e - v0) * sc, f = T.f[k[i]];\n"
  "    if (x1 - x0 < 1) x1 = x0 + 1;\n"
  "    if (rn && x0 < rx1 + 0.5 && x1 - x0 < 2 && rx1 - rx0 < 2) {   /* both within about a pixel */\n"
  "      if (x1 > rx1) rx1 = x1;\n"
  "    } else {\n"
  "      flush();\n"
  "      rx0 = x0; rx1 = x1;\n"
  "    }\n"
  "    if (acc[f] === 0) touched.push(f);\n"
  "    acc[f] += d[i] + 1e-9;\n"
  "    rn++;\n"
  "    visible++;\n"
  "  }\n"
  "  flush();\n"
  "  return drawn;\n"
  "}\n"
  "\n"
  "function colour(f) { return D.col[f] || '#999'; }\n"
  "/* A bar: the function with most time fills it; the others in it (tasks too\n"
  " * short for a pixel of their own) are bands across its top, at least 4\n"
  " * pixels each, so that they stay visible at any zoom. */\n"
  "function barFill(fs, sh, x, y, w, h, n) {\n"
  "  var l = Math.floor(Math.max(x, LEFT)), r = Math.round(Math.min(x + w, W - RIGHT));   /* whole pixels: crisp */\n"
  "  if (r <= l) r = l + 1;\n"
  "  if (l >= W - RIGHT) return;\n"
  "  if (w >= 4 && n === 1) r -= 1;\n"
  "  if (hiFn >= 0) {\n"
  "    var has = fs.indexOf(hiFn) >= 0;\n"
  "    ctx.globalAlpha = has ? 1 : 0.18;\n"
  "    ctx.fillStyle = colour(has ? hiFn : fs[0]);\n"
  "    ctx.fillRect(l, y, r - l, h);\n"
  "    ctx.globalAlpha = 1;\n"
  "    return;\n"
  "  }\n"
  "  ctx.globalAlpha = 1;\n"
  "  ctx.fillStyle = colour(fs[0]);\n"
  "  ctx.fillRect(l, y, r - l, h);\n"
  "  for (var j = 1, top = y; j < fs.length && top < y + h / 2; j++) {\n"
  "    var bh = Math.max(4, Math.round(sh[j] * h));\n"
  "    ctx.fillStyle = colour(fs[j]);\n"
  "    ctx.fillRect(l, top, Math.max(2, r - l), Math.min(bh, y + h / 2 - top));\n"
  "    top += bh;\n"
  "  }\n"
  "}\n"
  "\n"
  "function coverage(a, b, w) {\n"
  "  var out = new Float64Array(w), sc = w / (b - a);\n"
  "  D.lanes.forEach(function (ln) {\n"
  "    var L = ln.levels[0];\n"
  "    if (!L) return;\n"
  "    for (var i = lb(L.s, a - L.maxd); i < L.s.length && L.s[i] < b; i++) {\n"
  "      var x0 = (Math.max(L.s[i], a) - a) * sc, x1 = (Math.min(L.s[i] + L.d[i], b) - a) * sc;\n"
  "      if (x1 <= x0) continue;\n"
  "      var i0 = Math.floor(x0), i1 = Math.floor(x1);\n"
  "      if (i0 >= w) continue;\n"
  "      if (i0 === i1) { out[i0] += x1 - x0; continue; }\n"
  "      out[i0] += i0 + 1 - x0;\n"
  "      for (var j = i0 + 1; j < i1 && j < w; j++) out[j] += 1;\n"
  "      if (i1 < w) out[i1] += x1 - i1;\n"
  "    }\n"
  "  });\n"
  "  return out;\n"
  "}\n"
  "\n"
  "function area(prof, x, y, h, max) {\n"
  "  ctx.beginPath();\n"
  "  ctx.moveTo(x, y + h);\n"
  "  for (var j = 0; j < prof.length; j++) {\n"
  "    var v = y + h - Math.min(prof[j], max) / max * h;\n"
  "    ctx.lineTo(x + j, v); ctx.lineTo(x + j + 1, v);\n"
  "  }\n"
  "  ctx.lineTo(x + prof.length, y + h);\n"
  "  ctx.closePath();\n"
  "  ctx.fillStyle = 'rgba(78,121,167,0.35)'; ctx.fill();\n"
  "  ctx.strokeStyle = '#4e79a7'; ctx.lineWidth = 1; ctx.stroke();\n"
  "}\n"
  "\n"
  "function label(text, x, y, opts) {\n"
  "  ctx.fillStyle = (opts && opts.colour) || '#333';\n"
  "  ctx.font = (opts && opts.font) || '12px system-ui, sans-serif';\n"
  "  ctx.textAlign = (opts && opts.align) || 'left';\n"
  "  ctx.fillText(text, x, y);\n"
  "}\n"
  "\n"
  "function drawAxis() {\n"
  "  var st = step((v1 - v0) / D.div, (W - LEFT - RIGHT) / 110) * D.div, dec = decimals(st / D.div);\n"
  "  ctx.strokeStyle = '#e3e3e3'; ctx.lineWidth = 1;\n"
  "  for (var t = Math.ceil(v0 / st) * st; t <= v1 + st * 1e-6; t += st) {\n"
  "    var x = Math.round(X(t)) + 0.5;\n"
  "    ctx.beginPath(); ctx.moveTo(x, AXIS - 4); ctx.lineTo(x, yStrip + STRIP); ctx.stroke();\n"
  "    var txt = (t / D.div).toFixed(dec) + ' ' + D.unit, tw = ctx.measureText(txt).width;\n"
  "    label(txt, Math.min(x, W - 2 - tw / 2), AXIS - 8, { align: 'center', colour: '#555' });\n"
  "  }\n"
  "}\n"
  "\n"
  "function drawBackgrounds() {\n"
  "  ctx.fillStyle = '#f4f4f4'; ctx.fillRect(LEFT, yCp, W - LEFT - RIGHT, CPH);\n"
  "  for (var r = 0; r < NL; r++) { ctx.fillStyle = r % 2 ? '#f7f7f7' : '#efefef'; ctx.fillRect(LEFT, yLanes + r * LANE, W - LEFT - RIGHT, LANE - 2); }\n"
  "  ctx.fillStyle = '#fafafa'; ctx.fillRect(LEFT, yStrip, W - LEFT - RIGHT, STRIP);\n"
  "}\n"
  "\n"
  "function drawCritical() {\n"
  "  label('critical path', LEFT - 10, yCp + 16, { align: 'right', font: 'bold 12px system-ui, sans-serif' });\n"
  "  ctx.strokeStyle = '#666'; ctx.setLineDash([3, 3]); ctx.lineWidth = 1;\n"
  "  ctx.beginPath(); ctx.moveTo(Math.max(LEFT, X(CPL.s[0])), yCp + CPH / 2);\n"
  "  ctx.lineTo(Math.min(W - RIGHT, X(CPL.s[CPL.s.length - 1] + CPL.d[CPL.d.length - 1])), yCp + CPH / 2); ctx.stroke();\n"
  "  ctx.setLineDash([]);\n"
  "  drawLevel(CPL, yCp + 3, CPH - 6, function (fs, sh, x, y, w, h, n) {\n"
  "    barFill(fs, sh, x, y, w, h, n);\n"
  "    var l = Math.max(x, LEFT), r = Math.min(x + w, W - RIGHT);\n"
  "    if (r - l < 6) return;\n"
  "    ctx.globalAlpha = 1; ctx.strokeStyle = '#222'; ctx.lineWidth = 1;\n"
  "    ctx.strokeRect(l + 0.5, y + 0.5, r - l - 2, h - 1);\n"
  "  });\n"
  "}\n"
  "\n"
  "function clip() {\n"
  "  ctx.save();\n"
  "  ctx.beginPath(); ctx.rect(LEFT, 0, W - LEFT - RIGHT, H); ctx.clip();\n"
  "}\n"
  "\n"
  "function drawLanes() {\n"
  "  D.lanes.forEach(function (ln, r) {\n"
  "    var y = yLanes + r * LANE;\n"
  "    ctx.globalAlpha = 1;\n"
  "    label(ln.name, LEFT - 10, y + LANE / 2 + (LANE >= 28 ? -1 : 4), { align: 'right' });\n"
  "    if (LANE >= 28) label('busy ' + (ln.busy / SPAN * 100).toFixed(0) + '%', LEFT - 10, y + LANE / 2 + 11, { align: 'right', colour: '#888', font: '10px system-ui, sans-serif' });\n"
  "    clip();\n"
  "    ln.levels.forEach(function (L, dep) {\n"
  "      var inset = Math.min(dep, 4) * 3;\n"
  "      drawLevel(L, y + 2 + inset, LANE - 6 - inset, dep === 0 ? barFill : function (fs, sh, x, yy, w, h, n) {\n"
  "        barFill(fs, sh, x, yy, w, h, n);   /* a task run inside another: a light edge on its top */\n"
  "        ctx.fillStyle = 'rgba(255,255,255,0.7)';\n"
  "        ctx.fillRect(Math.max(x, LEFT), yy, Math.min(x + w, W - RIGHT) - Math.max(x, LEFT), 1);\n"
  "      });\n"
  "    });\n"
  "    ctx.restore();\n"
  "  });\n"
  "  ctx.globalAlpha = 1;\n"
  "  /* the critical path's tasks underlined in their threads */\n"
  "  ctx.fillStyle = '#222';\n"
  "  D.cp.forEach(function (k) {\n"
  "    var x0 = X(T.s[k]), x1 = Math.max(X(T.s[k] + T.d[k]), x0 + 2);\n"
  "    if (x1 < LEFT || x0 > W - RIGHT) return;\n"
  "    var y = yLanes + T.lane[k] * LANE + LANE - 4;\n"
  "    ctx.fillRect(Math.max(x0, LEFT), y, Math.min(x1, W - RIGHT) - Math.max(x0, LEFT), 2);\n"
  "  });\n"
  "}\n"
  "\n"
  "function drawArrows() {\n"
  "  var box = document.getElementById('arrows');\n"
  "  if (!box || !box.checked || visible > 150) return visible > 150 && box && box.checked ? 'zoom in to see the dependencies' : '';\n"
  "  ctx.strokeStyle = 'rgba(40,40,40,0.45)'; ctx.lineWidth = 1;\n"
  "  var n = 0;\n"
  "  clip();\n"
  "  for (var k = 0; k < T.s.length; k++) {\n"
  "    if (T.s[k] > v1 || T.s[k] + T.d[k] < v0) continue;\n"
  "    for (var j = T.dp[k]; j < T.dp[k + 1]; j++) {\n"
  "      var p = T.dl[j], xa = X(T.s[p] + T.d[p]), xb = X(T.s[k]);\n"
  "      var ya = yLanes + T.lane[p] * LANE + LANE / 2, yb = yLanes + T.lane[k] * LANE + LANE / 2;\n"
  "      ctx.beginPath(); ctx.moveTo(xa, ya); ctx.bezierCurveTo((xa + xb) / 2, ya, (xa + xb) / 2, yb, xb, yb); ctx.stroke();\n"
  "      ctx.beginPath(); ctx.moveTo(xb, yb); ctx.lineTo(xb - 5, yb - 3); ctx.lineTo(xb - 5, yb + 3); ctx.closePath();\n"
  "      ctx.fillStyle = 'rgba(40,40,40,0.7)'; ctx.fill();\n"
  "      n++;\n"
  "    }\n"
  "  }\n"
  "  ctx.restore();\n"
  "  return n ? n + ' dependencies drawn' : '';\n"
  "}\n"
  "\n"
  "function drawStrip() {\n"
  "  var w = Math.max(1, Math.floor(W - LEFT - RIGHT)), prof = coverage(v0, v1, w), sum = 0;\n"
  "  for (var j = 0; j < w; j++) sum += prof[j];\n"
  "  label('parallelism', LEFT - 10, yStrip + 14, { align: 'right', font: 'bold 12px system-ui, sans-serif' });\n"
  "  label('mean ' + (sum / w).toFixed(2) + ' of ' + NL, LEFT - 10, yStrip + 30, { align: 'right', colour: '#666', font: '11px system-ui, sans-serif' });\n"
  "  area(prof, LEFT, yStrip, STRIP, NL);\n"
  "  ctx.strokeStyle = '#999'; ctx.setLineDash([4, 3]);\n"
  "  ctx.beginPath(); ctx.moveTo(LEFT, yStrip + 0.5); ctx.lineTo(LEFT + w, yStrip + 0.5); ctx.stroke(); ctx.setLineDash([]);\n"
  "  label(NL + (NL === 1 ? ' thread' : ' threads'), LEFT + 4, yStrip + 12, { colour: '#777', font: '10px system-ui, sans-serif' });\n"
  "}\n"
  "\n"
  "function drawOverview() {\n"
  "  var w = Math.max(1, Math.floor(W - LEFT - RIGHT));\n"
  "  if (!overview || overview.length !== w) overview = coverage(0, SPAN, w);\n"
  "  label('whole run', LEFT - 10, yOver + 19, { align: 'right', colour: '#555' });\n"
  "  ctx.fillStyle = '#fafafa'; ctx.fillRect(LEFT, yOver, w, OVER);\n"
  "  area(overview, LEFT, yOver, OVER, NL);\n"
  "  var a = LEFT + v0 / SPAN * w, b = LEFT + v1 / SPAN * w;\n"
  "  ctx.fillStyle = 'rgba(0,0,0,0.12)';\n"
  "  ctx.fillRect(LEFT, yOver, a - LEFT, OVER); ctx.fillRect(b, yOver, LEFT + w - b, OVER);\n"
  "  ctx.strokeStyle = '#333'; ctx.lineWidth = 1.5; ctx.strokeRect(a, yOver + 0.5, Math.max(2, b - a), OVER - 1);\n"
  "  label('0', LEFT, yOver + OVER + 13, { colour: '#777', font: '10px system-ui, sans-serif' });\n"
  "  label(fmt(SPAN), LEFT + w, yOver + OVER + 13, { align: 'right', colour: '#777', font: '10px system-ui, sans-serif' });\n"
  "}\n"
  "\n"
  "function draw() {\n"
  "  var dpr = window.devicePixelRatio || 1;\n"
  "  W = Math.max(480, cv.parentNode.clientWidth);\n"
  "  cv.style.width = W + 'px'; cv.style.height = H + 'px';\n"
  "  if (cv.width !== Math.round(W * dpr) || cv.height !== Math.round(H * dpr)) { cv.width = Math.round(W * dpr); cv.height = Math.round(H * dpr); }\n"
  "  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);\n"
  "  ctx.clearRect(0, 0, W, H);\n"
  "  visible = 0;\n"
  "  drawBackgrounds();\n"
  "  drawAxis();\n"
  "  drawCritical();\n"
  "  visible = 0;\n"
  "  drawLanes();\n"
  "  var note = drawArrows();\n"
  "  drawStrip();\n"
  "  drawOverview();\n"
  "  document.getElementById('range').textContent = 'showing ' + fmt(v0) + ' \\u2013 ' + fmt(v1) + ' (' + fmt(v1 - v0) + ', ' + visible + ' tasks)' + (note ? ' \\u00b7 ' + note : '');\n"
  "  var rc = cv.getBoundingClientRect();\n"
  "  cv.dataset.layout = JSON.stringify({ pageX: rc.left + window.scrollX, pageY: rc.top + window.scrollY, left: LEFT, right: W - RIGHT, axis: AXIS, cpTop: yCp, cpH: CPH, lanesTop: yLanes, laneH: LANE, lanes: NL, stripTop: yStrip, stripH: STRIP, overTop: yOver, overH: OVER });\n"
  "  cv.dataset.visible = visible;\n"
  "  document.body.dataset.ready = '1';\n"
  "}\n"
  "\n"
  "var pending = false;\n"
  "function redraw() {\n"
  "  if (pending) return;\n"
  "  pending = true;\n"
  "  (window.requestAnimationFrame || setTimeout)(function () { pending = false; draw(); saveView(); });\n"
  "}\n"
  "function setView(a, b) {\n"
  "  var minSpan = Math.min(SPAN, 0.05);\n"
  "  if (b - a < minSpan) { var m = (a + b) / 2; a = m - minSpan / 2; b = m + minSpan / 2; }\n"
  "  if (b - a > SPAN) { a = 0; b = SPAN; }\n"
  "  if (a < 0) { b -= a; a = 0; }\n"
  "  if (b > SPAN) { a -= b - SPAN; b = SPAN; }\n"
  "  v0 = Math.max(0, a); v1 = Math.min(SPAN, b);\n"
  "  redraw();\n"
  "}\n"
  "function zoom(f, t) { setView(t - (t - v0) * f, t + (v1 - t) * f); }\n"
  "function saveView() {\n"
  "  var h = v0 === 0 && v1 === SPAN ? '' : '#t=' + v0.toFixed(3) + ',' + v1.toFixed(3);\n"
  "  try { if (location.hash !== h) history.replaceState(null, '', h || location.pathname + location.search); } catch (e) {}\n"
  "}\n"
  "\n"
  "function hit(x, y) {\n"
  "  var t = tAt(x), tol = 2 / pxw(), L, lane = -1, levels;\n"
  "  if (y >= yCp && y < yCp + CPH) levels = [CPL];\n"
  "  else if (y >= yLanes && y < yLanes + NL * LANE) { lane = Math.floor((y - yLanes) / LANE); levels = D.lanes[lane].levels; }\n"
  "  else return null;\n"
  "  for (var dep = levels.length - 1; dep >= 0; dep--) {\n"
  "    L = levels[dep];\n"
  "    var i = lb(L.s, t - tol - L.maxd), found = [];\n"
  "    for (; i < L.s.length && L.s[i] <= t + tol; i++) if (L.s[i] + L.d[i] >= t - tol) found.push(L.k[i]);\n"
  "    if (found.length) return found;\n"
  "  }\n"
  "  return null;\n"
  "}\n"
  "function showTip(ev) {\n"
  "  var r = cv.getBoundingClientRect(), x = ev.clientX - r.left, y = ev.clientY - r.top, ks = hit(x, y);\n"
  "  if (!ks) { tip.style.display = 'none'; return; }\n"
  "  var html;\n"
  "  if (ks.length === 1) {\n"
  "    var k = ks[0], nd = T.dp[k + 1] - T.dp[k];\n"
  "    html = '<b><span class=\"sw\" style=\"background:' + colour(T.f[k]) + '\"></span>' + esc(D.fn[T.f[k]]) + '</b><br>task ' + T.id[k] +\n"
  "      ', line ' + T.line[k] + ', ' + esc(D.lanes[T.lane[k]].name) + '<br>start ' + fmtAt(T.s[k]) + ', duration <b>' + fmt(T.d[k]) + '</b>' +\n"
  "      '<br>' + (nd ? 'after ' + nd + (nd === 1 ? ' task' : ' tasks') : 'no dependencies') + (cpSet[k] ? '<br><b>on the critical path</b>' : '');\n"
  "  } else {\n"
  "    var by = {}, tot = 0;\n"
  "    ks.forEach(function (k) { by[T.f[k]] = (by[T.f[k]] || 0) + 1; tot += T.d[k]; });\n"
  "    html = '<b>' + ks.length + ' tasks here</b> (' + fmt(tot) + ')';\n"
  "    Object.keys(by).forEach(function (f) { html += '<br><span class=\"sw\" style=\"background:' + colour(+f) + '\"></span>' + esc(D.fn[f]) + ' \\u00d7 ' + by[f]; });\n"
  "    html += '<br><i>zoom in to see them one by one</i>';\n"
  "  }\n"
  "  tip.innerHTML = html;\n"
  "  tip.style.display = 'block';\n"
  "  var tx = x + 14, ty = y + 14;\n"
  "  if (tx + tip.offsetWidth > W) tx = x - tip.offsetWidth - 10;\n"
  "  tip.style.left = tx + 'px'; tip.style.top = ty + 'px';\n"
  "}\n"
  "\n"
  "cv.addEventListener('wheel', function (ev) {\n"
  "  ev.preventDefault();\n"
  "  var r = cv.getBoundingClientRect(), x = ev.clientX - r.left;\n"
  "  if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) { var dx = ev.deltaX || ev.deltaY; setView(v0 + dx / pxw(), v1 + dx / pxw()); return; }\n"
  "  zoom(Math.exp(ev.deltaY * 0.0015), x < LEFT ? (v0 + v1) / 2 : tAt(x));\n"
  "}, { passive: false });\n"
  "cv.addEventListener('mousedown', function (ev) {\n"
  "  var r = cv.getBoundingClientRect(), x = ev.clientX - r.left, y = ev.clientY - r.top;\n"
  "  if (y >= yOver && y <= yOver + OVER) {\n"
  "    var w = W - LEFT - RIGHT, half = (v1 - v0) / 2, t = (x - LEFT) / w * SPAN;\n"
  "    setView(t - half, t + half);\n"
  "    drag = { over: true };\n"
  "  } else {\n"
  "    drag = { x: x, a: v0, b: v1 };\n"
  "  }\n"
  "  ev.preventDefault();\n"
  "});\n"
  "window.addEventListener('mousemove', function (ev) {\n"
  "  if (!drag) { if (ev.target === cv) showTip(ev); else tip.style.display = 'none'; return; }\n"
  "  var r = cv.getBoundingClientRect(), x = ev.clientX - r.left;\n"
  "  tip.style.display = 'none';\n"
  "  if (drag.over) {\n"
  "    var w = W - LEFT - RIGHT, half = (v1 - v0) / 2, t = (x - LEFT) / w * SPAN;\n"
  "    setView(t - half, t + half);\n"
  "  } else {\n"
  "    var dt = (x - drag.x) / ((W - LEFT - RIGHT) / (drag.b - drag.a));\n"
  "    setView(drag.a - dt, drag.b - dt);\n"
  "  }\n"
  "});\n"
  "window.addEventListener('mouseup', function () { drag = null; });\n"
  "cv.addEventListener('mouseleave', function () { tip.style.display = 'none'; });\n"
  "cv.addEventListener('dblclick', function () { setView(0, SPAN); });\n"
  "window.addEventListener('keydown', function (ev) {\n"
  "  if (ev.target && ev.target.tagName === 'INPUT' && ev.target.type !== 'checkbox') return;\n"
  "  var k = ev.key, span = v1 - v0;\n"
  "  if (k === 'w' || k === '+' || k === '=') zoom(0.7, (v0 + v1) / 2);\n"
  "  else if (k === 's' || k === '-') zoom(1 / 0.7, (v0 + v1) / 2);\n"
  "  else if (k === 'a' || k === 'ArrowLeft') setView(v0 - span * 0.2, v1 - span * 0.2);\n"
  "  else if (k === 'd' || k === 'ArrowRight') setView(v0 + span * 0.2, v1 + span * 0.2);\n"
  "  else if (k === '0') setView(0, SPAN);\n"
  "});\n"
  "window.addEventListener('resize', redraw);\n"
  "document.getElementById('zin').onclick = function () { zoom(0.5, (v0 + v1) / 2); };\n"
  "document.getElementById('zout').onclick = function () { zoom(2, (v0 + v1) / 2); };\n"
  "document.getElementById('zall').onclick = function () { setView(0, SPAN); };\n"
  "var arrows = document.getElementById('arrows');\n"
  "if (arrows) arrows.onchange = redraw;\n"
  "Array.prototype.forEach.call(document.querySelectorAll('[data-fn]'), function (el) {\n"
  "  el.addEventListener('mouseenter', function () { hiFn = +el.getAttribute('data-fn'); redraw(); });\n"
  "  el.addEventListener('mouseleave', function () { hiFn = -1; redraw(); });\n"
  "});\n"
  "var m = /^#t=([0-9.]+),([0-9.]+)(&hover=([0-9]+),([0-9]+))?$/.exec(location.hash);\n"
  "if (m && +m[2] > +m[1]) { v0 = Math.max(0, +m[1]); v1 = Math.min(SPAN, +m[2]); }\n"
  "draw();\n"
  "if (m && m[3]) {   /* a tooltip shown at load: for screenshots of it */\n"
  "  var rc = cv.getBoundingClientRect();\n"
  "  showTip({ clientX: rc.left + +m[4], clientY: rc.top + +m[5] });\n"
  "}\n"
  "})();\n";

/* ---- the page ---- */

/* A JSON string that is safe inside <script>: no "</" can close it. */
static void script_json_str(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20 || c == '<' || c == '>' || c == '&') fprintf(f, "\\u%04x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

static void json_us(FILE *f, double us) {   /* 3 decimals, trailing zeros dropped */
  char z[48];
  int n = snprintf(z, sizeof z, "%.3f", us);
  while (n > 1 && z[n - 1] == '0') z[--n] = 0;
  if (n > 1 && z[n - 1] == '.') z[--n] = 0;
  fputs(z, f);
}

/* The viewer's data: functions, lanes (task indices per nesting level, by
 * start), per task its start, duration, function, id, line, lane and
 * predecessors (dp: offsets into dl), the critical path. */
static void page_data(FILE *f, Trace *t) {
  fprintf(f, "{\"unit\":\"%s\",\"div\":%g,\"span\":", t->unit.name, t->unit.div);
  json_us(f, t->span);
  fputs(",\n\"fn\":[", f);
  for (int k = 0; k < t->nfn; k++) { if (k) fputc(',', f); script_json_str(f, t->fn[k].name); }
  fputs("],\n\"col\":[", f);
  for (int k = 0; k < t->nfn; k++) fprintf(f, "%s\"%s\"", k ? "," : "", t->fn[k].colour);
  fputs("],\n\"lanes\":[", f);
  int *ord = by_lane(t);
  for (int r = 0; r < t->nlane; r++) {
    fprintf(f, "%s\n{\"name\":\"thread %d\",\"busy\":", r ? "," : "", t->lane[r].tid);
    json_us(f, t->lane[r].busy);
    fputs(",\"levels\":[", f);
    for (int d = 0; d < t->lane[r].nLevel; d++) {
      fputs(d ? ",[" : "[", f);
      int first = 1;
      for (int k = 0; k < t->n; k++)
        if (t->ev[ord[k]].lane == r && t->ev[ord[k]].depth == d) { fprintf(f, "%s%d", first ? "" : ",", ord[k]); first = 0; }
      fputs("]", f);
    }
    fputs("]}", f);
  }
  free(ord);
  static const char *const col[] = { "s", "d", "f", "id", "line", "lane" };
  fputs("],\n\"task\":{", f);
  for (int c = 0; c < 6; c++) {
    fprintf(f, "%s\"%s\":[", c ? ",\n" : "", col[c]);
    for (int i = 0; i < t->n; i++) {
      Ev *v = &t->ev[i];
      if (i) fputc(',', f);
      switch (c) {
      case 0: json_us(f, v->ts); break;
      case 1: json_us(f, v->dur); break;
      case 2: fprintf(f, "%d", v->fn); break;
      case 3: fprintf(f, "%ld", v->id); break;
      case 4: fprintf(f, "%d", v->line); break;
      default: fprintf(f, "%d", v->lane); break;
      }
    }
    fputs("]", f);
  }
  Buf dl = {0};
  buf_add(&dl, "", 0);
  fputs(",\n\"dp\":[0", f);
  int nd = 0;
  for (int i = 0; i < t->n; i++) {
    for (int k = 0; k < t->ev[i].ndep; k++) {
      int p = find_id(t, t->ev[i].dep[k]);
      if (p < 0 || p == i) continue;
      buf_printf(&dl, "%s%d", nd++ ? "," : "", p);
    }
    fprintf(f, ",%d", nd);
  }
  fprintf(f, "],\n\"dl\":[%s]},\n\"cp\":[", dl.s);
  free(dl.s);
  for (int k = 0; k < t->npath; k++) fprintf(f, "%s%d", k ? "," : "", t->path[k]);
  fputs("]}", f);
}

static const char page_css[] =
  "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;padding:18px 24px;color:#222;background:#fff}"
  "h1{font-size:20px;margin:0 0 10px}h1 span{font-weight:normal;color:#666}"
  "h2{font-size:15px;margin:0 0 6px}"
  ".cards{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 8px}"
  ".cards div{border:1px solid #ddd;border-radius:6px;padding:6px 12px;min-width:96px;color:#666;font-size:12px}"
  ".cards b{display:block;font-size:19px;color:#222;font-variant-numeric:tabular-nums}"
  ".cards .cp{border-color:#222}"
  ".verdict{margin:4px 0 12px;max-width:1100px;color:#333}"
  ".legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:6px 0 10px}"
  ".lg{cursor:default;white-space:nowrap}.lg small{color:#777}"
  ".lg i,.sw{display:inline-block;width:13px;height:13px;border-radius:2px;margin-right:6px;vertical-align:-2px}"
  ".lg .cpk{background:linear-gradient(#fff 0 70%,#222 70% 85%,#fff 85%);border:1px solid #ccc;box-sizing:border-box}"
  ".bar{display:flex;align-items:center;gap:8px;margin:4px 0;font-size:12px;color:#555;flex-wrap:wrap}"
  ".bar button{font:inherit;font-size:13px;min-width:30px;padding:2px 8px;border:1px solid #bbb;border-radius:4px;background:#f6f6f6;cursor:pointer}"
  ".bar .hint{color:#888;margin-left:auto}"
  "#chart{position:relative;width:100%;user-select:none}#tl{display:block;cursor:grab}"
  "#tip{display:none;position:absolute;pointer-events:none;background:#fff;border:1px solid #bbb;border-radius:4px;"
  "padding:6px 9px;font-size:12px;box-shadow:0 2px 8px rgba(0,0,0,.15);max-width:380px;z-index:2}"
  ".tables{display:flex;flex-wrap:wrap;gap:20px 36px;margin-top:18px;align-items:flex-start}"
  "table{border-collapse:collapse;font-size:13px;font-variant-numeric:tabular-nums}"
  "td,th{padding:3px 10px;text-align:right;border-bottom:1px solid #eee;white-space:nowrap}"
  "th{font-weight:600;color:#555;border-bottom:1px solid #ccc}td:first-child,th:first-child{text-align:left}"
  ".m{display:inline-block;width:70px;height:8px;background:#eee;margin-right:6px;vertical-align:0}"
  ".m span{display:block;height:8px;background:#4e79a7}"
  "p.note{margin:0 0 6px;max-width:520px;color:#444;font-size:13px}"
  "footer{margin-top:20px;color:#888;font-size:12px}";

static void meter(FILE *f, double share) {
  if (share < 0) share = 0;
  if (share > 1) share = 1;
  fprintf(f, "<span class=\"m\"><span style=\"width:%.1f%%\"></span></span>%.1f%%", share * 100, share * 100);
}

static void page_header(FILE *f, Trace *t, const char *in) {
  char a[48], b[48], c[32];
  fputs("<header><h1>delayc report <span>", f);
  xml(f, in);
  fputs("</span></h1>\n<div class=\"cards\">", f);
  fprintf(f, "<div><b>%s</b>tasks</div>", count(t->n, c));
  fprintf(f, "<div><b>%d</b>threads</div>", t->nlane);
  fprintf(f, "<div><b>%s</b>span</div>", tm(t, t->span, a));
  fprintf(f, "<div><b>%s</b>task time</div>", tm(t, t->work, a));
  fprintf(f, "<div><b>%.2f</b>threads busy on average</div>", t->busy / t->span);
  char p[16];
  fprintf(f, "<div class=\"cp\"><b>%s</b>critical path, %s task%s (%s of the span)</div>", tm(t, t->cpLen, b),
          count(t->npath, c), t->npath == 1 ? "" : "s", pct(t->cpLen / t->span, p));
  fputs("</div>\n<p class=\"verdict\">", f);
  verdict(f, t);
  fputs("</p></header>\n", f);
}

static void page_legend(FILE *f, Trace *t) {
  char a[48], c[32];
  fputs("<div class=\"legend\">", f);
  for (int k = 0; k < t->nfn; k++) {
    fprintf(f, "<span class=\"lg\" data-fn=\"%d\"><i style=\"background:%s\"></i>", k, t->fn[k].colour);
    xml(f, t->fn[k].name);
    fprintf(f, " <small>%s \xc3\x97 &middot; %s</small></span>", count(t->fn[k].n, c), tm(t, t->fn[k].total, a));
  }
  fputs("<span class=\"lg\"><i class=\"cpk\"></i>the critical path's tasks <small>(a track of their own, "
        "underlined in their threads)</small></span></div>\n", f);
}

static void page_controls(FILE *f) {
  fputs("<div class=\"bar\"><button id=\"zout\" title=\"zoom out (S)\">&minus;</button>"
        "<button id=\"zin\" title=\"zoom in (W)\">+</button><button id=\"zall\" title=\"the whole run (0)\">whole run</button>"
        "<label><input type=\"checkbox\" id=\"arrows\" checked> dependencies</label><span id=\"range\"></span>"
        "<span class=\"hint\">wheel or W/S: zoom &middot; drag or A/D: pan &middot; double-click: whole run &middot; "
        "click the overview to jump</span></div>\n"
        "<div id=\"chart\"><canvas id=\"tl\"></canvas><div id=\"tip\"></div></div>\n", f);
}

static void table_threads(FILE *f, Trace *t) {
  char a[48], b[48], c[32];
  fprintf(f, "<div><h2>Threads</h2><table><tr><th>thread</th><th>tasks</th><th>busy (%s)</th><th>idle (%s)</th>"
             "<th>busy</th></tr>\n", t->unit.name, t->unit.name);
  for (int r = 0; r < t->nlane; r++) {
    Lane *l = &t->lane[r];
    fprintf(f, "<tr><td>thread %d</td><td>%s</td><td>%s</td><td>%s</td><td>", l->tid, count(l->n, c),
            num(l->busy / t->unit.div, a), num((t->span - l->busy) / t->unit.div, b));
    meter(f, l->busy / t->span);
    fputs("</td></tr>\n", f);
  }
  fputs("</table></div>\n", f);
}

static void table_functions(FILE *f, Trace *t) {
  char a[48], b[48], d[48], c[32];
  fprintf(f, "<div><h2>Functions</h2><table><tr><th>function</th><th>tasks</th><th>total (%s)</th><th>of task time</th>"
             "<th>mean (%s)</th><th>max (%s)</th><th>on the critical path</th></tr>\n", t->unit.name, t->unit.name,
          t->unit.name);
  for (int k = 0; k < t->nfn; k++) {
    Fn *fn = &t->fn[k];
    fprintf(f, "<tr><td><span class=\"sw\" style=\"background:%s\"></span>", fn->colour);
    xml(f, fn->name);
    fprintf(f, "</td><td>%s</td><td>%s</td><td>", count(fn->n, c), num(fn->total / t->unit.div, a));
    meter(f, fn->total / t->work);
    fprintf(f, "</td><td>%s</td><td>%s</td><td>", num(fn->total / fn->n / t->unit.div, b), num(fn->max / t->unit.div, d));
    if (fn->nPath) fprintf(f, "%s &times; %s", count(fn->nPath, c), tm(t, fn->pathTime, a));
    fputs("</td></tr>\n", f);
  }
  fputs("</table></div>\n", f);
}

static void table_path(FILE *f, Trace *t) {
  char a[48], b[48], c[32], p[16];
  Ev *first = &t->ev[t->path[0]], *last = &t->ev[t->path[t->npath - 1]];
  double elapsed = last->ts + last->dur - first->ts, wait = elapsed - t->cpLen;
  fprintf(f, "<div><h2>Critical path</h2><p class=\"note\">The chain of dependencies with the most task time: "
             "%s task%s, %s, %s of the %s span. %s", count(t->npath, c), t->npath == 1 ? "" : "s",
          tm(t, t->cpLen, a), pct(t->cpLen / t->span, p), tm(t, t->span, b),
          t->nested ? "Its tasks held tasks they waited for (nested): their time counts their children's, so the "
                      "chain is shorter than this. "
                    : "No number of threads can make the run shorter. ");
  if (t->cpLen > 0)
    fprintf(f, "Task time &divide; critical path = %.1f: the threads the dependencies would keep busy on average.",
            t->work / t->cpLen);
  fprintf(f, "</p><table><tr><th>function</th><th>tasks</th><th>time (%s)</th><th>of the path</th></tr>\n", t->unit.name);
  for (int k = 0; k < t->nfn; k++) {
    Fn *fn = &t->fn[k];
    if (!fn->nPath) continue;
    fprintf(f, "<tr><td><span class=\"sw\" style=\"background:%s\"></span>", fn->colour);
    xml(f, fn->name);
    fprintf(f, "</td><td>%s</td><td>%s</td><td>", count(fn->nPath, c), num(fn->pathTime / t->unit.div, a));
    meter(f, t->cpLen > 0 ? fn->pathTime / t->cpLen : 0);
    fputs("</td></tr>\n", f);
  }
  fprintf(f, "<tr><td><i>waiting between its tasks</i></td><td></td><td>%s</td><td></td></tr>\n",
          num(wait > 0 ? wait / t->unit.div : 0, a));
  fprintf(f, "<tr><th>from its first start to its last end</th><th>%s</th><th>%s</th><th></th></tr>\n",
          count(t->npath, c), num(elapsed / t->unit.div, b));
  fputs("</table></div>\n", f);
}

static void html(FILE *f, Trace *t, const char *in) {
  fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>delayc report: ", f);
  xml(f, in);
  fprintf(f, "</title>\n<style>%s</style></head><body>\n", page_css);
  page_header(f, t, in);
  page_legend(f, t);
  page_controls(f);
  fputs("<noscript>", f);
  svg(f, t, NULL);
  fputs("</noscript>\n<section class=\"tables\">\n", f);
  table_threads(f, t);
  table_functions(f, t);
  table_path(f, t);
  fprintf(f, "</section>\n<footer>Times in %s from the first task's start. From a trace written with "
             "DELAYC_TRACE (docs/runtime.md); the same file opens in Perfetto.</footer>\n", t->unit.name);
  fputs("<script type=\"application/json\" id=\"delayc-data\">", f);
  page_data(f, t);
  fputs("</script>\n<script>\n", f);
  fputs(page_script, f);
  fputs("</script>\n</body></html>\n", f);
}

static const char report_help[] =
    "usage: delayc report TRACE.json -o OUT.html|OUT.svg [--format html|svg]\n"
    "\n"
    "Draws a trace written by a delayc program run with DELAYC_TRACE=TRACE.json.\n"
    "OUT.html: one colour per function with a legend, a lane per thread, the\n"
    "critical path, the parallelism over time, zoom and pan; tables per thread\n"
    "(busy, idle), per function and of the critical path.  OUT.svg: the chart of\n"
    "the whole run alone.  Both are self-contained (nothing fetched).  See\n"
    "docs/runtime.md.\n";

int report_main(int argc, char **argv) {
  const char *in = NULL, *out = NULL, *format = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(report_help, stdout); return EXIT_OK; }
    if (!strcmp(a, "-o") && i + 1 < argc) out = argv[++i];
    else if (!strncmp(a, "-o", 2) && a[2]) out = a + 2;
    else if (!strcmp(a, "--format") && i + 1 < argc) format = argv[++i];
    else if (!strncmp(a, "--format=", 9)) format = a + 9;
    else if (a[0] == '-' && a[1]) return cli_unknown_option("report", argc, argv, i);   /* usage.c */
    else if (in) {
      error("'delayc report' takes one trace file");
      return cli_usage_error("report");
    } else in = a;
  }
  if (!in || !out) {
    error(!in ? "no trace file" : "report needs an output file: -o OUT.html or -o OUT.svg");
    return cli_usage_error("report");
  }
  if (!format) {
    size_t n = strlen(out);
    const char *dot = strrchr(out, '.'), *slash = strrchr(out, '/');
    format = n >= 4 && !strcmp(out + n - 4, ".svg") ? "svg" : "html";
    /* an extension that is neither: say which format it gets */
    if (dot && (!slash || dot > slash) && strcmp(dot, ".svg") && strcmp(dot, ".html") && strcmp(dot, ".htm"))
      fprintf(stderr, "%s: warning: '%s' is neither .html nor .svg: writing HTML (--format svg for the picture)\n",
              prog_name, out);
  }
  if (strcmp(format, "html") && strcmp(format, "svg")) {
    error("--format must be html or svg");
    return EXIT_USAGE;
  }
  Trace t = {0};
  if (load(&t, in) != 0) return EXIT_FAIL;
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (!f) { error("out of memory"); return EXIT_FAIL; }
  if (!strcmp(format, "svg")) {
    char *title = fmt("delayc report: %s", in);
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
    svg(f, &t, title);
    free(title);
  } else {
    html(f, &t, in);
  }
  fclose(f);
  int rc = write_atomic(out, text, len) == 0 ? EXIT_OK : EXIT_FAIL;
  free(text);
  return rc;
}
