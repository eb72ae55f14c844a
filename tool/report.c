/* report.c — `delayc report TRACE.json -o OUT.html|OUT.svg`: a picture of a run.
 *
 * Reads a trace written by the runtime (DELAYC_TRACE=FILE, Chrome trace-event
 * JSON: one complete "X" event per task with args line, id, deps) and draws a
 * Gantt chart: one row per thread, one bar per task coloured by function, the
 * time axis in ms.  The critical path is outlined in red and joined by lines:
 * the chain of dependencies (args.deps) with the largest total task time, the
 * bound on the run time no number of threads can beat.  Without deps (a trace
 * from another tool) the critical path is the longest single task.
 *
 * .svg writes the chart alone; .html (or --format html) wraps it with a table
 * per function and the critical path listed.  Both are self-contained: no
 * script, no font, nothing fetched.  A tooltip (<title>) on each bar names the
 * task, its line, id and duration.
 */
#define _GNU_SOURCE
#include "delayc.h"

#include <stdlib.h>
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

typedef struct Ev {
  char *name;
  double ts, dur;       /* microseconds */
  int tid, line;
  long id;
  long *dep; int ndep;
  double cp;            /* critical path ending here (us) */
  int cpPrev;           /* index of the predecessor on it, or -1 */
  int onPath;
  int color;
} Ev;

typedef struct Trace {
  Ev *ev; int n;
  int *tids; int ntid;  /* distinct thread ids, sorted */
  char **names; int nname;
  double t0, t1;        /* first start, last end */
  int *path; int npath; /* critical path, first task first */
  double cpLen;
} Trace;

static int ev_by_id(const void *x, const void *y) {
  const Ev *a = x, *b = y;
  if (a->id != b->id) return a->id < b->id ? -1 : 1;
  return a->ts < b->ts ? -1 : a->ts > b->ts;
}

static int int_cmp(const void *x, const void *y) {
  int a = *(const int *)x, b = *(const int *)y;
  return (a > b) - (a < b);
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

static int load(Trace *t, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { error("cannot read '%s'", path); return -1; }
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
  for (int i = 0; i < evs->n; i++) {
    J *e = evs->kid[i];
    J *ph = jget(e, "ph");
    if (!ph || ph->kind != J_STR || strcmp(ph->str, "X")) continue;
    J *name = jget(e, "name"), *ts = jget(e, "ts"), *dur = jget(e, "dur"), *tid = jget(e, "tid");
    if (!ts || ts->kind != J_NUM || !dur || dur->kind != J_NUM) continue;
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
    v->id = id && id->kind == J_NUM ? (long)id->num : nextId++;
    if (deps && deps->kind == J_ARR) {
      v->dep = xcalloc((size_t)deps->n + 1, sizeof *v->dep);
      for (int k = 0; k < deps->n; k++)
        if (deps->kid[k]->kind == J_NUM) v->dep[v->ndep++] = (long)deps->kid[k]->num;
    }
  }
  free(b.s);   /* the JSON tree is left to process exit, like the rest of a one-shot command */
  if (t->n == 0) { error("'%s' has no complete (\"ph\":\"X\") events: nothing to draw", path); return -1; }
  /* ids are handed out at spawn, and a task's dependencies were spawned before
   * it: id order is a topological order */
  qsort(t->ev, (size_t)t->n, sizeof *t->ev, ev_by_id);
  t->t0 = t->ev[0].ts;
  t->t1 = t->ev[0].ts + t->ev[0].dur;
  for (int i = 0; i < t->n; i++) {
    Ev *v = &t->ev[i];
    if (v->ts < t->t0) t->t0 = v->ts;
    if (v->ts + v->dur > t->t1) t->t1 = v->ts + v->dur;
    int k = 0;
    while (k < t->ntid && t->tids[k] != v->tid) k++;
    if (k == t->ntid) { t->tids = xrealloc(t->tids, (size_t)(t->ntid + 1) * sizeof *t->tids); t->tids[t->ntid++] = v->tid; }
    for (k = 0; k < t->nname && strcmp(t->names[k], v->name); k++) {}
    if (k == t->nname) { t->names = xrealloc(t->names, (size_t)(t->nname + 1) * sizeof *t->names); t->names[t->nname++] = v->name; }
    v->color = k;
  }
  qsort(t->tids, (size_t)t->ntid, sizeof *t->tids, int_cmp);
  /* critical path: longest chain by task time along the dependencies */
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
  return 0;
}

/* ---- drawing ---- */

static const char *const palette[] = { "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948",
                                       "#76b7b2", "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6" };
enum { NPAL = sizeof palette / sizeof *palette };

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

static double nice_step(double span) {   /* 1, 2, 5 x 10^k giving 5..12 ticks */
  double raw = span / 8 > 1e-9 ? span / 8 : 1e-9, p = 1;
  while (p * 10 <= raw) p *= 10;
  while (p > raw) p /= 10;
  double m = raw / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

static Trace *order_of;   /* the trace by_row_start sorts */

static int by_row_start(const void *x, const void *y) {
  const Ev *a = &order_of->ev[*(const int *)x], *b = &order_of->ev[*(const int *)y];
  if (a->tid != b->tid) return a->tid < b->tid ? -1 : 1;
  return a->ts < b->ts ? -1 : a->ts > b->ts;
}

static void svg(FILE *f, Trace *t, const char *title) {
  const int W = 1200, left = 90, right = 20, top = 56, rowH = 28, legendH = 22;
  int H = top + t->ntid * rowH + 40 + ((t->nname + 3) / 4) * legendH + 10;
  double span = t->t1 - t->t0 > 0 ? t->t1 - t->t0 : 1;
  double sx = (W - left - right) / span;
  double busy = 0;
  for (int i = 0; i < t->n; i++) busy += t->ev[i].dur;
  fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
             "font-family=\"sans-serif\" font-size=\"12\">\n", W, H, W, H);
  fprintf(f, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", W, H);
  fputs("<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">", f);
  xml(f, title);
  fputs("</text>\n", f);
  fprintf(f, "<text x=\"10\" y=\"40\">%d tasks on %d threads; span %.3f ms; task time %.3f ms; "
             "achieved parallelism %.2f; critical path %.3f ms in %d tasks (red)</text>\n",
          t->n, t->ntid, span / 1e3, busy / 1e3, busy / span, t->cpLen / 1e3, t->npath);
  /* axis */
  double step = nice_step(span);
  int axisY = top + t->ntid * rowH + 4;
  for (double x = 0; x <= span + step * 1e-9; x += step) {
    double px = left + x * sx;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>\n", px, top - 4, px, axisY);
    fprintf(f, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">%g ms</text>\n", px, axisY + 14, x / 1e3);
  }
  /* rows */
  for (int r = 0; r < t->ntid; r++) {
    int y = top + r * rowH;
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n", left, y, W - left - right, rowH,
            r % 2 ? "#f7f7f7" : "#eeeeee");
    fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">thread %d</text>\n", left - 8, y + rowH / 2 + 4, t->tids[r]);
  }
  /* bars: critical ones last, so their outline is on top.  Bars narrower
   * than a pixel that touch the previous one of the same colour on their row
   * are merged into it (a trace of 100,000 tiny tasks stays a small file). */
  int *ord = xcalloc((size_t)t->n + 1, sizeof *ord);
  for (int i = 0; i < t->n; i++) ord[i] = i;
  order_of = t;
  qsort(ord, (size_t)t->n, sizeof *ord, by_row_start);
  for (int pass = 0; pass < 2; pass++) {
    double mx0 = 0, mx1 = -1;   /* the pending merged bar */
    int mrow = -1, mcolor = -1, mcount = 0;
    for (int k = 0; k <= t->n; k++) {
      Ev *v = k < t->n ? &t->ev[ord[k]] : NULL;
      if (v && v->onPath != pass) continue;
      int r = 0;
      if (v) while (t->tids[r] != v->tid) r++;
      double x = v ? left + (v->ts - t->t0) * sx : 0, w = v ? v->dur * sx : 0;
      if (v && !pass && w < 1 && r == mrow && v->color == mcolor && x <= mx1 + 0.5) {
        if (x + w > mx1) mx1 = x + w;
        mcount++;
        continue;
      }
      if (mcount) {                   /* flush the merged bar */
        fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%d tasks</title></rect>\n",
                mx0, top + mrow * rowH + 3, mx1 - mx0 > 0.5 ? mx1 - mx0 : 0.5, rowH - 6, palette[mcolor % NPAL], mcount);
        mcount = 0;
      }
      if (!v) break;
      if (!pass && w < 1) {           /* may start a merged bar */
        mx0 = x; mx1 = x + w; mrow = r; mcolor = v->color; mcount = 1;
        continue;
      }
      if (w < 0.5) w = 0.5;
      fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"%s><title>", x,
              top + r * rowH + 3, w, rowH - 6, palette[v->color % NPAL],
              pass ? " stroke=\"#d62728\" stroke-width=\"2\"" : "");
      xml(f, v->name);
      fprintf(f, " (line %d) id %ld: %.3f us%s</title></rect>\n", v->line, v->id, v->dur, pass ? ", critical path" : "");
    }
  }
  free(ord);
  /* the critical path's links */
  for (int k = 1; k < t->npath; k++) {
    Ev *a = &t->ev[t->path[k - 1]], *b = &t->ev[t->path[k]];
    int ra = 0, rb = 0;
    while (t->tids[ra] != a->tid) ra++;
    while (t->tids[rb] != b->tid) rb++;
    fprintf(f, "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#d62728\" stroke-width=\"1.5\"/>\n",
            left + (a->ts + a->dur - t->t0) * sx, top + ra * rowH + rowH / 2,
            left + (b->ts - t->t0) * sx, top + rb * rowH + rowH / 2);
  }
  /* legend */
  int ly = axisY + 34;
  for (int k = 0; k < t->nname; k++) {
    int x = left + (k % 4) * 260, y = ly + (k / 4) * legendH;
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">", x, y - 11,
            palette[k % NPAL], x + 20, y);
    xml(f, t->names[k]);
    fputs("</text>\n", f);
  }
  fputs("</svg>\n", f);
}

typedef struct Row { const char *name; long n; double total, max; } Row;

static int row_cmp(const void *x, const void *y) {
  const Row *a = x, *b = y;
  return a->total < b->total ? 1 : a->total > b->total ? -1 : strcmp(a->name, b->name);
}

static void html(FILE *f, Trace *t, const char *title) {
  fputs("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>", f);
  xml(f, title);
  fputs("</title>\n<style>body{font-family:sans-serif;margin:16px;background:#fff;color:#222}"
        "table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
        "th{background:#eee}td:first-child,th:first-child{text-align:left}</style></head><body>\n", f);
  svg(f, t, title);
  Row *rows = xcalloc((size_t)t->nname, sizeof *rows);
  for (int k = 0; k < t->nname; k++) rows[k].name = t->names[k];
  for (int i = 0; i < t->n; i++) {
    Row *r = &rows[t->ev[i].color];
    r->n++;
    r->total += t->ev[i].dur;
    if (t->ev[i].dur > r->max) r->max = t->ev[i].dur;
  }
  qsort(rows, (size_t)t->nname, sizeof *rows, row_cmp);
  fputs("<h3>Per function</h3>\n<table><tr><th>function</th><th>count</th><th>total ms</th><th>mean us</th><th>max us</th></tr>\n", f);
  for (int k = 0; k < t->nname; k++) {
    fputs("<tr><td>", f);
    xml(f, rows[k].name);
    fprintf(f, "</td><td>%ld</td><td>%.3f</td><td>%.3f</td><td>%.3f</td></tr>\n", rows[k].n, rows[k].total / 1e3,
            rows[k].total / (double)rows[k].n, rows[k].max);
  }
  fputs("</table>\n", f);
  free(rows);
  fprintf(f, "<h3>Critical path: %d tasks, %.3f ms</h3>\n<table><tr><th>task</th><th>line</th><th>id</th>"
             "<th>thread</th><th>start ms</th><th>us</th></tr>\n", t->npath, t->cpLen / 1e3);
  for (int k = 0; k < t->npath && k < 200; k++) {
    Ev *v = &t->ev[t->path[k]];
    fputs("<tr><td>", f);
    xml(f, v->name);
    fprintf(f, "</td><td>%d</td><td>%ld</td><td>%d</td><td>%.3f</td><td>%.3f</td></tr>\n", v->line, v->id, v->tid,
            (v->ts - t->t0) / 1e3, v->dur);
  }
  if (t->npath > 200) fprintf(f, "<tr><td colspan=\"6\">... %d more</td></tr>\n", t->npath - 200);
  fputs("</table>\n</body></html>\n", f);
}

static const char report_help[] =
    "usage: delayc report TRACE.json -o OUT.html|OUT.svg [--format html|svg]\n"
    "\n"
    "Draws a trace written by a delayc program run with DELAYC_TRACE=TRACE.json:\n"
    "a Gantt chart per thread with the critical path in red.  OUT.html adds a\n"
    "table per function and the critical path's tasks; OUT.svg is the chart\n"
    "alone.  Both are self-contained (no network).  See docs/runtime.md.\n";

int report_main(int argc, char **argv) {
  const char *in = NULL, *out = NULL, *format = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(report_help, stdout); return EXIT_OK; }
    if (!strcmp(a, "-o") && i + 1 < argc) out = argv[++i];
    else if (!strncmp(a, "-o", 2) && a[2]) out = a + 2;
    else if (!strcmp(a, "--format") && i + 1 < argc) format = argv[++i];
    else if (!strncmp(a, "--format=", 9)) format = a + 9;
    else if (a[0] == '-' && a[1]) return cli_unknown_option("report", argc, argv, i);   /* cli_usage.c */
    else if (in) {
      error("'delayc report' takes one trace file");
      fputs(report_help, stderr);
      return EXIT_USAGE;
    } else in = a;
  }
  if (!in || !out) {
    error(!in ? "no trace file" : "report needs an output file: -o OUT.html or -o OUT.svg");
    fputs(report_help, stderr);
    return EXIT_USAGE;
  }
  if (!format) {
    size_t n = strlen(out);
    format = n >= 4 && !strcmp(out + n - 4, ".svg") ? "svg" : "html";
  }
  if (strcmp(format, "html") && strcmp(format, "svg")) {
    error("--format must be html or svg");
    return EXIT_USAGE;
  }
  Trace t = {0};
  if (load(&t, in) != 0) return EXIT_FAIL;
  char *title = fmt("delayc report: %s", in);
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (!f) { error("out of memory"); return EXIT_FAIL; }
  if (!strcmp(format, "svg")) {
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
    svg(f, &t, title);
  } else {
    html(f, &t, title);
  }
  fclose(f);
  int rc = write_atomic(out, text, len) == 0 ? EXIT_OK : EXIT_FAIL;
  free(text);
  free(title);
  return rc;
}
