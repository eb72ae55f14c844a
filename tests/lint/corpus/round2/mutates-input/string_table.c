/* A string table built by tasks: each task formats, splits and trims names.
 * The writes hide behind pointer arithmetic, pointer-to-pointer parameters,
 * library calls and helpers. */
#include <delayed.h>
#include <stdio.h>
#include <string.h>

#define NAMES 32
#define NAME_LEN 48

typedef struct {
  char name[NAME_LEN];
  int hits[4];
} entry;

#define ZERO_FIRST(p) ((p)[0] = 0)
#define CLEAR_N(p, n) do { for (int i_ = 0; i_ < (n); i_++) (p)[i_] = 0; } while (0)

static void swap_chars(char *a, char *b) {
  char t = *a;
  *a = *b;
  *b = t;
}

static size_t measure(const char *s) { return strlen(s); }

/* Wrong: reverses the name it was given, with pointer arithmetic and a helper. */
DELAYED size_t reverse_name(char *s) {
  size_t n = measure(s);
  for (size_t i = 0; i < n / 2; i++)
    swap_chars(s + i, s + n - 1 - i); // expect: delayed-mutates-input
  *(s + n) = '\0'; // expect: delayed-mutates-input
  return n;
}

/* Wrong: formats into an unmarked buffer, and returns a pointer through an
 * unmarked pointer-to-pointer. */
DELAYED int label(char *buf, size_t cap, int id, const char **first_word) {
  int n = snprintf(buf, cap, "item-%04d", id); // expect: delayed-mutates-input
  *first_word = buf; // expect: delayed-mutates-input
  return n;
}

/* Wrong: a view into the middle of the table is written, and a counter of a
 * struct member array is incremented. */
DELAYED int touch_entry(entry *table, int k) {
  entry *e = table + k;
  e->hits[k & 3] += 1; // expect: delayed-mutates-input
  char *tail = e->name + 8;
  ZERO_FIRST(tail); // expect: delayed-mutates-input
  return e->hits[0];
}

/* Wrong: the const is cast away to clear a name. */
DELAYED size_t clear_name(const entry *e) {
  size_t n = strlen(e->name);
  memset((char *)e->name, 0, sizeof e->name); // expect: delayed-mutates-input
  return n;
}

/* Wrong: the alias is made first and pointed at the parameter later. */
DELAYED int later_alias(int *counts, int n) {
  int local[4] = {0, 0, 0, 0};
  int *w = local;
  int s = 0;
  for (int i = 0; i < n; i++)
    s += counts[i];
  w = counts;
  w[0] = s; // expect: delayed-mutates-input
  return s + local[0];
}

/* Wrong: splits the caller's line in place with strtok, and clears a
 * suffix in the increment of a loop. */
DELAYED int split_fields(char *line, int *lens, int n) {
  int k = 0;
  for (char *tok = strtok(line, ","); tok && k < n; tok = strtok(NULL, ",")) // expect: delayed-mutates-input
    k++;
  for (int i = 0; i < n; lens[i++] = 0) // expect: delayed-mutates-input
    continue;
  return k;
}

static const char *skip_blanks(const char **cursor) {
  while (**cursor == ' ')
    (*cursor)++;
  return *cursor;
}

/* Right: advancing a local copy of a const char pointer through its address. */
DELAYED size_t first_word_len(const char *cursor) {
  skip_blanks(&cursor);
  size_t n = 0;
  while (cursor[n] && cursor[n] != ' ')
    n++;
  return n;
}

/* Right: moving the pointer, reading, copying to a local. */
DELAYED size_t count_vowels(const char *s) {
  size_t v = 0;
  while (*s) {
    v += strchr("aeiou", *s) != NULL;
    s++;
  }
  return v;
}

DELAYED size_t reverse_copy(const char *s, DELAYED_OUT_N(NAME_LEN) char *out) {
  size_t n = strlen(s);
  if (n >= NAME_LEN)
    n = NAME_LEN - 1;
  for (size_t i = 0; i < n; i++)
    out[i] = s[n - 1 - i];
  out[n] = '\0';
  char tmp[NAME_LEN];
  memcpy(tmp, out, n + 1);
  swap_chars(tmp, tmp + (n ? n - 1 : 0));
  return n + (size_t)tmp[0];
}

DELAYED int label_ok(DELAYED_OUT_N(NAME_LEN) char *buf, int id, DELAYED_OUT const char **first) {
  int n = snprintf(buf, NAME_LEN, "item-%04d", id);
  *first = buf;
  return n;
}

/* Wrong: the classic copy loop, with the destination unmarked. */
DELAYED int copy_ids(int *dst, const int *src, int n) {
  int k = n;
  while (n-- > 0)
    *dst++ = *src++; // expect: delayed-mutates-input
  return k;
}

/* Wrong: bit flags and a member filled by memcpy. */
DELAYED int set_flags(unsigned *flags, entry *e, int id) {
  *flags <<= 1; // expect: delayed-mutates-input
  *flags |= 1u; // expect: delayed-mutates-input
  memcpy(&e->hits[0], &id, sizeof id); // expect: delayed-mutates-input
  return (int)*flags;
}

/* Wrong: an alias of an alias, a [static] array parameter, a cleared block,
 * a const dropped on the way to memset. */
DELAYED int scrub(int *counts, char name[static NAME_LEN], const char *secret, int n) {
  int *a = counts;
  int *b = a;
  b[1] = 0; // expect: delayed-mutates-input
  name[0] = '?'; // expect: delayed-mutates-input
  CLEAR_N(counts + 2, n); // expect: delayed-mutates-input
  memset((void *)secret, 0, (size_t)n); // expect: delayed-mutates-input
  return n;
}
