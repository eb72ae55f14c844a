/* log.h: a file logger kept in log.c */
#ifndef P5_LOG_H
#define P5_LOG_H
void log_open(const char *path);
void log_msg(const char *fmt, ...);
int log_close(void);
#endif
