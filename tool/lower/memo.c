/* memo.c — the wrappers through which tasks call a DELAYED_PURE function
 * whose calls may repeat (Site.memo, analysis/pure_calls.c): the argument
 * values are looked up in the runtime's memo first (runtime/task_memo.c),
 * and a miss calls the function and stores its result.  One static wrapper
 * per callee, on one line before the first function that calls it (after a
 * prototype of the callee copied from its definition: the caller may be the
 * callee itself, or declare it only inside its body), for every target (the
 * task's text calls it in place of the callee). */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

char *memo_name(Site *s) { return fmt("\001memo_%s", s->callee_text); }

static enum CXChildVisitResult body_of(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  if (clang_getCursorKind(k) != CXCursor_CompoundStmt) return CXChildVisit_Continue;
  *(CXCursor *)d = k;
  return CXChildVisit_Break;
}

/* The callee's prototype, from its definition in this file (its head, as
 * written, and `;`), for a wrapper placed before a function the callee is not
 * declared for yet: one that calls itself, one declared only inside a block.
 * "" when it is defined elsewhere (a header declared it) or its head cannot be
 * copied (old-style parameters, a directive inside). */
static char *prototype(Unit *u, Callee *ce) {
  CXCursor def = clang_getCursorDefinition(ce->cur), body = clang_getNullCursor();
  if (clang_Cursor_isNull(def) || !fe_in_main(u, def)) return xstrdup("");
  clang_visitChildren(def, body_of, &body);
  if (clang_Cursor_isNull(body)) return xstrdup("");
  unsigned beg, end;
  clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(def)), NULL, NULL, NULL, &beg);
  clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(body)), NULL, NULL, NULL, &end);
  if (end <= beg || end > u->len) return xstrdup("");
  char *head = fe_text(u, beg, end);
  char *close = strrchr(head, ')');
  if (strchr(head, '#') || !close || strchr(close, ';')) {
    free(head);
    return xstrdup("");
  }
  for (char *p = head; *p; p++)
    if (*p == '\n' || *p == '\r') *p = ' ';     /* on one line: the lines keep their numbers */
  char *r = fmt("%s; ", head);
  free(head);
  return r;
}

static char *wrapper(Unit *u, Site *s) {
  Callee *ce = s->callee;
  char *name = memo_name(s);
  /* the key: the arguments' bytes one after another */
  Buf size = {0}, key = {0}, args = {0}, params = {0};
  buf_puts(&size, ce->nparam ? "0" : "1");
  buf_add(&key, "", 0);
  buf_add(&args, "", 0);
  for (int i = 0; i < ce->nparam; i++) {
    char *t = decl_type(ce->param[i].type);
    buf_printf(&params, "%s%s \001p%d", i ? ", " : "", t, i);
    free(t);
    buf_printf(&key, "__builtin_memcpy(\001k + (%s), &\001p%d, sizeof \001p%d); ", size.s, i, i);
    buf_printf(&size, " + sizeof \001p%d", i);
    buf_printf(&args, "%s\001p%d", i ? ", " : "", i);
  }
  char *rt = decl_type(ce->result);     /* no top-level const: the wrapper assigns its result */
  char *proto = prototype(u, ce);
  char *w = fmt("%sstatic __attribute__((unused)) %s %s(%s) { static delayc_rt_memo \001m; "
                "unsigned char \001k[%s] = {0}; %s%s \001r; "
                "if (delayc_rt_memo_get(&\001m, \001k, sizeof \001k, &\001r, sizeof \001r)) return \001r; "
                "\001r = (%s)(%s); delayc_rt_memo_put(&\001m, \001k, sizeof \001k, &\001r, sizeof \001r); "
                "return \001r; } ",
                proto, rt, name, ce->nparam ? params.s : "void", size.s, key.s, rt, s->callee_text, args.s);
  free(size.s), free(key.s), free(args.s), free(params.s), free(name), free(rt), free(proto);
  return w;
}

void emit_memos(Lower *l) {
  Analysis *a = l->a;
  char **done = NULL;
  int ndone = 0;
  for (int i = 0; i < a->nfn; i++) {
    Func *f = a->fn[i];
    for (int k = 0; k < f->nsite; k++) {
      Site *s = f->site[k];
      if (!s->memo || s->serial || s->fused) continue;
      int seen = 0;
      for (int j = 0; j < ndone && !seen; j++) seen = !strcmp(done[j], s->callee_text);
      if (seen) continue;
      /* before the first function (in the text) that calls it */
      Func *first = f;
      for (int j = 0; j < a->nfn; j++)
        for (int q = 0; q < a->fn[j]->nsite; q++) {
          Site *o = a->fn[j]->site[q];
          if (o->memo && !o->serial && !strcmp(o->callee_text, s->callee_text) && a->fn[j]->root->beg < first->root->beg)
            first = a->fn[j];
        }
      char *w = wrapper(l->u, s);
      ed_insert_first(&l->out, first->root->beg, w);
      free(w);
      done = xrealloc(done, (size_t)(ndone + 1) * sizeof *done);
      done[ndone++] = s->callee_text;
    }
  }
  free(done);
}
