/* logger_file/log.h — a file logger (log.c) */
#ifndef LOG_H
#define LOG_H
int log_open(const char *path);
void log_msg(const char *tag, int value);
int log_close(void);
#endif
