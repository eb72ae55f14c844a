/*
 * json_walk.c - generate a JSON document, parse it, and report on it.
 *
 * A pseudo-random document (an object whose members are large nested
 * records) is written as text, parsed back into a node tree allocated
 * from an arena, and then each top-level member is summarised:
 * node count, numeric sum, maximum depth, pretty-printed size and a
 * canonical (key-order independent) hash.  Finally the whole document is
 * pretty-printed into a buffer and the buffer is hashed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TOP_MEMBERS
#define TOP_MEMBERS   48
#endif
#ifndef ITEMS_MIN
#define ITEMS_MIN     100
#define ITEMS_SPREAD  900
#endif
#define MAX_GEN_DEPTH 6
#define MAX_DEPTH     64
#define INDENT        2

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JType;

typedef struct Node {
    JType        type;
    int          boolean;
    double       num;
    const char  *str;        /* J_STR value, NUL-terminated (arena) */
    size_t       str_len;
    const char  *key;        /* set when the node is an object member */
    size_t       key_len;
    struct Node *child;      /* first child for arrays / objects */
    struct Node *next;       /* next sibling */
    size_t       nchild;
} Node;

typedef struct {
    char  *data;
    size_t len, cap;
} StrBuf;

typedef struct {
    const char *src;
    size_t      pos, len;
    int         line;
} Parser;

typedef struct {
    size_t   nodes;
    double   sum;
    int      depth;
    size_t   pretty_bytes;
    uint64_t chash;
} Summary;

static const char *const field_names[] = {
    "id", "name", "type", "value", "tags", "children", "weight", "enabled",
    "created", "owner", "ratio", "limits", "payload", "meta", "index", "note",
};
#define NFIELDS (sizeof field_names / sizeof field_names[0])

static const char *const words[] = {
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
    "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
};
#define NWORDS (sizeof words / sizeof words[0])

/* Node / string arenas used by the parser; chunks are never moved. */
#define MAX_CHUNKS 1024
static void  *arena_chunks[MAX_CHUNKS];
static int    arena_nchunks;
static Node  *node_pool;
static size_t node_used, node_cap;
static char  *str_pool;
static size_t str_used, str_cap;

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint32_t rnd(uint32_t n)
{
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return (uint32_t)((rng * 0x2545F4914F6CDD1Dull) >> 33) % n;
}

static void die(const char *msg)
{
    fprintf(stderr, "json_walk: %s\n", msg);
    exit(EXIT_FAILURE);
}

/* ------------------------------------------------------------------ */
/* String buffer                                                       */
/* ------------------------------------------------------------------ */

static void sb_reserve(StrBuf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 4096;
        while (b->len + extra + 1 > nc)
            nc *= 2;
        b->data = realloc(b->data, nc);
        if (!b->data)
            die("out of memory");
        b->cap = nc;
    }
}

static void sb_putc(StrBuf *b, char c) { sb_reserve(b, 1); b->data[b->len++] = c; }

static void sb_puts(StrBuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static void sb_printf_num(StrBuf *b, double v)
{
    char tmp[40];
    int n = snprintf(tmp, sizeof tmp, "%.2f", v);
    sb_puts(b, tmp, (size_t)n);
}

/* ------------------------------------------------------------------ */
/* Generator                                                           */
/* ------------------------------------------------------------------ */

static void gen_value(StrBuf *b, int depth);

static void gen_string(StrBuf *b)
{
    int i, n = 1 + (int)rnd(3);
    sb_putc(b, '"');
    for (i = 0; i < n; i++) {
        const char *w = words[rnd(NWORDS)];
        if (i)
            sb_putc(b, rnd(8) == 0 ? '\\' : ' ');
        if (b->data[b->len - 1] == '\\')
            sb_putc(b, rnd(2) ? 'n' : '"');
        sb_puts(b, w, strlen(w));
    }
    sb_putc(b, '"');
}

static void gen_object(StrBuf *b, int depth)
{
    int i, n = 2 + (int)rnd(depth < 3 ? 7 : 4);
    sb_putc(b, '{');
    for (i = 0; i < n; i++) {
        const char *k = field_names[rnd(NFIELDS)];
        if (i)
            sb_putc(b, ',');
        sb_putc(b, '"');
        sb_puts(b, k, strlen(k));
        if (rnd(3) == 0) {           /* make keys a bit more varied */
            sb_putc(b, '_');
            sb_putc(b, (char)('a' + rnd(26)));
        }
        sb_puts(b, "\":", 2);
        gen_value(b, depth + 1);
    }
    sb_putc(b, '}');
}

static void gen_array(StrBuf *b, int depth)
{
    int i, n = (int)rnd(depth < 2 ? 14 : 6);
    sb_putc(b, '[');
    for (i = 0; i < n; i++) {
        if (i)
            sb_putc(b, ',');
        gen_value(b, depth + 1);
    }
    sb_putc(b, ']');
}

static void gen_value(StrBuf *b, int depth)
{
    uint32_t r = rnd(100);
    uint32_t nest = depth < MAX_GEN_DEPTH ? 44 - 6 * (uint32_t)depth : 0;

    if (r < nest / 2) {
        gen_object(b, depth);
    } else if (r < nest) {
        gen_array(b, depth);
    } else if (r < 65) {
        sb_printf_num(b, (double)((int)rnd(200000) - 100000) * 0.25);
    } else if (r < 88) {
        gen_string(b);
    } else if (r < 96) {
        if (rnd(2))
            sb_puts(b, "true", 4);
        else
            sb_puts(b, "false", 5);
    } else {
        sb_puts(b, "null", 4);
    }
}

/* One top-level record: a header object plus a variable-length item list. */
static void gen_record(StrBuf *b, int idx)
{
    int i, nitems = ITEMS_MIN + (int)rnd(ITEMS_SPREAD);
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "{\"id\":%d,\"header\":", idx);

    sb_puts(b, tmp, (size_t)n);
    gen_object(b, 1);
    sb_puts(b, ",\"items\":[", 10);
    for (i = 0; i < nitems; i++) {
        if (i)
            sb_putc(b, ',');
        gen_object(b, 1);
    }
    sb_puts(b, "]}", 2);
}

static void gen_document(StrBuf *b)
{
    int i;
    sb_putc(b, '{');
    for (i = 0; i < TOP_MEMBERS; i++) {
        char key[32];
        int n = snprintf(key, sizeof key, "\"record_%03d\":", i);
        if (i)
            sb_putc(b, ',');
        sb_puts(b, key, (size_t)n);
        gen_record(b, i);
    }
    sb_putc(b, '}');
    b->data[b->len] = '\0';
}

/* ------------------------------------------------------------------ */
/* Parser                                                              */
/* ------------------------------------------------------------------ */

static void *arena_chunk(size_t bytes)
{
    void *p;
    if (arena_nchunks == MAX_CHUNKS)
        die("arena: too many chunks");
    p = calloc(1, bytes);
    if (!p)
        die("out of memory (arena)");
    arena_chunks[arena_nchunks++] = p;
    return p;
}

static void arena_free_all(void)
{
    while (arena_nchunks > 0)
        free(arena_chunks[--arena_nchunks]);
    node_pool = NULL;
    str_pool = NULL;
    node_used = node_cap = str_used = str_cap = 0;
}

static Node *new_node(JType t)
{
    Node *n;
    if (node_used == node_cap) {
        node_cap = 1u << 16;
        node_pool = arena_chunk(node_cap * sizeof *node_pool);
        node_used = 0;
    }
    n = &node_pool[node_used++];
    n->type = t;
    return n;
}

static char *str_alloc(size_t n)
{
    char *p;
    if (str_used + n > str_cap) {
        str_cap = n > (1u << 20) ? n : (1u << 20);
        str_pool = arena_chunk(str_cap);
        str_used = 0;
    }
    p = str_pool + str_used;
    str_used += n;
    return p;
}

static void parse_error(const Parser *ps, const char *what)
{
    fprintf(stderr, "parse error at line %d, offset %zu: %s\n", ps->line, ps->pos, what);
    exit(EXIT_FAILURE);
}

static void skip_ws(Parser *ps)
{
    while (ps->pos < ps->len) {
        char c = ps->src[ps->pos];
        if (c == '\n')
            ps->line++;
        else if (c != ' ' && c != '\t' && c != '\r')
            break;
        ps->pos++;
    }
}

static const char *parse_string(Parser *ps, size_t *out_len)
{
    size_t start = ++ps->pos, n = 0, i;
    char *out;

    while (ps->pos < ps->len && ps->src[ps->pos] != '"') {
        if (ps->src[ps->pos] == '\\')
            ps->pos++;
        ps->pos++;
        n++;
    }
    if (ps->pos >= ps->len)
        parse_error(ps, "unterminated string");
    out = str_alloc(n + 1);
    for (i = start, n = 0; i < ps->pos; i++) {
        char c = ps->src[i];
        if (c == '\\') {
            c = ps->src[++i];
            switch (c) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case '"': case '\\': case '/': break;
            default: parse_error(ps, "bad escape");
            }
        }
        out[n++] = c;
    }
    out[n] = '\0';
    ps->pos++;
    *out_len = n;
    return out;
}

static Node *parse_value(Parser *ps, int depth);

static Node *parse_container(Parser *ps, int depth, int is_obj)
{
    Node *node = new_node(is_obj ? J_OBJ : J_ARR), **tail = &node->child;
    char close = is_obj ? '}' : ']';

    ps->pos++;
    skip_ws(ps);
    if (ps->pos < ps->len && ps->src[ps->pos] == close) {
        ps->pos++;
        return node;
    }
    for (;;) {
        const char *key = NULL;
        size_t key_len = 0;
        Node *child;

        skip_ws(ps);
        if (is_obj) {
            if (ps->pos >= ps->len || ps->src[ps->pos] != '"')
                parse_error(ps, "expected key");
            key = parse_string(ps, &key_len);
            skip_ws(ps);
            if (ps->pos >= ps->len || ps->src[ps->pos] != ':')
                parse_error(ps, "expected ':'");
            ps->pos++;
        }
        child = parse_value(ps, depth + 1);
        child->key = key;
        child->key_len = key_len;
        *tail = child;
        tail = &child->next;
        node->nchild++;
        skip_ws(ps);
        if (ps->pos < ps->len && ps->src[ps->pos] == ',') {
            ps->pos++;
            continue;
        }
        if (ps->pos < ps->len && ps->src[ps->pos] == close) {
            ps->pos++;
            return node;
        }
        parse_error(ps, is_obj ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static Node *parse_value(Parser *ps, int depth)
{
    Node *n;
    char c;

    if (depth > MAX_DEPTH)
        parse_error(ps, "nesting too deep");
    skip_ws(ps);
    if (ps->pos >= ps->len)
        parse_error(ps, "unexpected end of input");
    c = ps->src[ps->pos];
    if (c == '{' || c == '[')
        return parse_container(ps, depth, c == '{');
    if (c == '"') {
        n = new_node(J_STR);
        n->str = parse_string(ps, &n->str_len);
        return n;
    }
    if (strncmp(ps->src + ps->pos, "true", 4) == 0 || strncmp(ps->src + ps->pos, "false", 5) == 0) {
        n = new_node(J_BOOL);
        n->boolean = (c == 't');
        ps->pos += n->boolean ? 4 : 5;
        return n;
    }
    if (strncmp(ps->src + ps->pos, "null", 4) == 0) {
        ps->pos += 4;
        return new_node(J_NULL);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        char *end;
        n = new_node(J_NUM);
        n->num = strtod(ps->src + ps->pos, &end);
        ps->pos = (size_t)(end - ps->src);
        return n;
    }
    parse_error(ps, "unexpected character");
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Walkers                                                             */
/* ------------------------------------------------------------------ */

static size_t count_nodes(const Node *n)
{
    size_t c = 1;
    const Node *ch;
    for (ch = n->child; ch; ch = ch->next)
        c += count_nodes(ch);
    return c;
}

static double sum_numbers(const Node *n)
{
    double s = n->type == J_NUM ? n->num : 0.0;
    const Node *ch;
    for (ch = n->child; ch; ch = ch->next)
        s += sum_numbers(ch);
    return s;
}

static int max_depth(const Node *n)
{
    int d = 0;
    const Node *ch;
    for (ch = n->child; ch; ch = ch->next) {
        int cd = max_depth(ch);
        if (cd > d)
            d = cd;
    }
    return d + 1;
}

/* escaped length of a string as the printer would write it */
static size_t escaped_len(const char *s, size_t n)
{
    size_t i, len = 2;
    for (i = 0; i < n; i++)
        len += (s[i] == '"' || s[i] == '\\' || s[i] == '\n') ? 2 : 1;
    return len;
}

static size_t pretty_size(const Node *n, int indent)
{
    char tmp[40];
    size_t sz = 0;
    const Node *ch;

    switch (n->type) {
    case J_NULL: return 4;
    case J_BOOL: return n->boolean ? 4 : 5;
    case J_NUM:  return (size_t)snprintf(tmp, sizeof tmp, "%.2f", n->num);
    case J_STR:  return escaped_len(n->str, n->str_len);
    case J_ARR:
    case J_OBJ:
        if (!n->child)
            return 2;
        sz = 2 + 1 + (size_t)indent;                       /* brackets, final newline + indent */
        for (ch = n->child; ch; ch = ch->next) {
            sz += 1 + (size_t)(indent + INDENT);           /* newline + indent */
            if (n->type == J_OBJ)
                sz += escaped_len(ch->key, ch->key_len) + 2;   /* "key": */
            sz += pretty_size(ch, indent + INDENT);
            if (ch->next)
                sz += 1;
        }
        return sz;
    }
    return 0;
}

static uint64_t fnv64(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    while (n--) {
        h ^= *b++;
        h *= 0x100000001B3ull;
    }
    return h;
}

static int cmp_node_key(const void *a, const void *b)
{
    const Node *x = *(const Node *const *)a, *y = *(const Node *const *)b;
    size_t m = x->key_len < y->key_len ? x->key_len : y->key_len;
    int c = memcmp(x->key, y->key, m);
    if (c)
        return c;
    return (x->key_len > y->key_len) - (x->key_len < y->key_len);
}

/* Hash that does not depend on the order of object members. */
static uint64_t canonical_hash(const Node *n)
{
    uint64_t h = 0xCBF29CE484222325ull;
    unsigned char tag = (unsigned char)n->type;
    const Node *ch;

    h = fnv64(h, &tag, 1);
    switch (n->type) {
    case J_NULL: break;
    case J_BOOL: h = fnv64(h, &n->boolean, sizeof n->boolean); break;
    case J_NUM: {
        /* canonical form hashes the round-trip text of the number */
        char tmp[40];
        int len = snprintf(tmp, sizeof tmp, "%.17g", n->num);
        h = fnv64(h, tmp, (size_t)len);
        break;
    }
    case J_STR: h = fnv64(h, n->str, n->str_len); break;
    case J_ARR:
        for (ch = n->child; ch; ch = ch->next) {
            uint64_t sub = canonical_hash(ch);
            h = fnv64(h, &sub, sizeof sub);
        }
        break;
    case J_OBJ: {
        const Node **v = malloc((n->nchild ? n->nchild : 1) * sizeof *v);
        size_t i = 0;
        if (!v)
            die("out of memory (hash)");
        for (ch = n->child; ch; ch = ch->next)
            v[i++] = ch;
        qsort(v, n->nchild, sizeof *v, cmp_node_key);
        for (i = 0; i < n->nchild; i++) {
            uint64_t sub = canonical_hash(v[i]);
            h = fnv64(h, v[i]->key, v[i]->key_len);
            h = fnv64(h, &sub, sizeof sub);
        }
        free(v);
        break;
    }
    }
    return h;
}

static void put_escaped(StrBuf *b, const char *s, size_t n)
{
    size_t i;
    sb_putc(b, '"');
    for (i = 0; i < n; i++) {
        if (s[i] == '\n') { sb_putc(b, '\\'); sb_putc(b, 'n'); }
        else if (s[i] == '"' || s[i] == '\\') { sb_putc(b, '\\'); sb_putc(b, s[i]); }
        else sb_putc(b, s[i]);
    }
    sb_putc(b, '"');
}

static void pretty_print(StrBuf *b, const Node *n, int indent)
{
    const Node *ch;
    int i;

    switch (n->type) {
    case J_NULL: sb_puts(b, "null", 4); return;
    case J_BOOL: if (n->boolean) sb_puts(b, "true", 4); else sb_puts(b, "false", 5); return;
    case J_NUM:  sb_printf_num(b, n->num); return;
    case J_STR:  put_escaped(b, n->str, n->str_len); return;
    case J_ARR:
    case J_OBJ:
        sb_putc(b, n->type == J_OBJ ? '{' : '[');
        for (ch = n->child; ch; ch = ch->next) {
            sb_putc(b, '\n');
            for (i = 0; i < indent + INDENT; i++)
                sb_putc(b, ' ');
            if (n->type == J_OBJ) {
                put_escaped(b, ch->key, ch->key_len);
                sb_putc(b, ':');
                sb_putc(b, ' ');
            }
            pretty_print(b, ch, indent + INDENT);
            if (ch->next)
                sb_putc(b, ',');
        }
        if (n->child) {
            sb_putc(b, '\n');
            for (i = 0; i < indent; i++)
                sb_putc(b, ' ');
        }
        sb_putc(b, n->type == J_OBJ ? '}' : ']');
        return;
    }
}

/* ------------------------------------------------------------------ */

int main(void)
{
    StrBuf text = { 0 }, out = { 0 };
    Parser ps;
    Node *root;
    const Node *m;
    Summary sums[TOP_MEMBERS];
    size_t i, total_nodes = 0, predicted = 3 + (TOP_MEMBERS - 1);
    double total_sum = 0.0;
    uint64_t combined = 0;

    gen_document(&text);

    ps.src = text.data;
    ps.pos = 0;
    ps.len = text.len;
    ps.line = 1;
    root = parse_value(&ps, 0);
    skip_ws(&ps);
    if (ps.pos != ps.len)
        parse_error(&ps, "trailing garbage");
    if (root->type != J_OBJ || root->nchild != TOP_MEMBERS)
        die("unexpected document shape");

    for (m = root->child, i = 0; m; m = m->next, i++) {
        sums[i].nodes = count_nodes(m);
        sums[i].sum = sum_numbers(m);
        sums[i].depth = max_depth(m);
        sums[i].pretty_bytes = pretty_size(m, INDENT);
        sums[i].chash = canonical_hash(m);
    }

    for (m = root->child, i = 0; m; m = m->next, i++) {
        printf("%.*s: nodes %7zu sum %14.2f depth %d pretty %9zu hash %016llx\n",
               (int)m->key_len, m->key, sums[i].nodes, sums[i].sum, sums[i].depth,
               sums[i].pretty_bytes, (unsigned long long)sums[i].chash);
        total_nodes += sums[i].nodes;
        total_sum += sums[i].sum;
        predicted += 1 + INDENT + escaped_len(m->key, m->key_len) + 2 + sums[i].pretty_bytes;
        combined = combined * 31 + sums[i].chash;
    }

    pretty_print(&out, root, 0);

    printf("text %zu bytes, nodes %zu, sum %.2f, combined %016llx\n",
           text.len, total_nodes + 1, total_sum, (unsigned long long)combined);
    printf("pretty %zu bytes (predicted %zu), hash %016llx\n", out.len, predicted,
           (unsigned long long)fnv64(0xCBF29CE484222325ull, out.data, out.len));
    if (out.len != predicted)
        fprintf(stderr, "warning: pretty_size() disagrees with pretty_print()\n");

    arena_free_all();
    free(text.data);
    free(out.data);
    return 0;
}
