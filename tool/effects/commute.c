/* commute.c — updates of a global whose order does not matter.
 *
 * A statement that only adds to a global's integer (`total += n;`, `hits++;`,
 * `hist[b]--;`, `sum = sum + n;`), ors, ands or xors into it (`mask |= bit;`),
 * or keeps the least or the greatest of it and a value (`if (d < best) best =
 * d;`), and reads nothing else of it, gives the same result whatever the order
 * it runs in among updates of the same kind.  A task whose only use of a
 * global is such updates of one kind runs in any order with the other tasks
 * that update it so (analysis/shared_state.c, shared_state_commute), each
 * update made atomic (lower/atomic_updates.c).  docs/lowering.md, "Updates in
 * any order", says what qualifies and what does not:
 *
 *   - sums over floating-point values do not (the rounding depends on the
 *     order), nor do least and greatest of them: 0.0 and -0.0 compare equal,
 *     and which one is kept depends on the order (blind 73b: -0 printed for
 *     0); least and greatest of integers do;
 *   - the statement is spelled in the main file, outside macros (its parts are
 *     rewritten), in a statement's place (its value unused) — or it is atomic
 *     as written and left as it is: `__atomic_fetch_add(&g, n, ...)`,
 *     `__sync_fetch_and_or`, <stdatomic.h>'s `atomic_fetch_add(&g, n)` (a
 *     macro), `g += n` on an `_Atomic` g, a statement under `#pragma omp atomic`;
 *   - the place updated is the global itself, an element or a member of it
 *     (`hist[b]`, `st.count`: not through a pointer, not a bit-field, not a
 *     union's member — members overlap), of a size the processor updates
 *     atomically by itself;
 *   - the operand reads nothing of the global and calls no DELAYED function;
 *     where the statement spells the place twice (`sum = sum + n`, the `if`),
 *     both spellings are the same text and have no side effects;
 *   - the function does not spawn tasks itself (call a DELAYED function): its
 *     own waits and renamed results stay out of the rewritten text, which is
 *     then the statement's own words;
 *   - a sum or a bit operation is not made in a loop whose iterations do less
 *     than UPDATE_MIN_NS of work (`hist[data[i]]++`), here or around a call
 *     that leads to it (effects.c): an atomic read-modify-write there would
 *     cost more than the tasks gain, so those tasks keep their order.  The
 *     least and the greatest are exempt: an atomic load is all they cost
 *     until the value improves. */
#include "effects/effects.h"
#include "cost/cost.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static CXType canon(Node *n) { return clang_getCanonicalType(clang_getCursorType(n->cur)); }

/* Past implicit conversions only (not parentheses: they are text). */
static Node *implicit(Node *n) {
  while (n && n->kind == CXCursor_UnexposedExpr && n->nkid == 1) n = n->kid[0];
  return n;
}

/* An integer type an operand may have, and a place (not char16_t, char32_t) */
static int integer_kind(enum CXTypeKind k) { return k >= CXType_Char_U && k <= CXType_LongLong && k != CXType_Bool; }
static int integer(CXType t) { return integer_kind(t.kind) && t.kind != CXType_Char16 && t.kind != CXType_Char32; }

/* The global a place is part of: `g`, `g[i]`, `g.m`, `g[i].m[j]` (not through
 * a pointer), or a null cursor. */
static CXCursor place_root(Node *n) {
  n = fe_strip(n);
  while (n) {
    if (n->kind == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(n->cur);
      return fx_is_mutable_global(d) ? clang_getCanonicalCursor(d) : clang_getNullCursor();
    }
    if (n->kind == CXCursor_ArraySubscriptExpr && n->nkid == 2) {
      Node *b = implicit(n->kid[0]);   /* the array decays: its base is an array, not a pointer */
      if (canon(b).kind != CXType_ConstantArray) break;
      n = fe_strip(b);
      continue;
    }
    if (n->kind == CXCursor_MemberRefExpr && n->nkid == 1) {
      CXType bt = canon(n->kid[0]);
      /* a union's members overlap: adding to a whole and to a half do not commute */
      if (bt.kind != CXType_Record || clang_getCursorKind(clang_getTypeDeclaration(bt)) == CXCursor_UnionDecl ||
          clang_Cursor_isBitField(clang_getCursorReferenced(n->cur)))
        break;
      n = fe_strip(n->kid[0]);
      continue;
    }
    break;
  }
  return clang_getNullCursor();
}

/* How many times n names the declaration d. */
static int count_names(Node *n, CXCursor d) {
  int k = n->kind == CXCursor_DeclRefExpr &&
          clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), d);
  for (int i = 0; i < n->nkid; i++) k += count_names(n->kid[i], d);
  return k;
}

/* Calls, assignments, ++/--, volatile reads: evaluating n twice or once differs. */
static int side_effects(Unit *u, Node *n) {
  if (n->kind == CXCursor_CallExpr || n->kind == CXCursor_CompoundAssignOperator || n->kind == CXCursor_StmtExpr)
    return 1;
  if (n->kind == CXCursor_BinaryOperator && fe_is_assign(u, n)) return 1;
  if (n->kind == CXCursor_UnaryOperator && fe_is_incdec(u, n)) return 1;
  if (clang_isExpression(n->kind) && clang_isVolatileQualifiedType(clang_getCursorType(n->cur))) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (side_effects(u, n->kid[i])) return 1;
  return 0;
}

/* A call of a DELAYED function (a task) in n: its statement is the task's. */
static int delayed_call(Unit *u, Node *n) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    if (clang_getCursorKind(d) == CXCursor_FunctionDecl) {
      char *nm = fe_spelling(d);
      int mark = !strncmp(nm, "delayc__mark_", 13);
      free(nm);
      if (mark || fe_callee(u, d)->delayed) return 1;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (delayed_call(u, n->kid[i])) return 1;
  return 0;
}

/* The same text, blanks aside. */
static int same_text(Unit *u, Node *a, Node *b) {
  unsigned i = a->beg, j = b->beg;
  for (;;) {
    while (i < a->end && isspace((unsigned char)u->src[i])) i++;
    while (j < b->end && isspace((unsigned char)u->src[j])) j++;
    if (i == a->end || j == b->end) return i == a->end && j == b->end;
    if (u->src[i++] != u->src[j++]) return 0;
  }
}

/* The operator between a binary node's operands, as spelled. */
static int op_is(Unit *u, Node *b, const char *op) {
  unsigned p = fe_skip_space(u, b->kid[0]->end), n = (unsigned)strlen(op);
  if (p + n > b->kid[1]->beg || strncmp(u->src + p, op, n)) return 0;
  return fe_skip_space(u, p + n) == b->kid[1]->beg;
}

/* n stands where a statement does: its value is not used. */
static int statement_place(Node *n) {
  Node *p = n->parent;
  if (!p || !p->nkid) return 0;
  switch (p->kind) {
  case CXCursor_CompoundStmt: return 1;
  case CXCursor_LabelStmt: case CXCursor_CaseStmt: case CXCursor_DefaultStmt: case CXCursor_ForStmt:
    return p->kid[p->nkid - 1] == n;
  case CXCursor_IfStmt: return p->kid[0] != n;
  case CXCursor_WhileStmt: return p->nkid == 2 && p->kid[1] == n;
  case CXCursor_DoStmt: return p->kid[0] == n;
  default: return 0;
  }
}

/* Spelled in the main file, outside any macro use. */
static int plain_text(Unit *u, Node *n) {
  return !n->macro && !fe_in_user_macro(u, n->beg, n->end) &&
         clang_Location_isFromMainFile(clang_getCursorLocation(n->cur));
}

/* The kinds a processor updates atomically without a lock: up to 8 bytes. */
static int lock_free(CXType t) {
  long long s = clang_Type_getSizeOf(t);
  return s == 1 || s == 2 || s == 4 || s == 8;
}

static Update arith_op(const char *op, int *sub) {
  *sub = !strcmp(op, "-");
  return !strcmp(op, "+") || *sub ? UPD_ADD : !strcmp(op, "|") ? UPD_OR : !strcmp(op, "&") ? UPD_AND
         : !strcmp(op, "^") ? UPD_XOR : UPD_NONE;
}

/* The operation of a compiler's or <stdatomic.h>'s atomic read-modify-write
 * by name (`__atomic_fetch_add`, `__sync_add_and_fetch`, `atomic_fetch_or`,
 * `atomic_fetch_sub_explicit` ...), or UPD_NONE. */
static Update atomic_op(const char *s, size_t len, int *sub) {
  static const char *const pre[] = {"__atomic_fetch_", "__c11_atomic_fetch_", "atomic_fetch_", "__sync_fetch_and_",
                                    "__atomic_", "__sync_", NULL};
  static const char *const ops[] = {"add", "sub", "or", "and", "xor", NULL};
  for (int i = 0; pre[i]; i++) {
    size_t pl = strlen(pre[i]);
    if (len <= pl || strncmp(s, pre[i], pl)) continue;
    for (int k = 0; ops[k]; k++) {
      size_t ol = strlen(ops[k]);
      if (len < pl + ol || strncmp(s + pl, ops[k], ol)) continue;
      const char *rest = s + pl + ol;
      size_t rl = len - pl - ol;
      int fetch_first = i < 4;        /* __atomic_add_fetch, __sync_add_and_fetch: the other order */
      if ((fetch_first && (rl == 0 || (rl == 9 && !strncmp(rest, "_explicit", 9)))) ||
          (!fetch_first && ((rl == 6 && !strncmp(rest, "_fetch", 6)) || (rl == 10 && !strncmp(rest, "_and_fetch", 10))))) {
        *sub = k == 1;
        return k <= 1 ? UPD_ADD : k == 2 ? UPD_OR : k == 3 ? UPD_AND : UPD_XOR;
      }
    }
  }
  return UPD_NONE;
}

/* `__atomic_fetch_add(&L, V, order)`, `atomic_fetch_add(&L, V)`,
 * `__sync_fetch_and_or(&L, V)` ... as a statement: atomic already. */
static int atomic_stmt(Unit *u, Node *n, UpdateStmt *us) {
  memset(us, 0, sizeof *us);
  us->stmt = n;
  Node *args[3];
  int na = 0;
  if (n->kind == CXCursor_CallExpr && n->nkid >= 3) {       /* __sync_*: a call of a builtin */
    Node *f = fe_direct_callee(n);
    if (!f) return 0;
    char *nm = fe_spelling(clang_getCursorReferenced(f->cur));
    size_t l = strlen(nm);
    while (l > 0 && nm[l - 1] >= '0' && nm[l - 1] <= '9') l--;   /* __sync_fetch_and_add_8: its size */
    if (l < strlen(nm) && l > 0 && nm[l - 1] == '_') l--;
    else l = strlen(nm);
    us->op = atomic_op(nm, l, &us->sub);
    free(nm);
    args[0] = n->kid[1];
    args[1] = n->kid[2];
    na = 2;
  } else if (n->kind == CXCursor_UnexposedExpr && n->nkid >= 2) {   /* __atomic_*: by its text */
    size_t l = 0;
    while (n->beg + l < n->end && (isalnum((unsigned char)u->src[n->beg + l]) || u->src[n->beg + l] == '_')) l++;
    us->op = atomic_op(u->src + n->beg, l, &us->sub);
    /* its operands in the order written: the pointer, then the value */
    for (int i = 0; i < n->nkid && na < 3; i++) args[na++] = n->kid[i];
    for (int i = 1; i < na; i++)
      for (int j = i; j > 0 && args[j]->beg < args[j - 1]->beg; j--) { Node *t = args[j]; args[j] = args[j - 1]; args[j - 1] = t; }
  }
  if (!us->op || na < 2) return 0;
  Node *p = fe_strip(args[0]);
  while (p && p->kind == CXCursor_CStyleCastExpr && p->nkid) p = fe_strip(p->kid[p->nkid - 1]);
  /* &L, told by types (inside <stdatomic.h>'s macros the operator has no text of its own) */
  if (!p || p->kind != CXCursor_UnaryOperator || p->nkid != 1 || canon(p).kind != CXType_Pointer ||
      !clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(canon(p))), canon(p->kid[0])))
    return 0;
  us->lv = p->kid[0];
  us->val = args[1];
  us->form = UF_COMPOUND;
  us->atomic = 1;
  CXType lt = canon(us->lv);
  if (lt.kind == CXType_Atomic) lt = clang_getCanonicalType(clang_Type_getValueType(lt));
  return integer(lt) && lock_free(lt) && integer_kind(canon(implicit(us->val)).kind);
}

/* `L op= V`, `L++`, `++L`, `L--`, `--L`, `L = L op V`, `L = V op L`. */
static int arith_stmt(Unit *u, Node *n, UpdateStmt *us) {
  memset(us, 0, sizeof *us);
  us->stmt = n;
  if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && fe_is_incdec(u, n)) {
    us->lv = n->kid[0];
    us->form = n->beg < n->kid[0]->beg ? UF_PREFIX : UF_POSTFIX;
    us->sub = u->src[us->form == UF_PREFIX ? n->beg : fe_skip_space(u, n->kid[0]->end)] == '-';
    us->op = UPD_ADD;
  } else if (n->kind == CXCursor_CompoundAssignOperator && n->nkid == 2) {
    static const char *const ops[] = {"+=", "-=", "|=", "&=", "^="};
    int k = 0;
    while (k < 5 && !op_is(u, n, ops[k])) k++;
    if (k == 5) return 0;
    char one[2] = {ops[k][0], 0};
    us->op = arith_op(one, &us->sub);
    us->form = UF_COMPOUND;
    us->lv = n->kid[0];
    us->val = n->kid[1];
  } else if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && op_is(u, n, "=")) {
    Node *r = implicit(n->kid[1]);
    if (!r || r->kind != CXCursor_BinaryOperator || r->nkid != 2) return 0;
    static const char *const ops[] = {"+", "-", "|", "&", "^"};
    int k = 0;
    while (k < 5 && !op_is(u, r, ops[k])) k++;
    if (k == 5) return 0;
    us->op = arith_op(ops[k], &us->sub);
    us->lv = n->kid[0];
    if (same_text(u, fe_strip(r->kid[0]), fe_strip(n->kid[0]))) {
      us->form = UF_SELF_LEFT;
      us->lv2 = r->kid[0];
      us->val = r->kid[1];
    } else if (!us->sub && same_text(u, fe_strip(r->kid[1]), fe_strip(n->kid[0]))) {
      us->form = UF_SELF_RIGHT;
      us->lv2 = r->kid[1];
      us->val = r->kid[0];
    } else {
      return 0;
    }
    /* the sum is computed in the promoted type and converted back: the same
     * as the atomic operation's wrap-around only for an operand of integer type */
    if (side_effects(u, n->kid[0])) return 0;
  } else {
    return 0;
  }
  CXType lt = canon(us->lv);
  if (lt.kind == CXType_Atomic) {
    /* an _Atomic object: `x += n`, `x++` are atomic already; `x = x + n` is a load and a store */
    if (us->form == UF_SELF_LEFT || us->form == UF_SELF_RIGHT) return 0;
    us->atomic = 1;
    lt = clang_getCanonicalType(clang_Type_getValueType(lt));
  }
  if (!integer(lt) || !lock_free(lt) || clang_isVolatileQualifiedType(clang_getCursorType(us->lv->cur))) return 0;
  if (us->val) {
    Node *v = implicit(us->val);
    if (!integer_kind(canon(v).kind)) return 0;
  }
  return 1;
}

static int is_unsigned(enum CXTypeKind k) {
  return k == CXType_Char_U || k == CXType_UChar || k == CXType_UShort || k == CXType_UInt || k == CXType_ULong ||
         k == CXType_ULongLong;
}

/* Every value of integer type `from` is one of `to` (and compares the same
 * against it): same signedness no wider, or unsigned into a wider signed. */
static int widens(CXType from, CXType to) {
  if (!integer(from)) return 0;
  long long a = clang_Type_getSizeOf(from), b = clang_Type_getSizeOf(to);
  int ua = is_unsigned(from.kind), ub = is_unsigned(to.kind);
  return ua == ub ? a <= b : ua && !ub && a < b;
}

/* `if (V < L) L = V;` (or >, <=, >=, either side) with no else. */
static int keep_stmt(Unit *u, Node *n, UpdateStmt *us) {
  memset(us, 0, sizeof *us);
  if (n->kind != CXCursor_IfStmt || n->nkid != 2) return 0;
  Node *c = fe_strip(n->kid[0]), *t = n->kid[1];
  if (t->kind == CXCursor_CompoundStmt) {
    if (t->nkid != 1) return 0;
    t = t->kid[0];
  }
  if (!c || c->kind != CXCursor_BinaryOperator || c->nkid != 2 || t->kind != CXCursor_BinaryOperator ||
      t->nkid != 2 || !op_is(u, t, "="))
    return 0;
  static const char *const rels[] = {"<=", ">=", "<", ">"};
  int k = 0;
  while (k < 4 && !op_is(u, c, rels[k])) k++;
  if (k == 4) return 0;
  Node *a = fe_strip(c->kid[0]), *b = fe_strip(c->kid[1]), *l = fe_strip(t->kid[0]), *v = fe_strip(t->kid[1]);
  int lv_first;
  if (same_text(u, a, l) && same_text(u, b, v)) lv_first = 1;
  else if (same_text(u, b, l) && same_text(u, a, v)) lv_first = 0;
  else return 0;
  /* `V < L`: V is kept when smaller (least); `L < V`: when greater */
  int less = rels[k][0] == '<';
  us->op = less != lv_first ? UPD_MIN : UPD_MAX;
  us->form = UF_IF;
  us->stmt = n;
  us->cmp = c;
  us->lv = lv_first ? c->kid[0] : c->kid[1];
  us->val = lv_first ? c->kid[1] : c->kid[0];
  us->lv2 = t->kid[0];
  us->assign = t;
  us->rel = rels[k];
  CXType lt = canon(l);
  if (!integer(lt) || !lock_free(lt) ||
      clang_isVolatileQualifiedType(clang_getCursorType(l->cur)))
    return 0;
  /* the atomic loop compares the value converted to the place's type: the
   * same test only when that conversion keeps every value */
  if (!(integer(lt) ? widens(canon(v), lt) : canon(v).kind == lt.kind)) return 0;
  if (side_effects(u, n->kid[0]) || side_effects(u, t->kid[1])) return 0;
  return 1;
}

/* Questions asked for every access to a global, about the function or the
 * loop around it: each answer kept with the unit, by the cursor asked about. */
typedef struct Memo { CXCursor *key; long long *val; int n, last; } Memo;
typedef struct Memos { Memo spawning, iteration; } Memos;

static void memos_dispose(void *p) {
  Memos *m = p;
  free(m->spawning.key); free(m->spawning.val);
  free(m->iteration.key); free(m->iteration.val);
  free(m);
}

static Memos *memos(Unit *u) {
  Memos *m = fe_kept(u, memos_dispose);
  if (!m) {
    m = xcalloc(1, sizeof *m);
    fe_keep(u, m, memos_dispose);
  }
  return m;
}

/* The value kept for k, or 0 (then *found is 0). */
static long long memo_get(Memo *m, CXCursor k, int *found) {
  *found = 1;
  if (m->n && clang_equalCursors(m->key[m->last], k)) return m->val[m->last];
  for (int i = 0; i < m->n; i++)
    if (clang_equalCursors(m->key[i], k)) return m->val[m->last = i];
  *found = 0;
  return 0;
}

static long long memo_put(Memo *m, CXCursor k, long long v) {
  m->key = xrealloc(m->key, (size_t)(m->n + 1) * sizeof *m->key);
  m->val = xrealloc(m->val, (size_t)(m->n + 1) * sizeof *m->val);
  m->key[m->n] = k;
  m->val[m->n] = v;
  m->last = m->n++;
  return v;
}

/* Does the function whose body holds n spawn tasks (call a DELAYED function)? */
static int in_spawning_function(Unit *u, Node *n) {
  while (n->parent) n = n->parent;
  Memo *m = &memos(u)->spawning;
  int found;
  long long v = memo_get(m, n->cur, &found);
  return (int)(found ? v : memo_put(m, n->cur, delayed_call(u, n)));
}

static int is_loop(Node *n) {
  return n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt;
}

/* Does the function return right after n, whatever happens on the way: a
 * `return` follows it in a block around it, with no break, continue or goto in
 * between, and no loop between n and that block?  Then n runs once per call,
 * however little work the loop around it does (the HALT case of an
 * interpreter's dispatch loop). */
static int returns_after(Node *n) {
  for (Node *a = n, *p = n->parent; p; a = p, p = p->parent) {
    if (is_loop(p)) return 0;
    if (p->kind != CXCursor_CompoundStmt) continue;
    int i = 0;
    while (i < p->nkid && p->kid[i] != a) i++;
    for (i++; i < p->nkid; i++) {
      if (p->kid[i]->kind == CXCursor_ReturnStmt) return 1;
      if (fx_may_jump(p->kid[i], 0)) return 0;
    }
  }
  return 0;
}

/* The work of one iteration of the innermost loop around n (~ns), or -1: in no
 * loop, or the function returns right after n. */
long long fx_loop_iteration(Unit *u, Node *n) {
  if (returns_after(n)) return -1;
  for (Node *p = n->parent; p; n = p, p = p->parent) {
    Node *body = p->kind == CXCursor_ForStmt || p->kind == CXCursor_WhileStmt ? p->kid[p->nkid - 1]
                 : p->kind == CXCursor_DoStmt ? p->kid[0] : NULL;
    if (body && body == n) {
      Memo *m = &memos(u)->iteration;
      int found;
      long long w = memo_get(m, body->cur, &found);
      if (!found) w = memo_put(m, body->cur, cost_stmt(body->cur));
      return w < 0 ? 0 : w;
    }
  }
  return -1;
}

/* Is the innermost loop around n a small part of its function's work (the
 * merge of a local histogram, 16 adds after 10 ms of counting)?  Its atomic
 * updates then cost little beside the rest, however little each iteration does. */
static int small_loop(Node *n) {
  Node *loop = NULL, *fn = NULL;
  for (Node *p = n->parent; p; p = p->parent) {
    if (!loop && (p->kind == CXCursor_ForStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_DoStmt)) loop = p;
    if (p->kind == CXCursor_FunctionDecl) fn = p;
  }
  if (!loop || !fn) return 0;
  long long l = cost_stmt(loop->cur), f = cost_function(fn->cur);
  return l >= 0 && f > 0 && l * 20 < f;
}

/* Is the statement at beg already atomic: `#pragma omp atomic` on the line
 * before it (blank lines aside), or `_Pragma("omp atomic")` before it on its own? */
static int omp_atomic_before(Unit *u, unsigned beg) {
  const char *s = u->src;
  unsigned p = beg;
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t')) p--;
  unsigned end = p;                       /* the text before it on its line, or the lines above */
  while (end > 0 && (s[end - 1] == '\n' || s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r')) end--;
  unsigned start = end;
  while (start > 0 && s[start - 1] != '\n') start--;
  char *line = fe_text(u, start, end > start ? end : start);
  int yes = (strstr(line, "#") && strstr(line, "pragma") && strstr(line, "omp") && strstr(line, "atomic")) ||
            strstr(line, "_Pragma(\"omp atomic") != NULL;
  free(line);
  return yes;
}

static int update_stmt(Unit *u, Node *n, UpdateStmt *us, int hot_too) {
  if (!statement_place(n)) return 0;
  if (!atomic_stmt(u, n, us)) {              /* atomic as written (<stdatomic.h>'s macros too): not rewritten */
    if (!plain_text(u, n)) return 0;
    if (!arith_stmt(u, n, us) && !keep_stmt(u, n, us)) return 0;
    us->atomic |= omp_atomic_before(u, n->beg);   /* OpenMP makes it atomic already: left as written */
  }
  if (in_spawning_function(u, n)) return 0;
  /* (an update atomic as written pays its price serially too: the user's choice) */
  if (!hot_too && us->op != UPD_MIN && us->op != UPD_MAX && !us->atomic) {
    long long w = fx_loop_iteration(u, n);
    if (w >= 0 && w < UPDATE_MIN_NS && !small_loop(n)) return 0;   /* a hot loop: atomics would cost more */
  }
  us->global = place_root(us->lv);
  if (clang_Cursor_isNull(us->global) || clang_getCursorTLSKind(us->global) != CXTLS_None) return 0;
  if (us->lv2 && !clang_equalCursors(place_root(us->lv2), us->global)) return 0;
  if (!us->atomic && (!plain_text(u, us->lv) || (us->lv2 && !plain_text(u, us->lv2)))) return 0;
  /* the global appears only as the place updated (spelled twice by `sum = sum + n` and the if) */
  if (count_names(us->stmt, us->global) != (us->lv2 ? 2 : 1)) return 0;
  if (us->val && (count_names(us->val, us->global) || delayed_call(u, us->val))) return 0;
  /* indices of the place: nothing of the global either */
  for (Node *p = fe_strip(us->lv); p && p->kind != CXCursor_DeclRefExpr; p = fe_strip(p->kid[0]))
    if (p->kind == CXCursor_ArraySubscriptExpr && (count_names(p->kid[1], us->global) || delayed_call(u, p->kid[1])))
      return 0;
  return 1;
}

int fx_update_stmt(Unit *u, Node *n, UpdateStmt *us) { return update_stmt(u, n, us, 0); }

static Update update_at(Unit *u, Node *at, CXCursor g, int hot_too) {
  g = clang_getCanonicalCursor(g);
  /* the statement around the access: up through expressions */
  Node *n = at;
  while (n->parent && clang_isExpression(n->parent->kind)) n = n->parent;
  UpdateStmt us;
  Node *cand[3] = {n, NULL, NULL};
  if (n->parent && n->parent->kind == CXCursor_IfStmt) cand[1] = n->parent;
  if (n->parent && n->parent->kind == CXCursor_CompoundStmt && n->parent->parent &&
      n->parent->parent->kind == CXCursor_IfStmt)
    cand[2] = n->parent->parent;
  for (int i = 0; i < 3; i++) {
    if (!cand[i] || !update_stmt(u, cand[i], &us, hot_too) || !clang_equalCursors(us.global, g)) continue;
    /* the access is the place itself, not something inside its indices */
    Node *places[2] = {us.lv, us.lv2};
    for (int k = 0; k < 2; k++) {
      if (!places[k]) continue;
      for (Node *p = at; p; p = p->parent) {
        if (p == places[k]) {
          /* at is the place, or the place's base chain (not an index) */
          Node *q = at;
          while (q != places[k] && q->parent && (q->parent->kind != CXCursor_ArraySubscriptExpr ||
                                                 q->parent->kid[0] == q))
            q = q->parent;
          if (q == places[k]) return us.op;
          break;
        }
      }
    }
    if (at == us.stmt || at == us.assign) return us.op;   /* the assignment, ++/--, op= */
    return UPD_NONE;
  }
  return UPD_NONE;
}

Update fx_update_at(Unit *u, Node *at, CXCursor g) { return update_at(u, at, g, 0); }

int fx_update_hot(Unit *u, Node *at, CXCursor g) { return !update_at(u, at, g, 0) && update_at(u, at, g, 1); }

const char *fx_update_name(Update op) {
  static const char *const nm[] = {"", "+=, -=, ++ or --", "|=", "&=", "^=", "least", "greatest"};
  return nm[op];
}
