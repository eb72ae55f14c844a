// The environment, the locale, the random state and the C library's hidden
// state: getenv reads the environment (tasks that only read it run
// together: no item), setenv writes it; setlocale(c, NULL) reads the locale,
// setlocale(c, "C") writes it; rand writes the random state; strtok writes
// the C library's state.
//
// RUN: %delayc emit %s -o %t.c -- -D_POSIX_C_SOURCE=200809L
// RUN: FileCheck %s --input-file=%t.c
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED int home_len(void) { const char *h = getenv("HOME"); return h ? (int)strlen(h) : 0; }
DELAYED int set_mode(int m) { return setenv("MODE", m ? "on" : "off", 1); }
DELAYED int locale_len(void) { const char *l = setlocale(LC_ALL, NULL); return l ? (int)strlen(l) : 0; }
DELAYED int use_c_locale(void) { return setlocale(LC_ALL, "C") != NULL; }
DELAYED int roll(void) { return rand() % 6; }
DELAYED int first_word_len(char *s) { char *w = strtok(s, " "); return w ? (int)strlen(w) : 0; }
DELAYED long clock_read(long x) { return x + (long)getenv("X"); }

int main(void) {
  char line[] = "alpha beta";
  // CHECK: depend(in: delayc_rt_env){{.*}}home_len(
  int a = home_len();
  // CHECK: depend(inout: delayc_rt_env){{.*}}set_mode(
  int b = set_mode(1);
  // CHECK: depend(in: delayc_rt_locale){{.*}}locale_len(
  int c = locale_len();
  // CHECK: depend(inout: delayc_rt_locale, {{.*}}delayc_rt_libc){{.*}}use_c_locale(
  int d = use_c_locale();
  // CHECK: depend(inout: delayc_rt_random){{.*}}roll(
  int e = roll();
  // CHECK: depend(inout: delayc_rt_random){{.*}}roll(
  int f = roll();
  // CHECK: depend(inout: delayc_rt_libc{{.*}}first_word_len(
  int g = first_word_len(line);
  return a + b + c + d + e + f + g > 1000;
}
