/* lower_pthreads.c — the pthreads target (--target=pthreads): the DAG on the
 * runtime's own scheduler (runtime/delayc_task.h), no OpenMP needed.
 *
 * It starts from the OpenMP target's text, whose shape lower_omp.c fixes, and
 * rewrites the OpenMP parts, keeping every line on its number:
 *   - each task `{ long <p>tid = DELAYC_RT_TASK_SPAWN(label, line, n, deps);
 *     <p>sp = 1; _Pragma("omp task ... firstprivate(F) shared(S) ...") { BODY } }`
 *     becomes an outlined function `static void <p>task<K>(void *)` with a
 *     capture struct (F by value, S by address), put at the start of the line
 *     where the enclosing function begins, and the spawn
 *     `dct_spawn(label, line, <p>task<K>, &cap, sizeof cap, n, deps)`;
 *   - every wait (taskwait, DELAYC_RT_WAIT*) becomes dct_wait(): it waits for
 *     every sibling task, wider than a targeted wait, never wrong;
 *   - the parallel-region prologue at function entry goes: the pool starts
 *     itself and the calling thread works in dct_wait.
 * The capture types come from the analysis (the declared types of the
 * function's variables and parameters) and, for delayc's own temporaries, from
 * their declarations in the text.  A task whose captures have no type that can
 * be spelled at file scope (a local struct, a VLA, a name declared twice with
 * different types) runs inline instead, after a dct_wait(): correct, serial.
 * Input that uses OpenMP itself is refused.
 */
#define _GNU_SOURCE
#include "lower/lower.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The input line each output line stands for, from the text's #line
 * directives (a directive names the line after it): the OpenMP target adds
 * lines (serial clones, the prologue after feature-test macros) and maps them
 * back with #line, so output line numbers alone do not say where a function is. */
typedef struct LineMap { unsigned line, next; int pending, directive; } LineMap;

static void lm_line_start(LineMap *m, const char *at) {
  if (m->pending) { m->line = m->next; m->pending = 0; }
  else if (m->line) m->line++;
  m->directive = !strncmp(at, "#line ", 6);
  if (m->directive) { m->next = (unsigned)strtoul(at + 6, NULL, 10); m->pending = 1; }
}

typedef struct P {
  Analysis *a;
  const char *pfx;                    /* __dc_ or __dcN_ */
  size_t npfx;
  Buf out;                            /* the result */
  Buf *fnText;                        /* per function of the analysis: outlined functions */
  int ntask, ninline;
  LineMap lm;                         /* the input line of output offset lm_pos (func_at) */
  size_t lm_pos;
} P;

static int is_id(char c) { return isalnum((unsigned char)c) || c == '_'; }

/* Index just past the bracket matching s[i] ('(' or '{'), skipping literals; 0 on failure. */
static size_t match(const char *s, size_t n, size_t i) {
  char open = s[i], close = open == '(' ? ')' : '}';
  int depth = 0;
  for (size_t k = i; k < n; k++) {
    char c = s[k];
    if (c == '"' || c == '\'') {
      for (k++; k < n && s[k] != c; k++)
        if (s[k] == '\\') k++;
      continue;
    }
    if (c == open) depth++;
    else if (c == close && --depth == 0) return k + 1;
  }
  return 0;
}

/* The names of clause kw( a, b ) inside the pragma text. */
static int clause_names(const char *pr, const char *kw, char ***out) {
  *out = NULL;
  const char *k = strstr(pr, kw);
  if (!k) return 0;
  k += strlen(kw);
  const char *e = strchr(k, ')');
  int n = 0;
  while (k < e) {
    while (k < e && (*k == ' ' || *k == ',')) k++;
    const char *b = k;
    while (k < e && is_id(*k)) k++;
    if (k > b) {
      *out = xrealloc(*out, (size_t)(n + 1) * sizeof **out);
      (*out)[n++] = xstrndup(b, (size_t)(k - b));
    } else if (k < e) {
      k++;
    }
  }
  return n;
}

/* The type of a user variable or parameter named nm in any analysed function,
 * spelled so that it means the same at file scope; NULL if none or ambiguous. */
static int file_scope_type(CXType t) {
  for (int guard = 0; guard < 16; guard++) {
    CXType c = clang_getCanonicalType(t);
    if (c.kind == CXType_Pointer) { t = clang_getPointeeType(c); continue; }
    if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray) { t = clang_getArrayElementType(c); continue; }
    if (c.kind == CXType_VariableArray || c.kind == CXType_DependentSizedArray) return 0;
    if (c.kind == CXType_Record || c.kind == CXType_Enum) {
      CXCursor d = clang_getTypeDeclaration(c);
      enum CXCursorKind pk = clang_getCursorKind(clang_getCursorSemanticParent(d));
      if (pk != CXCursor_TranslationUnit) return 0;   /* declared inside a function */
      CXString s = clang_getCursorSpelling(d);
      int anon = !*clang_getCString(s);
      clang_disposeString(s);
      return !anon || clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit;
    }
    return 1;
  }
  return 0;
}

static char *user_type(P *p, const char *nm) {
  char *found = NULL;
  for (int i = 0; i < p->a->nfn; i++) {
    Func *f = p->a->fn[i];
    int nc = clang_Cursor_getNumArguments(f->cur);
    for (int k = -nc; k < f->nvars; k++) {
      CXCursor c = k < 0 ? clang_Cursor_getArgument(f->cur, (unsigned)(k + nc)) : f->vars[k]->cur;
      char *name = fe_spelling(c);
      int same = !strcmp(name, nm);
      free(name);
      if (!same) continue;
      CXType t = clang_getCursorType(c);
      if (!file_scope_type(t)) { free(found); return NULL; }
      char *sp = fe_type(t);
      if (found && strcmp(found, sp)) { free(found); free(sp); return NULL; }
      if (!found) found = sp; else free(sp);
    }
  }
  if (!found) return NULL;
  if (strstr(found, "(unnamed") || strstr(found, "(anonymous")) { free(found); return NULL; }
  return found;
}

/* t without a top-level const, for types with no declarator (as lower_omp's decl_type). */
static char *unconst(char *t) {
  if (strchr(t, '*') || strchr(t, '[') || strchr(t, '(')) return t;
  char *b = t;
  while (!strncmp(b, "const ", 6)) b += 6;
  char *r = xstrdup(b);
  size_t n = strlen(r);
  if (n > 6 && !strcmp(r + n - 6, " const")) r[n - 6] = 0;
  free(t);
  return r;
}

/* The type of delayc's temporary nm from its declaration before pos:
 * `__typeof__(T) nm = ` or `__typeof__(T) *nm = ` or `__typeof__(T) nm;` */
static char *temp_type(const char *s, size_t pos, const char *nm) {
  size_t n = strlen(nm);
  for (size_t k = pos; k-- > 0;) {
    if (strncmp(s + k, nm, n) || is_id(s[k + n]) || (k && is_id(s[k - 1]))) continue;
    size_t e = k + n;
    while (s[e] == ' ') e++;
    if (s[e] != '=' && s[e] != ';') continue;
    size_t b = k;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '*')) b--;
    if (b == 0 || s[b - 1] != ')') continue;
    /* back over the balanced __typeof__( ... ) */
    int depth = 0;
    size_t q = b;
    while (q-- > 0) {
      if (s[q] == ')') depth++;
      else if (s[q] == '(' && --depth == 0) break;
    }
    if (q < 10 || strncmp(s + q - 10, "__typeof__", 10)) return NULL;
    char *t = xstrndup(s + q - 10, k - (q - 10));
    if (strstr(t, "(void)0")) { free(t); return NULL; }   /* typed by a local expression */
    size_t tl = strlen(t);
    while (tl && t[tl - 1] == ' ') t[--tl] = 0;
    return t;
  }
  return NULL;
}

/* Names declared inside function f (variables, enumerators, typedefs, tags). */
static void local_names(Node *n, char ***out, int *nout) {
  enum CXCursorKind k = n->kind;
  if (k == CXCursor_VarDecl || k == CXCursor_EnumConstantDecl || k == CXCursor_TypedefDecl ||
      k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_EnumDecl) {
    char *nm = fe_spelling(n->cur);
    if (*nm) {
      *out = xrealloc(*out, (size_t)(*nout + 1) * sizeof **out);
      (*out)[(*nout)++] = nm;
    } else {
      free(nm);
    }
  }
  for (int i = 0; i < n->nkid; i++) local_names(n->kid[i], out, nout);
}

/* Does body name (as an identifier) one of the function's own declarations
 * that is not captured?  Then it cannot move out of the function. */
static int uses_uncaptured_local(Func *f, const char *body, char **fp, int nfp, char **sh, int nsh) {
  char **loc = NULL;
  int nloc = 0;
  local_names(f->body, &loc, &nloc);
  int hit = 0;
  for (int i = 0; i < nloc && !hit; i++) {
    int captured = 0;
    for (int k = 0; k < nfp; k++) captured |= !strcmp(fp[k], loc[i]);
    for (int k = 0; k < nsh; k++) captured |= !strcmp(sh[k], loc[i]);
    if (captured) continue;
    size_t n = strlen(loc[i]);
    for (const char *q = body; (q = strstr(q, loc[i])); q += n)
      if ((q == body || !is_id(q[-1])) && !is_id(q[n])) { hit = 1; break; }
  }
  for (int i = 0; i < nloc; i++) free(loc[i]);
  free(loc);
  return hit;
}

/* body with every identifier of sh (not after . or ->) as (*<p>c->name) */
static char *rename_shared(P *p, const char *body, char **sh, int nsh) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (size_t i = 0; body[i];) {
    char c = body[i];
    if (c == '"' || c == '\'') {
      size_t k = i + 1;
      while (body[k] && body[k] != c) k += body[k] == '\\' && body[k + 1] ? 2 : 1;
      if (body[k]) k++;
      buf_add(&b, body + i, k - i);
      i = k;
      continue;
    }
    if (is_id(c) && (i == 0 || !is_id(body[i - 1]))) {
      size_t k = i;
      while (is_id(body[k])) k++;
      size_t j = i;
      while (j > 0 && body[j - 1] == ' ') j--;
      int member = j > 0 && (body[j - 1] == '.' || (j > 1 && body[j - 1] == '>' && body[j - 2] == '-'));
      int hit = -1;
      for (int s = 0; s < nsh && !member; s++)
        if (strlen(sh[s]) == k - i && !strncmp(sh[s], body + i, k - i)) hit = s;
      if (hit >= 0) buf_printf(&b, "(*%sc->%s)", p->pfx, sh[hit]);
      else buf_add(&b, body + i, k - i);
      i = k;
      continue;
    }
    buf_add(&b, &body[i], 1);
    i++;
  }
  return b.s;
}

/* body without the instrumentation brackets and range pragmas (the pool calls the hooks) */
static char *strip_hooks(const char *body) {
  Buf b = {0};
  buf_add(&b, "", 0);
  static const char *const drop[] = { "DELAYC_RT_TASK_BEGIN_ID(", "DELAYC_RT_TASK_END_ID(" };
  for (size_t i = 0; body[i];) {
    int done = 0;
    for (int d = 0; d < 2 && !done; d++) {
      size_t n = strlen(drop[d]);
      if (!strncmp(body + i, drop[d], n)) {
        size_t e = match(body, strlen(body), i + n - 1);
        if (e) {
          if (body[e] == ';') e++;
          i = e;
          done = 1;
        }
      }
    }
    if (!done && !strncmp(body + i, "DELAYC_RT_TASK_RANGE_END", 24)) { i += 24; done = 1; }
    if (!done) buf_add(&b, &body[i++], 1);
  }
  return b.s;
}

/* Which analysed function holds output offset pos: the last whose start line is
 * at or before it.  Tasks come in text order, so the line map moves forward
 * from the previous task's offset (one pass over the text in all). */
static int func_at(P *p, const char *s, size_t pos) {
  assert(pos + 1 >= p->lm_pos);
  for (size_t k = p->lm_pos; k <= pos; k++)
    if (k == 0 || s[k - 1] == '\n') lm_line_start(&p->lm, s + k);
  p->lm_pos = pos + 1;
  unsigned line = p->lm.line;
  int best = -1;
  unsigned bl = 0;
  for (int i = 0; i < p->a->nfn; i++) {
    unsigned fl = p->a->fn[i]->root->line;
    if (fl <= line && fl >= bl) { best = i; bl = fl; }
  }
  return best;
}

/* One task at s[beg..end): the spawn block's inside, from "long <p>tid" to the
 * end of the task body.  Appends its replacement to out. */
static void lower_task(P *p, const char *s, size_t beg, size_t end, size_t prag, size_t prEnd, Buf *out) {
  /* the spawn hook's arguments */
  const char *h = strstr(s + beg, "DELAYC_RT_TASK_SPAWN");
  size_t hp = (size_t)(h - s);
  size_t ho = hp;
  while (s[ho] != '(') ho++;
  size_t he = match(s, end, ho);
  char *hargs = xstrndup(s + ho + 1, he - ho - 2);   /* "label", line[, n, deps...] */
  int zero = !strncmp(h, "DELAYC_RT_TASK_SPAWN0", 21);
  char *pr = xstrndup(s + prag, prEnd - prag);
  char **fp, **sh;
  int nfp = clause_names(pr, "firstprivate(", &fp), nsh = clause_names(pr, "shared(", &sh);
  size_t bb = prEnd;
  while (s[bb] != '{') bb++;
  char *body = xstrndup(s + bb, end - bb);
  /* types */
  int ok = 1;
  char **fpt = xcalloc((size_t)nfp + 1, sizeof *fpt), **sht = xcalloc((size_t)nsh + 1, sizeof *sht);
  char *tid = fmt("%stid", p->pfx);
  for (int i = 0; i < nfp && ok; i++) {
    if (!strcmp(fp[i], tid)) continue;
    fpt[i] = !strncmp(fp[i], p->pfx, p->npfx) ? temp_type(s, beg, fp[i]) : user_type(p, fp[i]);
    ok = fpt[i] != NULL;
  }
  for (int i = 0; i < nsh && ok; i++) {
    sht[i] = !strncmp(sh[i], p->pfx, p->npfx) ? temp_type(s, beg, sh[i]) : user_type(p, sh[i]);
    ok = sht[i] != NULL;
    if (ok) sht[i] = unconst(sht[i]);   /* a task may write what is declared const (its result) */
  }
  int fi = func_at(p, s, beg);
  if (fi >= 0 && p->fnText[fi].len == 0) {   /* first task of this function: declare it (recursion) */
    Func *f = p->a->fn[fi];
    char *ft = fe_type(clang_getCursorType(f->cur));
    if (!strchr(ft, '(') || strstr(ft, "(unnamed") || strstr(ft, "(anonymous") || !file_scope_type(clang_getResultType(clang_getCursorType(f->cur))))
      ;   /* no usable spelling: the outlined tasks cannot call it recursively */
    else
      buf_printf(&p->fnText[fi], "%s__typeof__(%s) %s; ",
                 clang_Cursor_getStorageClass(f->cur) == CX_SC_Static ? "static " : "", ft, f->name);
    free(ft);
  }
  char *clean = strip_hooks(body);
  if (ok && fi >= 0) ok = !uses_uncaptured_local(p->a->fn[fi], body, fp, nfp, sh, nsh);
  if (!ok || fi < 0) {                /* inline, after every sibling */
    buf_printf(out, "%ssp = 1; dct_wait(); %s", p->pfx, clean);
    p->ninline++;
  } else {
    int k = p->ntask++;
    Buf *ft = &p->fnText[fi];
    buf_printf(ft, "struct %scap%d {", p->pfx, k);
    for (int i = 0; i < nfp; i++)
      if (fpt[i]) buf_printf(ft, " __typeof__(%s) %s;", fpt[i], fp[i]);
    for (int i = 0; i < nsh; i++) buf_printf(ft, " __typeof__(%s) *%s;", sht[i], sh[i]);
    buf_printf(ft, " char %spad; }; static void %stask%d(void *%sp) { struct %scap%d *%sc = (struct %scap%d *)%sp; ",
               p->pfx, p->pfx, k, p->pfx, p->pfx, k, p->pfx, p->pfx, k, p->pfx);
    for (int i = 0; i < nfp; i++)
      if (fpt[i]) buf_printf(ft, "__typeof__(%s) %s = %sc->%s; ", fpt[i], fp[i], p->pfx, fp[i]);
    char *rb = rename_shared(p, clean, sh, nsh);
    buf_printf(ft, "%s } ", rb);
    free(rb);
    /* the spawn */
    buf_printf(out, "%ssp = 1; struct %scap%d %sc = {", p->pfx, p->pfx, k, p->pfx);
    int first = 1;
    for (int i = 0; i < nfp; i++)
      if (fpt[i]) { buf_printf(out, "%s %s", first ? "" : ",", fp[i]); first = 0; }
    for (int i = 0; i < nsh; i++) { buf_printf(out, "%s &%s", first ? "" : ",", sh[i]); first = 0; }
    buf_printf(out, "%s 0 }; ", first ? "" : ",");
    if (zero) {
      buf_printf(out, "dct_spawn(%s, %stask%d, &%sc, sizeof %sc, 0, 0); ", hargs, p->pfx, k, p->pfx, p->pfx);
    } else {
      /* "label", line, n, deps... */
      const char *c1 = strchr(hargs, ',');
      const char *c2 = c1 ? strchr(c1 + 1, ',') : NULL;
      const char *c3 = c2 ? strchr(c2 + 1, ',') : NULL;
      if (!c3) { error("internal: unexpected spawn hook '%s'", hargs); abort(); }
      buf_printf(out, "delayc_rt_dep %sd[] = {%s }; dct_spawn(%.*s, %stask%d, &%sc, sizeof %sc,%.*s, %sd); ",
                 p->pfx, c3 + 1, (int)(c2 - hargs), hargs, p->pfx, k, p->pfx, p->pfx, (int)(c3 - c2 - 1), c2 + 1, p->pfx);
    }
  }
  free(clean);
  free(tid);
  free(body);
  free(pr);
  free(hargs);
}

char *lower_pthreads(Analysis *a, size_t *outlen) {
  Unit *u = a->u;
  if (memmem(u->src, u->len, "omp", 3)) {
    for (const char *q = u->src; (q = memmem(q, u->len - (size_t)(q - u->src), "pragma", 6)); q += 6) {
      const char *r = q + 6;
      while (*r == ' ' || *r == '\t') r++;
      if (!strncmp(r, "omp", 3)) {
        error("'%s' uses OpenMP itself; --target=pthreads cannot lower it (use --target=openmp)", u->path);
        return NULL;
      }
    }
  }
  size_t n = 0;
  char *s = lower_omp(a, &n);
  if (!s || !strstr(s, "#include <omp.h>\n")) return s;   /* nothing was lowered */
  P p = {0};
  p.a = a;
  static char pfx[32] = "__dc_";
  for (int k = 1; memmem(u->src, u->len, pfx, strlen(pfx)); k++) snprintf(pfx, sizeof pfx, "__dc%d_", k);
  p.pfx = pfx;
  p.npfx = strlen(pfx);
  p.fnText = xcalloc((size_t)a->nfn + 1, sizeof *p.fnText);
  for (int i = 0; i < a->nfn; i++) buf_add(&p.fnText[i], "", 0);
  Buf b = {0};
  buf_add(&b, "", 0);
  char *sp_tid = fmt("long %stid = DELAYC_RT_TASK_SPAWN", pfx);
  char *omp_hdr = "#include <omp.h>\n#include \"delayc_rt.h\"\n";
  size_t i = 0;
  while (i < n) {
    if (!strncmp(s + i, omp_hdr, strlen(omp_hdr))) {
      buf_puts(&b, "#include \"delayc_task.h\"\n\n");
      i += strlen(omp_hdr);
    } else if (!strncmp(s + i, "if (omp_get_level() == 0) { ", 28)) {
      size_t e = match(s, n, i + 26);   /* the '{' */
      i = e ? e : i + 28;
      while (i < n && s[i] == ' ') i++;
    } else if (!strncmp(s + i, sp_tid, strlen(sp_tid))) {
      const char *pr = strstr(s + i, "_Pragma(\"omp task ");
      size_t prag = (size_t)(pr - s);
      size_t prEnd = match(s, n, prag + 7);
      size_t bb = prEnd;
      while (bb < n && s[bb] != '{') bb++;
      size_t end = match(s, n, bb);
      lower_task(&p, s, i, end, prag, prEnd, &b);
      i = end;
    } else if (!strncmp(s + i, "_Pragma(\"omp taskwait\")", 23)) {
      buf_puts(&b, "dct_wait();");
      i += 23;
    } else if (!strncmp(s + i, "DELAYC_RT_WAIT", 14) && (s[i + 14] == '(' || !strncmp(s + i + 14, "_RANGE(", 7))) {
      size_t o = i + 14;
      while (s[o] != '(') o++;
      size_t e = match(s, n, o);
      buf_puts(&b, "dct_wait(); ");
      i = e;
    } else if (!strncmp(s + i, "DELAYC_RT_TASK_RANGE_BEGIN ", 27)) {
      i += 27;
    } else {
      buf_add(&b, s + i, 1);
      i++;
    }
  }
  free(s);
  if (strstr(b.s, "_Pragma(\"omp")) {
    error("'%s': internal: OpenMP text left after the pthreads lowering", u->path);
    free(b.s);
    return NULL;
  }
  /* the outlined functions, at the start of the line where their function begins */
  Buf r = {0};
  buf_add(&r, "", 0);
  LineMap m = {0, 0, 0, 0};
  size_t k = 0;
  int *done = xcalloc((size_t)a->nfn + 1, sizeof *done);
  for (; k < b.len; k++) {
    if (k == 0 || b.s[k - 1] == '\n') {
      lm_line_start(&m, b.s + k);
      for (int f = 0; f < a->nfn && m.line && !m.directive; f++)
        if (!done[f] && a->fn[f]->root->line == m.line && p.fnText[f].len) {
          buf_puts(&r, p.fnText[f].s);
          done[f] = 1;
        }
    }
    buf_add(&r, &b.s[k], 1);
  }
  free(b.s);
  free(done);
  *outlen = r.len;
  return r.s;
}
