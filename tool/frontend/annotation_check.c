/* annotation_check.c — the names inside annotations must be ones the
 * annotation can see.
 *
 *   DELAYED_CUTOFF(e), DELAYED_RANK(e)      the function's parameters
 *   DELAYED_GRAIN(n)                        a positive whole number
 *   DELAYED_IN_N(n) ... DELAYED_*_2D(r,c,ld)  the function's parameters
 *   DELAYED_N(field)                        a member of the same struct
 *
 * besides file-scope names (constants, enumerators, macros, globals, types)
 * and C's keywords.  delayc copies these expressions into the code it writes;
 * a misspelt name would otherwise surface as a compiler error deep inside
 * generated text, far from the typo.  Each such name is an error in clang's
 * style at the name, with the nearest parameter as a suggestion, and nothing
 * is written.  An annotation on a function that is not DELAYED (and never
 * called as delayed(f)(...) in the file) does nothing: a warning says so; so
 * does delayed_compute(3), which names nothing to wait for. */
#define _GNU_SOURCE
#include "frontend/frontend.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct Names { char **s; int n; } Names;

static void names_add(Names *ns, char *s) {
  ns->s = xrealloc(ns->s, (size_t)(ns->n + 1) * sizeof *ns->s);
  ns->s[ns->n++] = s;
}

static int names_has(const Names *ns, const char *s, size_t len) {
  for (int i = 0; i < ns->n; i++)
    if (strlen(ns->s[i]) == len && !memcmp(ns->s[i], s, len)) return 1;
  return 0;
}

static void names_free(Names *ns) {
  for (int i = 0; i < ns->n; i++) free(ns->s[i]);
  free(ns->s);
}

static enum CXChildVisitResult enum_names(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  if (clang_getCursorKind(c) == CXCursor_EnumConstantDecl) names_add(d, fe_spelling(c));
  return CXChildVisit_Continue;
}

/* Every name declared at file scope, in any file, and every macro. */
static enum CXChildVisitResult file_names(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  if (clang_getCursorKind(c) == CXCursor_EnumDecl) clang_visitChildren(c, enum_names, d);
  switch (clang_getCursorKind(c)) {
  case CXCursor_EnumDecl:
  case CXCursor_VarDecl: case CXCursor_FunctionDecl: case CXCursor_TypedefDecl:
  case CXCursor_StructDecl: case CXCursor_UnionDecl: case CXCursor_MacroDefinition: {
    char *s = fe_spelling(c);
    if (*s) names_add(d, s); else free(s);
    break;
  }
  default:
    break;
  }
  return CXChildVisit_Continue;
}

static int keyword(const char *s, size_t n) {
  static const char *const kw[] = {"sizeof", "_Alignof", "alignof", "__alignof__", "int", "unsigned", "signed",
                                   "long", "short", "char", "double", "float", "const", "volatile", "struct",
                                   "union", "enum", "_Bool", "void", "__typeof__", "typeof", NULL};
  for (int i = 0; kw[i]; i++)
    if (strlen(kw[i]) == n && !memcmp(kw[i], s, n)) return 1;
  return 0;
}

/* The macro an annotation comes from, for messages. */
static const char *macro_of(const char *key) {
  static const struct { const char *key, *macro; } m[] = {
    {"delayc.cutoff", "DELAYED_CUTOFF"}, {"delayc.rank", "DELAYED_RANK"}, {"delayc.in", "DELAYED_IN_N"},
    {"delayc.out", "DELAYED_OUT_N"}, {"delayc.inout", "DELAYED_INOUT_N"}, {"delayc.in_2d", "DELAYED_IN_2D"},
    {"delayc.out_2d", "DELAYED_OUT_2D"}, {"delayc.inout_2d", "DELAYED_INOUT_2D"}, {"delayc.count", "DELAYED_N"},
    {"delayc.in_range", "DELAYED_IN_RANGE"}, {"delayc.out_range", "DELAYED_OUT_RANGE"},
    {"delayc.inout_range", "DELAYED_INOUT_RANGE"},
    {NULL, NULL}};
  for (int i = 0; m[i].key; i++)
    if (!strcmp(m[i].key, key)) return m[i].macro;
  return NULL;
}

/* The macro a key stands for as the user wrote it: with a value, the one
 * macro_of names (`delayc.out=n`: DELAYED_OUT_N); else the key in capitals
 * (`delayc.inout`: DELAYED_INOUT).  Malloc'd. */
static char *macro_text(const char *key, int valued) {
  if (valued && macro_of(key)) return xstrdup(macro_of(key));
  Buf m = {0};
  buf_puts(&m, "DELAYED_");
  for (const char *q = key + 7; *q; q++) buf_add(&m, &(char){(char)toupper((unsigned char)*q)}, 1);
  return m.s;
}

typedef struct Ctx {
  Unit *u;
  Names global;
  int errors;
  const Names *members;   /* checking a struct member's count: all its struct's members (the
                             allowed ones are the integer members) */
  char *last;             /* the last error's place and text: a struct type declared with its
                             variable (`struct L {...} l;`) is visited twice, said once */
} Ctx;

/* Prints `file:line:col: error: msg` for offset off of the main file, the
 * line, and a caret under it. */
static void report_at(Ctx *x, unsigned off, const char *msg) {
  Unit *u = x->u;
  char *said = fmt("%u:%s", off, msg);
  if (x->last && !strcmp(x->last, said)) { free(said); return; }
  free(x->last);
  x->last = said;
  unsigned line = 1, bol = 0;
  for (unsigned i = 0; i < off && i < u->len; i++)
    if (u->src[i] == '\n') { line++; bol = i + 1; }
  fprintf(stderr, "%s:%u:%u: error: %s\n", u->path, line, off - bol + 1, msg);
  unsigned eol = bol;
  while (eol < u->len && u->src[eol] != '\n') eol++;
  fprintf(stderr, "%.*s\n", (int)(eol - bol), u->src + bol);
  for (unsigned i = bol; i < off; i++) fputc(u->src[i] == '\t' ? '\t' : ' ', stderr);
  fputs("^\n", stderr);
  x->errors++;
}

/* ... at the name (searched for from the annotation's place). */
static void report(Ctx *x, CXCursor attr, const char *name, const char *msg) {
  CXFile f;
  unsigned off;
  clang_getExpansionLocation(clang_getCursorLocation(attr), &f, NULL, NULL, &off);
  Unit *u = x->u;
  if (f && clang_File_isEqual(f, u->file) && off < u->len) {
    size_t n = strlen(name);
    for (unsigned o = off; o + n <= u->len && o < off + 400 && u->src[o] != ';' && u->src[o] != '{'; o++)
      if (!memcmp(u->src + o, name, n) && (o == 0 || !(isalnum((unsigned char)u->src[o - 1]) || u->src[o - 1] == '_')) &&
          !(isalnum((unsigned char)u->src[o + n]) || u->src[o + n] == '_')) {
        off = o;
        break;
      }
  } else {
    off = 0;
  }
  report_at(x, off, msg);
}

/* The operator of expr that writes (++, --, =, op=), outside literals, or NULL. */
static const char *writes_in(const char *expr, char op[4]) {
  for (const char *p = expr; *p; p++) {
    if (*p == '"' || *p == '\'') {
      char q = *p++;
      while (*p && *p != q) p += p[0] == '\\' && p[1] ? 2 : 1;
      if (!*p) break;
      continue;
    }
    if ((p[0] == '+' && p[1] == '+') || (p[0] == '-' && p[1] == '-')) { op[0] = p[0]; op[1] = p[1]; op[2] = 0; return op; }
    if (p[0] == '=' && p[1] != '=') {
      char b = p > expr ? p[-1] : 0;
      if (b == '=' || b == '!' || ((b == '<' || b == '>') && !(p - 1 > expr && p[-2] == b))) continue;   /* ==, !=, <=, >= */
      int k = 0;
      if (b && strchr("+-*/%&|^<>", b)) {
        if ((b == '<' || b == '>') && p - 1 > expr && p[-2] == b) op[k++] = b;   /* <<=, >>= */
        op[k++] = b;
      }
      op[k++] = '=';
      op[k] = 0;
      return op;
    }
  }
  return NULL;
}

/* Checks the names of one annotation's expression against `allowed`. */
static void check_expr(Ctx *x, CXCursor attr, const char *key, const char *expr, const char *whole,
                       const Names *allowed, const char *owner, int member) {
  const char *macro = macro_of(key);
  char op[4];
  if (writes_in(expr, op)) {          /* evaluated where the task is spawned, and again in its checks */
    char *msg = fmt("%s(%s) writes ('%s'): a count or a bound is read, never changed; write it without ++, -- or "
                    "an assignment", macro, whole, op);
    report(x, attr, op, msg);
    free(msg);
    return;
  }
  for (const char *p = expr; *p; ) {
    if (*p == '"' || *p == '\'') {              /* a literal: skip it */
      char q = *p++;
      while (*p && *p != q) p += p[0] == '\\' && p[1] ? 2 : 1;
      if (*p) p++;
      continue;
    }
    if (!(isalpha((unsigned char)*p) || *p == '_')) {
      if (isdigit((unsigned char)*p)) while (isalnum((unsigned char)*p) || *p == '.') p++;   /* 1e3, 0x10u */
      else p++;
      continue;
    }
    const char *b = p;
    while (isalnum((unsigned char)*p) || *p == '_') p++;
    size_t n = (size_t)(p - b);
    /* a member after . or -> names the struct's field, not a scope's name */
    const char *q = b;
    while (q > expr && q[-1] == ' ') q--;
    if ((q > expr && q[-1] == '.') || (q - 1 > expr && q[-1] == '>' && q[-2] == '-')) continue;
    if (keyword(b, n) || names_has(allowed, b, n) || (!member && names_has(&x->global, b, n))) continue;
    char *name = xstrndup(b, n);
    if (member && x->members && names_has(x->members, b, n)) {   /* a member, of no integer type */
      char *msg = fmt("'%s' in %s(%s) is a member of %s that is not an integer: a count is a number of elements",
                      name, macro, whole, owner);
      report(x, attr, name, msg);
      free(msg);
      free(name);
      continue;
    }
    const Names *shown = member && x->members ? x->members : allowed;   /* (a struct's members: all of them) */
    const char *near = nearest_name(name, (const char *const *)shown->s, shown->n);
    Buf list = {0};
    buf_add(&list, "", 0);
    for (int i = 0; i < shown->n; i++) buf_printf(&list, "%s'%s'", i ? ", " : "", shown->s[i]);
    char *msg = member
        ? fmt("'%s' in %s(%s) is not a member of %s%s%s%s", name, macro, whole, owner,
              near ? "; did you mean '" : " (its members: ", near ? near : list.s, near ? "'?" : ")")
        : near ? fmt("'%s' in %s(%s) is not a parameter of '%s'; did you mean '%s'?", name, macro, whole, owner, near)
        : fmt("'%s' in %s(%s) is not a parameter of '%s' (%s%s), nor a constant, macro or global in scope", name,
              macro, whole, owner, allowed->n ? "its parameters: " : "it has no parameters", list.s);
    report(x, attr, name, msg);
    free(msg);
    free(list.s);
    free(name);
  }
}

typedef struct Attrs { CXCursor *c; int n; } Attrs;

static enum CXChildVisitResult attrs_of(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  if (clang_getCursorKind(c) == CXCursor_AnnotateAttr) {
    Attrs *a = d;
    a->c = xrealloc(a->c, (size_t)(a->n + 1) * sizeof *a->c);
    a->c[a->n++] = c;
  }
  return CXChildVisit_Continue;
}

/* e, an integer constant written as a number (`-3`, `( 8 )`, `16u`): 1 with it in *v */
static int int_const(const char *e, long long *v) {
  while (*e == ' ' || *e == '(') e++;
  char *end;
  *v = strtoll(e, &end, 10);
  if (end == e || (!isdigit((unsigned char)end[-1]))) return 0;
  while (*end == ' ' || *end == ')' || *end == 'u' || *end == 'U' || *end == 'l' || *end == 'L') end++;
  return *end == 0;
}

/* A number of elements that is no whole number (`2.5`, `1e3`) or a negative
 * constant, a range whose constant end is below its first: errors at the
 * annotation.  (A block whose ld is below its columns is one whose rows
 * overlap, which delayc orders as such: tests/diff/progs7/tile_ld_lt_cols.c.) */
static void check_count(Ctx *x, CXCursor attr, const char *key, const char *val, const char *whole, const char *owner) {
  const char *macro = macro_of(key);
  const char *lit = strpbrk(val, "\"'");
  if (lit) {                          /* "abc", 'a': text, not a number of elements */
    char *msg = fmt("%s(%s) of '%s' is no number: a count or a bound is an integer expression over the "
                    "parameters (n, rows * cols)", macro, whole, owner);
    const char *close = strchr(lit + 1, *lit);
    char *text = xstrndup(lit, close ? (size_t)(close - lit + 1) : strlen(lit));
    report(x, attr, text, msg);
    free(text);
    free(msg);
    return;
  }
  for (const char *p = val; *p; p++) {
    if ((isalnum((unsigned char)*p) || *p == '_') && p > val && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
      continue;
    if (!isdigit((unsigned char)*p) && !(*p == '.' && isdigit((unsigned char)p[1]))) continue;
    const char *b = p;
    int hex = p[0] == '0' && (p[1] == 'x' || p[1] == 'X'), real = 0;
    while (isalnum((unsigned char)*p) || *p == '.' || (!hex && (*p == '+' || *p == '-') && (p[-1] == 'e' || p[-1] == 'E')))
      real |= *p == '.' || (!hex && (*p == 'e' || *p == 'E')), p++;
    if (real) {
      char *num = xstrndup(b, (size_t)(p - b));
      char *msg = fmt("'%s' in %s(%s) of '%s' is not a whole number: a count or a bound is a number of elements",
                      num, macro, whole, owner);
      report(x, attr, num, msg);
      free(msg);
      free(num);
      return;
    }
    p--;
  }
  char *copy = xstrdup(val), *part[3] = {copy, NULL, NULL};
  int n = 1;
  for (char *c = copy; *c && n < 3; c++)
    if (*c == ';') { *c = 0; part[n++] = c + 1; }
  long long v, first, end;
  int range = strstr(key, "_range") != NULL;
  for (int i = 0; i < n && !range; i++)
    if (int_const(part[i], &v) && v < 0) {
      char *msg = fmt("%s(%s) of '%s' counts %lld elements: a count is zero or more", macro, whole, owner, v);
      report(x, attr, part[i], msg);
      free(msg);
      n = 0;
    }
  if (range && n == 2 && int_const(part[0], &first) && int_const(part[1], &end) && end < first) {
    char *msg = fmt("%s(%s) of '%s' is reversed: a range is (first, end), elements first .. end - 1 (%s(%lld, %lld))",
                    macro, whole, owner, macro, end, first);
    report(x, attr, part[0], msg);
    free(msg);
  }
  free(copy);
}

/* A part of a count that is one parameter of fn (`DELAYED_IN_N(q)`) must
 * be a number: a pointer, a floating value or a struct there is an error (an
 * expression over them, `end - p`, may be one). */
static void check_number_param(Ctx *x, CXCursor attr, const char *key, const char *expr, const char *whole,
                               CXCursor fn, const char *owner) {
  while (*expr == ' ' || *expr == '(') expr++;
  size_t n = 0;
  while (isalnum((unsigned char)expr[n]) || expr[n] == '_') n++;
  const char *rest = expr + n;
  while (*rest == ' ' || *rest == ')') rest++;
  if (!n || *rest || isdigit((unsigned char)*expr)) return;
  for (int i = 0; i < clang_Cursor_getNumArguments(fn); i++) {
    CXCursor prm = clang_Cursor_getArgument(fn, (unsigned)i);
    char *nm = fe_spelling(prm);
    int same = strlen(nm) == n && !strncmp(nm, expr, n);
    CXType t = clang_getCanonicalType(clang_getCursorType(prm));
    if (same && !((t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum)) {
      const char *what = t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray
                             ? "a pointer"
                             : t.kind == CXType_Float || t.kind == CXType_Double || t.kind == CXType_LongDouble
                                   ? "a floating-point value" : "not an integer";
      char *msg = fmt("'%s' in %s(%s) of '%s' is %s: a count or a bound is a number of elements (an integer "
                      "parameter, or an expression such as end - p)", nm, macro_of(key), whole, owner, what);
      report(x, attr, nm, msg);
      free(msg);
    }
    free(nm);
    if (same) return;
  }
}

/* The expressions of c's delayc annotations, checked. */
static void check_decl(Ctx *x, CXCursor c, const Names *allowed, const char *owner, int member) {
  Attrs a = {0};
  if (clang_Cursor_hasAttrs(c)) clang_visitChildren(c, attrs_of, &a);
  /* an annotation inherited from another declaration of the function names
   * that one's parameters: it is checked there */
  CXCursor fn = clang_getCursorKind(c) == CXCursor_ParmDecl ? clang_getCursorSemanticParent(c) : c;
  for (int i = 0; i < a.n; i++) {
    if (!member && !fe_attr_written_on(a.c[i], fn)) continue;
    char *s = fe_spelling(a.c[i]);
    char *eq = strchr(s, '=');
    if (eq && !strncmp(s, "delayc.", 7)) {
      *eq = 0;
      if (!strcmp(s, "delayc.grain")) {   /* a number of calls, not an expression */
        char *end;
        long v = strtol(eq + 1, &end, 10);
        while (*end == ' ' || *end == 'L' || *end == 'l' || *end == 'U' || *end == 'u') end++;
        if (v < 1 || *end || end == eq + 1) {
          char *msg = fmt("DELAYED_GRAIN(%s) of '%s' is not a positive whole number (a macro is not expanded "
                          "there): it fixes how many calls one batch runs", eq + 1, owner);
          report(x, a.c[i], eq + 1, msg);
          free(msg);
        }
      }
      const char *v = eq + 1;
      while (*v == ' ') v++;
      if (!*v && macro_of(s)) {           /* DELAYED_CUTOFF(), DELAYED_IN_N() */
        char *msg = fmt("%s() of '%s' is empty: it takes %s", macro_of(s), owner,
                        !strcmp(s, "delayc.cutoff") ? "the condition below which a call runs inline (DELAYED_CUTOFF(n < 1000))"
                                                    : "an expression over the parameters (n, rows * cols)");
        report(x, a.c[i], owner, msg);
        free(msg);
        free(s);
        continue;
      }
      if (macro_of(s) && (!member || !strcmp(s, "delayc.count"))) {
        /* the 2-D form is "rows;cols;ld": three expressions; a range "lo;hi" two */
        Buf whole = {0};
        char *val = xstrdup(eq + 1);
        int before = x->errors;             /* names first: a count is weighed once they are right */
        buf_add(&whole, "", 0);
        for (const char *c = eq + 1; *c; c++) buf_puts(&whole, *c == ';' ? ", " : (char[]){*c, 0});
        for (char *e = eq + 1, *semi; e; e = semi ? semi + 1 : NULL) {
          semi = strchr(e, ';');
          if (semi) *semi = 0;
          check_expr(x, a.c[i], s, e, whole.s, allowed, owner, member);
          if (!member && x->errors == before && strcmp(s, "delayc.cutoff")) check_number_param(x, a.c[i], s, e, whole.s, fn, owner);
        }
        if (x->errors == before) check_count(x, a.c[i], s, val, whole.s, owner);
        free(val);
        free(whole.s);
      }
    }
    free(s);
  }
  free(a.c);
}

static enum CXChildVisitResult field_names(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  if (clang_getCursorKind(c) == CXCursor_FieldDecl) names_add(d, fe_spelling(c));
  return CXChildVisit_Continue;
}

static enum CXChildVisitResult integer_field_names(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  CXType t = clang_getCanonicalType(clang_getCursorType(c));
  if (clang_getCursorKind(c) == CXCursor_FieldDecl &&
      ((t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum))
    names_add(d, fe_spelling(c));
  return CXChildVisit_Continue;
}

/* Is the attribute spelling sp (its `=...` cut) a direction: DELAYED_IN,
 * DELAYED_OUT_N, DELAYED_INOUT_RANGE ...? */
static int is_direction(const char *sp) {
  return (!strncmp(sp, "delayc.in", 9) && (!sp[9] || sp[9] == '_' || sp[9] == 'o')) || !strncmp(sp, "delayc.out", 10);
}

static void check_place(Ctx *x, CXCursor c, const char *fn, const char *member_of);

static enum CXChildVisitResult check_fields(CXCursor c, CXCursor p, CXClientData d) {
  Ctx *x = d;
  if (clang_getCursorKind(c) != CXCursor_FieldDecl) return CXChildVisit_Continue;
  Names fields = {0}, counts = {0};
  clang_visitChildren(p, field_names, &fields);
  clang_visitChildren(p, integer_field_names, &counts);
  char *name = fe_spelling(p);
  char *owner = *name && !strchr(name, '(') ? fmt("'%s'", name) : xstrdup("its struct");
  x->members = &fields;
  check_decl(x, c, &counts, owner, 1);
  x->members = NULL;
  check_place(x, c, NULL, owner);
  /* DELAYED_N on a member that is not a pointer: a count of nothing */
  char *cnt = NULL;
  CXType ft = clang_getCanonicalType(clang_getCursorType(c));
  if (fe_has_annotation(c, "delayc.count", &cnt) && ft.kind != CXType_Pointer) {
    Attrs a = {0};
    if (clang_Cursor_hasAttrs(c)) clang_visitChildren(c, attrs_of, &a);
    char *fnm = fe_spelling(c);
    char *msg = fmt("DELAYED_N(%s) on '%s', which is not a pointer: a member's count says how many elements its "
                    "pointer points to (remove it, or put it on the pointer member)", cnt ? cnt : "", fnm);
    if (a.n) report(x, a.c[0], fnm, msg);
    free(msg);
    free(fnm);
    free(a.c);
  }
  free(cnt);
  free(owner);
  free(name);
  names_free(&fields);
  names_free(&counts);
  return CXChildVisit_Continue;
}

/* Does c (or a parameter of it) carry a delayc annotation other than the ones
 * that make it DELAYED?  Its first one's attribute, for the place. */
static int annotated_not_delayed(CXCursor c, CXCursor *where, char **what) {
  CXCursor decls[2] = {c, clang_getCanonicalCursor(c)};
  int delayed = 0, other = 0;
  for (int d = 0; d < 2; d++) {
    int np = clang_Cursor_getNumArguments(decls[d]);
    for (int i = -1; i < np; i++) {
      CXCursor at = i < 0 ? decls[d] : clang_Cursor_getArgument(decls[d], (unsigned)i);
      Attrs a = {0};
      if (clang_Cursor_hasAttrs(at)) clang_visitChildren(at, attrs_of, &a);
      for (int k = 0; k < a.n; k++) {
        char *s = fe_spelling(a.c[k]), *cut = strchr(s, '=');
        if (cut) *cut = 0;
        int own_error = i < 0 && is_direction(s);      /* a direction on the function: an error of its own */
        if (cut) *cut = '=';
        if (!strcmp(s, "delayc.delayed")) delayed = 1;
        else if (!strncmp(s, "delayc.", 7) && !other && !own_error) {
          other = 1;
          *where = a.c[k];
          char *eq = strchr(s, '=');
          if (eq) *eq = 0;
          *what = macro_text(s, eq != NULL);   /* DELAYED_IN_N; DELAYED_IN, DELAYED_NAME(...) in capitals */
        }
        free(s);
      }
      free(a.c);
    }
  }
  if (delayed && other) { free(*what); *what = NULL; }
  return other && !delayed;
}

/* An annotation on a function that is not DELAYED does nothing unless the
 * function is called as delayed(f)(...): a warning when the file never does. */
static void warn_not_delayed(Ctx *x, CXCursor c) {
  if (!clang_isCursorDefinition(c)) return;
  CXCursor where;
  char *what = NULL;
  if (!annotated_not_delayed(c, &where, &what)) return;
  char *name = fe_spelling(c);
  char *pat = fmt("delayed(%s)", name), *pat2 = fmt("delayed_bind(%s", name);
  int used = memmem(x->u->src, x->u->len, pat, strlen(pat)) || memmem(x->u->src, x->u->len, pat2, strlen(pat2));
  if (!used) {
    CXFile f;
    unsigned off;
    clang_getExpansionLocation(clang_getCursorLocation(where), &f, NULL, NULL, &off);
    if (f && clang_File_isEqual(f, x->u->file) && off < x->u->len) {
      unsigned line = 1, bol = 0;
      for (unsigned i = 0; i < off; i++)
        if (x->u->src[i] == '\n') { line++; bol = i + 1; }
      fprintf(stderr, "%s:%u:%u: warning: '%s' carries %s but is not DELAYED: its calls run as ordinary calls, and "
              "the annotation does nothing; add DELAYED (or call it as delayed(%s)(...))\n", x->u->path, line,
              off - bol + 1, name, what, name);
      unsigned eol = bol;
      while (eol < x->u->len && x->u->src[eol] != '\n') eol++;
      fprintf(stderr, "%.*s\n", (int)(eol - bol), x->u->src + bol);
      for (unsigned i = bol; i < off; i++) fputc(x->u->src[i] == '\t' ? '\t' : ' ', stderr);
      fputs("^\n", stderr);
    }
  }
  free(pat);
  free(pat2);
  free(name);
  free(what);
}

/* A direction on a parameter says how the task touches what the pointer
 * points to: on a value (copied into the task) it says nothing, and OUT or
 * INOUT on a pointer to const says a write the function cannot make.  Both
 * are errors at the annotation. */
/* The annotation key (its '=' cut at eq) as the macro with its arguments,
 * DELAYED_OUT_N(n / 2) (blind 74b: "says DELAYED_OUT_N" left the count out). */
static char *macro_call(const char *key, const char *eq) {
  char *mac = macro_text(key, eq != NULL);
  if (!eq || !macro_of(key)) return mac;
  Buf b = {0};
  buf_printf(&b, "%s(", mac);
  for (const char *c = eq + 1; *c; c++) buf_puts(&b, *c == ';' ? ", " : (char[]){*c, 0});
  buf_puts(&b, ")");
  free(mac);
  return b.s;
}

static void check_direction(Ctx *x, CXCursor prm) {
  Attrs a = {0};
  if (clang_Cursor_hasAttrs(prm)) clang_visitChildren(prm, attrs_of, &a);
  CXType t = clang_getCanonicalType(clang_getCursorType(prm));
  int pointer = t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
                t.kind == CXType_VariableArray || t.kind == CXType_DependentSizedArray;
  CXType pointee = t.kind == CXType_Pointer ? clang_getPointeeType(t) : clang_getArrayElementType(t);
  int konst = pointer && clang_isConstQualifiedType(pointee);
  char *name = fe_spelling(prm);
  char *first = NULL;                 /* the first direction written, as a macro */
  char *first_pos = NULL;             /* ... and as its declaration means it (by position) */
  char *first_call = NULL;            /* ... with its arguments, DELAYED_OUT_N(n / 2) */
  int first_here = 0;                 /* ... written on this declaration, not inherited */
  CXCursor first_attr = clang_getNullCursor();
  CXCursor fn = clang_getCursorSemanticParent(prm);
  for (int i = 0; i < a.n; i++) {
    char *s = fe_spelling(a.c[i]);
    char *eq = strchr(s, '=');
    if (eq) *eq = 0;
    if (is_direction(s) && *name) {   /* two directions on one parameter: which is meant? */
      char *mac = macro_text(s, eq != NULL), *pos = fe_attr_by_position(a.c[i], fn), *call = macro_call(s, eq);
      if (!first) {
        first = mac;
        first_call = call;
        call = NULL;
        first_pos = pos;
        first_here = fe_attr_written_on(a.c[i], fn);
        first_attr = a.c[i];
      } else if (!strcmp(pos, first_pos)) {   /* a header's annotation repeated over the definition's names */
        free(mac);
        free(pos);
      } else {
        free(pos);
        char *fn_name = fe_spelling(fn);
        int apart = first_here != fe_attr_written_on(a.c[i], fn);   /* one on a prototype, one here */
        unsigned line = 0;
        clang_getExpansionLocation(clang_getCursorLocation(first_here ? a.c[i] : first_attr), NULL, &line, NULL, NULL);
        char *where = apart && line ? fmt(" (the declaration at line %u says %s)", line, first_here ? call : first_call)
                                    : xstrdup("");
        char *msg = !strcmp(first, mac) && apart
            ? fmt("'%s' is %s with another count in another declaration of '%s'%s: write the same in both (or "
                  "the annotation once)", name, mac, fn_name, where)
            : apart
            ? fmt("'%s' carries two directions, %s and %s, in two declarations of '%s'%s: write the same one in "
                  "both (DELAYED_INOUT... when the function reads and writes what it points to)", name, first, mac,
                  fn_name, where)
            : fmt("'%s' carries two directions, %s and %s: write one (DELAYED_INOUT... when the function "
                  "reads and writes what it points to)", name, first, mac);
        free(where);
        free(fn_name);
        report(x, a.c[i], name, msg);
        free(msg);
        free(mac);
      }
      free(call);
    }
    int in = !strncmp(s, "delayc.in", 9) && (!s[9] || s[9] == '_');
    int out = !strncmp(s, "delayc.out", 10) && (!s[10] || s[10] == '_');
    int inout = !strncmp(s, "delayc.inout", 12) && (!s[12] || s[12] == '_');
    if (inout) in = 0;
    if ((in || out || inout) && *name) {
      /* the macro as written, DELAYED_OUT_N(4), and its IN form */
      char *mac = macro_text(s, eq != NULL);
      Buf args = {0};
      buf_add(&args, "", 0);
      if (eq && macro_of(s)) {
        buf_puts(&args, "(");
        for (const char *c = eq + 1; *c; c++) buf_puts(&args, *c == ';' ? ", " : (char[]){*c, 0});
        buf_puts(&args, ")");
      }
      const char *tail = mac + strlen(inout ? "DELAYED_INOUT" : out ? "DELAYED_OUT" : "DELAYED_IN");
      char *msg = NULL;
      if (!pointer)
        msg = fmt("%s on '%s', which is not a pointer: a direction says how the task touches what a pointer "
                  "parameter points to, and '%s' is a value copied into the task (remove %s)", mac, name, name, mac);
      else if (konst && !in)
        msg = fmt("%s on '%s', a pointer to const: the function cannot write through it (DELAYED_IN%s%s says it "
                  "reads)", mac, name, tail, args.s);
      if (msg) report(x, a.c[i], name, msg);
      free(msg);
      free(mac);
      free(args.s);
    }
    free(s);
  }
  free(first);
  free(first_pos);
  free(first_call);
  free(name);
  free(a.c);
}

/* An annotation where it means nothing: DELAYED_N on a parameter (it counts a
 * struct member's elements), any of them on a variable, a direction on a
 * struct member (of member_of).  Errors. */
static void check_place(Ctx *x, CXCursor c, const char *fn, const char *member_of) {
  Attrs a = {0};
  if (clang_Cursor_hasAttrs(c)) clang_visitChildren(c, attrs_of, &a);
  char *name = fe_spelling(c);
  for (int i = 0; i < a.n; i++) {
    char *s = fe_spelling(a.c[i]), *eq = strchr(s, '=');
    if (eq) *eq = 0;
    char *msg = NULL, *mac = strncmp(s, "delayc.", 7) ? NULL : macro_text(s, eq != NULL);
    if (mac && member_of && is_direction(s))
      msg = fmt("%s on the member '%s' of %s: a direction belongs on a pointer parameter of a DELAYED function; on "
                "a member, DELAYED_N(n) says how many elements its pointer points to", mac, name, member_of);
    else if (member_of)
      ;                             /* (a member's count: check_fields) */
    else if (mac && fn && !strcmp(s, "delayc.count"))
      msg = fmt("DELAYED_N(%s) on the parameter '%s' of '%s': DELAYED_N counts the elements of a struct's pointer "
                "member; on a parameter write DELAYED_IN_N(%s), DELAYED_OUT_N(%s) or DELAYED_INOUT_N(%s)",
                eq + 1, name, fn, eq + 1, eq + 1, eq + 1);
    else if (mac && !fn && !strcmp(s, "delayc.delayed"))
      msg = fmt("DELAYED on the variable '%s': DELAYED marks a function, whose calls become tasks", name);
    else if (mac && !fn)
      msg = fmt("%s on the variable '%s': it belongs on a parameter of a DELAYED function", mac, name);
    if (msg) report(x, a.c[i], name, msg);
    free(msg);
    free(mac);
    free(s);
  }
  free(name);
  free(a.c);
}

/* ---- delayed_compute(x): x names what to wait for ---- */

static enum CXChildVisitResult names_var(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  if (clang_getCursorKind(c) == CXCursor_DeclRefExpr) {
    enum CXCursorKind k = clang_getCursorKind(clang_getCursorReferenced(c));
    if (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) { *(int *)d = 1; return CXChildVisit_Break; }
  }
  return CXChildVisit_Recurse;
}

static enum CXChildVisitResult first_child(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  *(CXCursor *)d = c;
  return CXChildVisit_Break;
}

/* A warning at argument a of a marker (its text where the user wrote it, in
 * the macro's use), in clang's form with a caret; msg has one %s, the text. */
static void warn_at(Ctx *x, CXCursor a, const char *msg) {
  CXFile f;
  unsigned off;
  clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(a)), &f, NULL, NULL, &off);   /* in the use */
  if (!f || !clang_File_isEqual(f, x->u->file) || off >= x->u->len) return;
  unsigned line = 1, bol = 0, end = off;
  for (unsigned k = 0; k < off; k++)
    if (x->u->src[k] == '\n') { line++; bol = k + 1; }
  for (int depth = 0; end < x->u->len && (depth || (x->u->src[end] != ',' && x->u->src[end] != ')')); end++)
    depth += x->u->src[end] == '(' ? 1 : x->u->src[end] == ')' ? -1 : 0;
  char *text = xstrndup(x->u->src + off, end - off), *m = fmt(msg, text);
  fprintf(stderr, "%s:%u:%u: warning: %s\n", x->u->path, line, off - bol + 1, m);
  free(text);
  free(m);
  unsigned eol = bol;
  while (eol < x->u->len && x->u->src[eol] != '\n') eol++;
  fprintf(stderr, "%.*s\n", (int)(eol - bol), x->u->src + bol);
  for (unsigned k = bol; k < off; k++) fputc(x->u->src[k] == '\t' ? '\t' : ' ', stderr);
  fputs("^\n", stderr);
}

/* In a function's body: an annotation on a local variable, or on a member of
 * a local struct type (errors); delayed_compute(3), delayed_compute(f()): an
 * argument that names no variable waits for nothing (a warning at it). */
static enum CXChildVisitResult check_body(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Ctx *x = d;
  if (clang_getCursorKind(c) == CXCursor_VarDecl) check_place(x, c, NULL, NULL);   /* a local variable */
  if (clang_getCursorKind(c) == CXCursor_StructDecl || clang_getCursorKind(c) == CXCursor_UnionDecl)
    clang_visitChildren(c, check_fields, x);                                 /* a local struct type */
  if (clang_getCursorKind(c) != CXCursor_CallExpr) return CXChildVisit_Recurse;
  char *nm = fe_spelling(clang_getCursorReferenced(c));
  int compute = !strcmp(nm, "delayc__mark_compute"), bind = !strcmp(nm, "delayc__mark_bind");
  free(nm);
  for (int i = 1; bind && i < clang_Cursor_getNumArguments(c); i++) {   /* delayed_bind(f, t): t a token */
    CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
    while (clang_getCursorKind(a) == CXCursor_UnexposedExpr) {       /* the conversion to the marker's parameter */
      CXCursor in = clang_getNullCursor();
      clang_visitChildren(a, first_child, &in);
      if (clang_Cursor_isNull(in)) break;
      a = in;
    }
    CXString ts = clang_getTypeSpelling(clang_getCursorType(a));
    int token = strstr(clang_getCString(ts), "delayed_token") != NULL;
    clang_disposeString(ts);
    if (!token) warn_at(x, a, "delayed_bind names '%s', which is not a delayed_token (delayed_after(call) gives one): "
                        "the call waits for no task it names");
  }
  for (int i = 1; compute && i < clang_Cursor_getNumArguments(c); i++) {
    CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
    int named = clang_getCursorKind(a) == CXCursor_DeclRefExpr &&
                clang_getCursorKind(clang_getCursorReferenced(a)) != CXCursor_EnumConstantDecl;
    if (!named) clang_visitChildren(a, names_var, &named);
    if (named) continue;
    warn_at(x, a, "delayed_compute(%s) names no variable: it waits for nothing; name the variable whose tasks it "
            "should wait for");
  }
  return CXChildVisit_Recurse;
}

/* A delayc annotation on a type (`DELAYED struct S {...};`, a typedef):
 * it marks nothing there.  An error at it. */
static void check_type_place(Ctx *x, CXCursor c) {
  Attrs a = {0};
  if (clang_Cursor_hasAttrs(c)) clang_visitChildren(c, attrs_of, &a);
  char *name = fe_spelling(c);
  enum CXCursorKind k = clang_getCursorKind(c);
  const char *kind = k == CXCursor_StructDecl ? "struct" : k == CXCursor_UnionDecl ? "union" : "type";
  for (int i = 0; i < a.n; i++) {
    char *s = fe_spelling(a.c[i]), *eq = strchr(s, '=');
    if (eq) *eq = 0;
    char *mac = strncmp(s, "delayc.", 7) ? NULL : macro_text(s, eq != NULL);
    if (mac) {
      char *msg = !strcmp(s, "delayc.delayed")
          ? fmt("DELAYED on the %s '%s': DELAYED marks a function, whose calls become tasks", kind, name)
          : fmt("%s on the %s '%s': it belongs on a parameter of a DELAYED function (or, DELAYED_N, on a pointer "
                "member)", mac, kind, name);
      report(x, a.c[i], name, msg);
      free(msg);
    }
    free(mac);
    free(s);
  }
  free(name);
  free(a.c);
}

/* The annotations on function c itself: DELAYED on main (its calls are no
 * tasks), two cutoffs that differ (here, or here and on another declaration),
 * a direction (`DELAYED_OUT int *f(...)`: it belongs on a parameter). */
static void check_function_attrs(Ctx *x, CXCursor c, const char *owner) {
  Attrs fa = {0};
  char *firstcut = NULL, *firsttext = NULL;     /* the first cutoff, by position and as written */
  if (clang_Cursor_hasAttrs(c)) clang_visitChildren(c, attrs_of, &fa);
  for (int i = 0; i < fa.n; i++) {
    char *sp = fe_spelling(fa.c[i]), *eq = strchr(sp, '=');
    if (!strcmp(sp, "delayc.delayed") && !strcmp(owner, "main") && fe_attr_written_on(fa.c[i], c))
      report(x, fa.c[i], "DELAYED", "DELAYED on 'main': the program starts there, and no call of it becomes a "
             "task; mark the functions main calls");
    if (!strncmp(sp, "delayc.cutoff=", 14)) {
      char *pos = fe_attr_by_position(fa.c[i], c);
      if (!firstcut) {
        firstcut = pos;
        firsttext = xstrdup(sp + 14);
      } else {
        if (strcmp(pos, firstcut)) {
          char *msg = fmt("'%s' has two cutoffs, DELAYED_CUTOFF(%s) and DELAYED_CUTOFF(%s): write one", owner,
                          firsttext, sp + 14);
          report(x, fa.c[i], "DELAYED_CUTOFF", msg);
          free(msg);
        }
        free(pos);
      }
    }
    if (eq) *eq = 0;
    if (is_direction(sp)) {
      char *mac = macro_text(sp, eq != NULL);
      char *msg = fmt("%s on the function '%s': a direction belongs on a pointer parameter (a task's result is "
                      "its return value, which needs none); move it to the parameter it describes", mac, owner);
      report(x, fa.c[i], owner, msg);
      free(msg);
      free(mac);
    }
    free(sp);
  }
  free(firstcut);
  free(firsttext);
  free(fa.c);
}

static enum CXChildVisitResult check_top(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Ctx *x = d;
  if (!fe_in_main(x->u, c)) return CXChildVisit_Continue;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_TypedefDecl) {
    check_type_place(x, c);
    if (k != CXCursor_TypedefDecl) clang_visitChildren(c, check_fields, x);
  } else if (k == CXCursor_VarDecl) {
    check_place(x, c, NULL, NULL);
  } else if (k == CXCursor_FunctionDecl) {
    warn_not_delayed(x, c);
    if (clang_isCursorDefinition(c)) clang_visitChildren(c, check_body, x);
    /* the parameters' names here, or in the definition (a prototype may leave
     * them out) */
    Names params = {0};
    int np = clang_Cursor_getNumArguments(c);
    CXCursor def = clang_getCursorDefinition(c);
    for (int i = 0; i < np; i++) {
      char *nm = fe_spelling(clang_Cursor_getArgument(c, (unsigned)i));
      if (!*nm && !clang_Cursor_isNull(def) && clang_Cursor_getNumArguments(def) == np) {
        free(nm);
        nm = fe_spelling(clang_Cursor_getArgument(def, (unsigned)i));
      }
      if (*nm) names_add(&params, nm); else free(nm);
    }
    char *owner = fe_spelling(c);
    check_decl(x, c, &params, owner, 0);
    check_function_attrs(x, c, owner);
    for (int i = 0; i < np; i++) {
      check_decl(x, clang_Cursor_getArgument(c, (unsigned)i), &params, owner, 0);
      check_direction(x, clang_Cursor_getArgument(c, (unsigned)i));
      check_place(x, clang_Cursor_getArgument(c, (unsigned)i), owner, NULL);
    }
    free(owner);
    names_free(&params);
  }
  return CXChildVisit_Continue;
}

/* clang drops an annotation where it marks nothing (`DELAYED struct S
 * {...};`, no declarator): its warning, said as an error at the annotation. */
static void check_ignored(Ctx *x) {
  for (unsigned i = 0, nd = clang_getNumDiagnostics(x->u->tu); i < nd; i++) {
    CXDiagnostic d = clang_getDiagnostic(x->u->tu, i);
    CXString t = clang_getDiagnosticSpelling(d);
    CXFile f;
    unsigned off;
    clang_getExpansionLocation(clang_getDiagnosticLocation(d), &f, NULL, NULL, &off);
    if (strstr(clang_getCString(t), "attribute 'annotate' is ignored") && f && clang_File_isEqual(f, x->u->file) &&
        off < x->u->len) {
      size_t n = 0;
      while (off + n < x->u->len && (isalnum((unsigned char)x->u->src[off + n]) || x->u->src[off + n] == '_')) n++;
      char *mac = xstrndup(x->u->src + off, n);
      if (!strncmp(mac, "DELAYED", 7)) {
        const char *what = strstr(clang_getCString(t), "\"union\"") ? "a union" : strstr(clang_getCString(t), "\"enum\"")
                           ? "an enum" : "a struct";
        char *msg = fmt("%s before %s declared without a variable marks nothing: DELAYED marks a function, whose "
                        "calls become tasks; a direction or a count belongs on a parameter or a pointer member",
                        mac, what);
        report_at(x, off, msg);
        free(msg);
      }
      free(mac);
    }
    clang_disposeString(t);
    clang_disposeDiagnostic(d);
  }
}

int fe_check_annotations(Unit *u) {
  Ctx x = {u, {0}, 0, NULL, NULL};
  CXCursor tu = clang_getTranslationUnitCursor(u->tu);
  check_ignored(&x);
  clang_visitChildren(tu, file_names, &x.global);
  clang_visitChildren(tu, check_top, &x);
  names_free(&x.global);
  free(x.last);
  if (x.errors) fprintf(stderr, "%d error%s generated.\n", x.errors, x.errors == 1 ? "" : "s");
  return x.errors;
}
