/* rss.c — runs a command and prints its peak resident set size in KiB on stderr
 * ("rss KIB"), from wait4's rusage.  A small C program rather than Python's own
 * fork: on Linux a child's ru_maxrss includes what the forking process had mapped
 * before exec, and this process maps almost nothing.  Usage: rss CMD [ARG...] */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: rss CMD [ARG...]\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("rss: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        perror("rss: exec");
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("rss: wait4");
        return 2;
    }
    fprintf(stderr, "rss %ld\n", ru.ru_maxrss);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
