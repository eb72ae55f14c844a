/* graph.c — the compile-time task DAG of each function, as DOT or JSON.
 *
 * Nodes: one per task site (callee or DELAYED_NAME, source line, ×N when the
 * site is in a loop with a known trip count) and one per sync point.  Edges: a
 * dependency from the nearest earlier site touching the same object (element,
 * range or whole) when one of the two writes it.  Loop-carried dependencies
 * are not drawn; the graph is the per-iteration shape, which is what the
 * `×N` annotations stand for.  The JSON form is documented in docs/cli.md. */
#include "delayc.h"

#include <stdlib.h>
#include <string.h>

static unsigned site_pos(Site *s) { return (s->call ? s->call : s->stmt)->beg; }

static int cmp_site(const void *a, const void *b) {
  unsigned x = site_pos(*(Site *const *)a), y = site_pos(*(Site *const *)b);
  return x < y ? -1 : x > y;
}

static int writes(Acc a) { return a != ACC_IN; }

static int overlap(Dep *a, Dep *b) {
  if (a->obj != b->obj) return 0;
  if (a->index && b->index) return strcmp(a->index, b->index) == 0;
  return 1;
}

static char *label_of(Site *s) {
  if (s->form == SITE_COPY) return fmt("copy %s", s->tobj ? s->tobj->name : "?");
  return xstrdup(s->callee->label);
}

static void json_str(FILE *o, const char *s) {
  fputc('"', o);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') fprintf(o, "\\%c", c);
    else if (c == '\n') fputs("\\n", o);
    else if (c < 0x20) fprintf(o, "\\u%04x", c);
    else fputc(c, o);
  }
  fputc('"', o);
}

static void dot_str(FILE *o, const char *s) {
  fputc('"', o);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', o);
    fputc(*s, o);
  }
  fputc('"', o);
}

typedef struct Edge { int from, to; Obj *obj; int sync; } Edge;

static int edges_of(Func *f, Site **ts, int nt, Edge **out) {
  int n = 0;
  Edge *e = NULL;
  for (int b = 0; b < nt; b++)
    for (int k = 0; k < ts[b]->ndep; k++) {
      Dep *db = &ts[b]->dep[k];
      for (int a = b - 1; a >= 0; a--) {
        int hit = 0;
        for (int j = 0; j < ts[a]->ndep && !hit; j++) {
          Dep *da = &ts[a]->dep[j];
          if (overlap(da, db) && (writes(da->acc) || writes(db->acc))) hit = 1;
        }
        if (!hit) continue;
        int dup = 0;
        for (int i = 0; i < n; i++) dup |= e[i].from == a && e[i].to == b && !e[i].sync;
        if (!dup) {
          e = xrealloc(e, (size_t)(n + 1) * sizeof *e);
          e[n++] = (Edge){a, b, db->obj, 0};
        }
        break;
      }
    }
  for (int y = 0; y < f->nsync; y++) {
    Sync *s = f->sync[y];
    for (int k = 0; k < s->ndep; k++)
      for (int a = nt - 1; a >= 0; a--) {
        if (site_pos(ts[a]) > s->at->beg) continue;
        int hit = 0;
        for (int j = 0; j < ts[a]->ndep; j++)
          if (overlap(&ts[a]->dep[j], &s->dep[k]) && (writes(ts[a]->dep[j].acc) || writes(s->dep[k].acc))) hit = 1;
        if (!hit) continue;
        e = xrealloc(e, (size_t)(n + 1) * sizeof *e);
        e[n++] = (Edge){a, y, s->dep[k].obj, 1};
        break;
      }
  }
  *out = e;
  return n;
}

static char *sync_objects(Sync *s) {
  Buf b = {0};
  buf_add(&b, "", 0);
  if (s->full) buf_puts(&b, "all tasks");
  for (int k = 0; k < s->ndep; k++) buf_printf(&b, "%s%s", b.len ? ", " : "", s->dep[k].obj->temp ? "(temporary)" : s->dep[k].obj->name);
  return b.s;
}

int graph_write(Analysis *a, FILE *o, const char *format, const char *only) {
  int json = strcmp(format, "json") == 0;
  int found = 0;
  if (json) { fputs("{\n  \"file\": ", o); json_str(o, a->u->path); fputs(",\n  \"functions\": [", o); }
  else fputs("digraph delayc {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n", o);
  int first = 1;
  for (int i = 0; i < a->nfn; i++) {
    Func *f = a->fn[i];
    if (only && strcmp(only, f->name)) continue;
    found = 1;
    Site **ts = xcalloc((size_t)f->nsite + 1, sizeof *ts);
    int nt = 0;
    for (int k = 0; k < f->nsite; k++)
      if (!f->site[k]->serial && !f->site[k]->fused) ts[nt++] = f->site[k];
    qsort(ts, (size_t)nt, sizeof *ts, cmp_site);
    Edge *e = NULL;
    int ne = edges_of(f, ts, nt, &e);
    if (json) {
      fprintf(o, "%s\n    {\"name\": ", first ? "" : ",");
      json_str(o, f->name);
      fprintf(o, ", \"line\": %u, \"nodes\": [", f->root->line);
      for (int k = 0; k < nt; k++) {
        Site *s = ts[k];
        char *lb = label_of(s);
        fprintf(o, "%s\n      {\"id\": \"t%d\", \"kind\": \"task\", \"label\": ", k ? "," : "", k);
        json_str(o, lb);
        fputs(", \"callee\": ", o);
        json_str(o, s->callee ? s->callee->name : "");
        fprintf(o, ", \"line\": %u, \"in_loop\": %s, \"count\": ", s->line, s->in_loop ? "true" : "false");
        if (s->in_loop && s->trip >= 0) fprintf(o, "%lld", s->trip); else fputs(s->in_loop ? "null" : "1", o);
        fprintf(o, ", \"cutoff\": %s}", s->cutoff ? "true" : "false");
        free(lb);
      }
      for (int y = 0; y < f->nsync; y++) {
        Sync *s = f->sync[y];
        char *ob = sync_objects(s);
        fprintf(o, "%s\n      {\"id\": \"w%d\", \"kind\": \"sync\", \"line\": %u, \"explicit\": %s, \"loop_back\": %s, \"waits_for\": ",
                nt + y ? "," : "", y, s->at->line, s->compute ? "true" : "false", s->loop ? "true" : "false");
        json_str(o, ob);
        fputs("}", o);
        free(ob);
      }
      fputs("\n    ], \"edges\": [", o);
      for (int k = 0; k < ne; k++) {
        fprintf(o, "%s\n      {\"from\": \"t%d\", \"to\": \"%c%d\", \"object\": ", k ? "," : "", e[k].from,
                e[k].sync ? 'w' : 't', e[k].to);
        json_str(o, e[k].obj->temp ? "(temporary)" : e[k].obj->name);
        fputs("}", o);
      }
      fputs("\n    ]}", o);
    } else {
      fprintf(o, "  subgraph \"cluster_%s\" {\n    label=", f->name);
      dot_str(o, fmt("%s()", f->name));
      fputs(";\n", o);
      for (int k = 0; k < nt; k++) {
        Site *s = ts[k];
        char *lb = label_of(s);
        char *full = s->in_loop && s->trip >= 0 ? fmt("%s\\nline %u \xc3\x97%lld", lb, s->line, s->trip)
                   : s->in_loop ? fmt("%s\\nline %u \xc3\x97N", lb, s->line) : fmt("%s\\nline %u", lb, s->line);
        fprintf(o, "    \"%s_t%d\" [label=\"", f->name, k);
        /* the only escapes in `full` are our own "\n" line breaks */
        for (const char *p = full; *p; p++) {
          if (p[0] == '\\' && p[1] == 'n') { fputs("\\n", o); p++; continue; }
          if (*p == '"' || *p == '\\') fputc('\\', o);
          fputc(*p, o);
        }
        fputs("\"];\n", o);
        free(lb); free(full);
      }
      for (int y = 0; y < f->nsync; y++) {
        Sync *s = f->sync[y];
        char *ob = sync_objects(s);
        fprintf(o, "    \"%s_w%d\" [shape=octagon, style=filled, fillcolor=\"#f4d6d6\", label=\"%s%s\\nline %u\"];\n",
                f->name, y, s->compute ? "compute " : s->loop ? "wait (loop) " : "wait ", ob, s->at->line);
        free(ob);
      }
      for (int k = 0; k < ne; k++)
        fprintf(o, "    \"%s_t%d\" -> \"%s_%c%d\" [label=\"%s\"%s];\n", f->name, e[k].from, f->name,
                e[k].sync ? 'w' : 't', e[k].to, e[k].obj->temp ? "" : e[k].obj->name, e[k].sync ? ", style=dashed" : "");
      fputs("  }\n", o);
    }
    first = 0;
    free(ts);
    free(e);
  }
  if (json) fputs("\n  ]\n}\n", o);
  else fputs("}\n", o);
  if (only && !found) {
    error("no function named '%s' makes delayed calls", only);
    return -1;
  }
  return 0;
}
