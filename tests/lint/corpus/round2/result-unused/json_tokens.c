/* A JSON-ish tokenizer that splits a document into segments and counts
 * tokens per segment.  Some of the tasks' results are thrown away. */
#include <delayed.h>
#include <ctype.h>

#define SEGMENTS 4
#define SEG_LEN 16384

enum tok_kind { TOK_STRING, TOK_NUMBER, TOK_PUNCT, TOK_WORD, TOK_KINDS };

static const char *skip_string(const char *p, const char *end) {
  for (p++; p < end && *p != '"'; p++)
    if (*p == '\\' && p + 1 < end)
      p++;
  return p < end ? p + 1 : end;
}

/* Counts the tokens of one kind in a segment. */
DELAYED long count_kind(DELAYED_IN_N(SEG_LEN) const char *seg, enum tok_kind kind) {
  const char *p = seg, *end = seg + SEG_LEN;
  long n = 0;
  while (p < end) {
    unsigned char c = (unsigned char)*p;
    if (c == '"') {
      n += kind == TOK_STRING;
      p = skip_string(p, end);
    } else if (isdigit(c) || c == '-') {
      n += kind == TOK_NUMBER;
      while (p < end && (isdigit((unsigned char)*p) || *p == '.' || *p == '-' || *p == 'e'))
        p++;
    } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',') {
      n += kind == TOK_PUNCT;
      p++;
    } else if (isalpha(c)) {
      n += kind == TOK_WORD;
      while (p < end && isalpha((unsigned char)*p))
        p++;
    } else {
      p++;
    }
  }
  return n;
}

/* Writes the nesting depth at the end of each segment. */
DELAYED void depth_profile(DELAYED_IN_N(SEG_LEN) const char *seg, DELAYED_OUT_N(1) int *depth) {
  int d = 0;
  for (int i = 0; i < SEG_LEN; i++)
    d += (seg[i] == '{' || seg[i] == '[') - (seg[i] == '}' || seg[i] == ']');
  *depth = d;
}

DELAYED void validate_segment(DELAYED_IN_N(SEG_LEN) const char *seg);

long token_report(char doc[SEGMENTS][SEG_LEN], long *numbers_out) {
  long strings[SEGMENTS];
  long numbers[SEGMENTS];
  int depth[SEGMENTS];
  int scratch_depth[SEGMENTS];
  for (int s = 0; s < SEGMENTS; s++) {
    strings[s] = delayed(count_kind)(doc[s], TOK_STRING);
    numbers[s] = delayed(count_kind)(doc[s], TOK_NUMBER);
    delayed(depth_profile)(doc[s], &depth[s]);
  }
  delayed(count_kind)(doc[0], TOK_WORD); // expect: delayed-result-unused
  if (numbers_out != 0) {
    delayed(count_kind)(doc[1], TOK_PUNCT); // expect: delayed-result-unused
  }
  delayed(depth_profile)(doc[2], &scratch_depth[2]); // expect: delayed-result-unused
  delayed_compute(strings, numbers, depth);
  long total = 0;
  for (int s = 0; s < SEGMENTS; s++) {
    total += strings[s];
    *numbers_out += numbers[s];
    if (depth[s] < 0)
      return -1;
  }
  return total;
}

long words_first_last(char doc[SEGMENTS][SEG_LEN]) {
  long w = delayed(count_kind)(doc[0], TOK_WORD); // expect: delayed-result-unused
  w = delayed(count_kind)(doc[SEGMENTS - 1], TOK_WORD);
  long p = delayed(count_kind)(doc[0], TOK_PUNCT);
  delayed_compute(w, p);
  return w + p;
}

/* Right: the results leave through pointers or are returned. */
void punct_counts(char doc[SEGMENTS][SEG_LEN], long *restrict first, long *restrict last) {
  *first = delayed(count_kind)(doc[0], TOK_PUNCT);
  *last = delayed(count_kind)(doc[SEGMENTS - 1], TOK_PUNCT);
}

int check_all(char doc[SEGMENTS][SEG_LEN]) {
  delayed_token ok[SEGMENTS];
  for (int s = 0; s < SEGMENTS; s++)
    ok[s] = delayed_after(validate_segment(doc[s]));
  long n = delayed_bind(count_kind, ok[0], ok[1], ok[2], ok[3])(doc[0], TOK_STRING);
  delayed_token again = delayed_after(validate_segment(doc[0])); // expect: delayed-result-unused
  again = delayed_after(validate_segment(doc[1]));
  long m = delayed_bind(count_kind, again)(doc[1], TOK_STRING);
  delayed_compute(n, m);
  return n > 0 && m > 0;
}
