/* plugins.h: a registry of plugins filled by plugins.c */
#ifndef P5_PLUGINS_H
#define P5_PLUGINS_H

struct plugin {
  const char *name;
  long (*fn)(long x);
};

extern struct plugin g_plugins[3];
void plugins_register(void);
long plugins_calls(void);

#endif
