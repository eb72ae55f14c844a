/* after_global_rw.c — area 4 (delayed_after, globals written by one task and read by
 * another): a settings global is written by delayed_after tasks; one reader task is
 * bound to the writer's token with delayed_bind, another reader is not bound at all,
 * and main reads the global too.  Serial order decides every value. */
#include <stdio.h>
#include "delayed.h"

static int g_level = 1;
static char g_name[16] = "default";

DELAYED void set_level(int level) {
  g_level = level;
}

DELAYED void set_name(char c) {
  for (int i = 0; i < 15; i++)
    g_name[i] = (char)(c + i % 3);
  g_name[15] = '\0';
}

DELAYED int scaled(int x) {
  return x * g_level;
}

DELAYED int name_code(void) {
  int h = 0;
  for (int i = 0; g_name[i]; i++)
    h = h * 31 + g_name[i];
  return h & 0xffff;
}

int main(void) {
  delayed_token t1 = delayed_after(set_level(3));
  int a = delayed_bind(scaled, t1)(10);
  int b = scaled(20);
  (void)delayed_after(set_level(5));
  int c = scaled(30);
  printf("a=%d b=%d c=%d level=%d\n", a, b, c, g_level);

  int codes[4];
  codes[0] = name_code();
  delayed_token t2 = delayed_after(set_name('a'));
  codes[1] = delayed_bind(name_code, t2)();
  (void)delayed_after(set_name('p'));
  codes[2] = name_code();
  delayed_token t3 = delayed_after(set_level(7));
  delayed_compute(t3);
  codes[3] = name_code();
  for (int i = 0; i < 4; i++)
    printf("code[%d] = %d\n", i, codes[i]);
  printf("name=%s level=%d\n", g_name, g_level);
  return 0;
}
