/* A text index over three files (blind round 54a, after the edits suggest advised): under
 * valgrind, delayc suggest read an operator uninitialised and an index of a disposed unit. */
#include "textidx.h"
uint32_t tix_fnv1a(const char *s, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
  return h;
}
uint32_t tix_djb2(const char *s, size_t len) {
  uint32_t h = 5381;
  for (size_t i = 0; i < len; i++) h = h * 33u + (unsigned char)s[i];
  return h;
}
