/* config_global/settings.h — global settings defined in settings.c */
#ifndef SETTINGS_H
#define SETTINGS_H
extern int g_precision;
int get_precision(void);
void set_precision(int p);
int settings_changes(void);
#endif
