/* rt_signal.c — the instruments' last words when a signal ends the program.
 *
 * The trace (trace.c) writes what it has recorded when SIGINT, SIGTERM or
 * SIGHUP ends the run; the progress bar (progress.c) gives the terminal its
 * whole screen back on those and on a crash.  Each registers, before main, a
 * function for the signals it needs (delayc_rt__on_signal).  A handler is
 * installed only for those signals, and only where the signal is not
 * ignored: a signal ignored at start-up (nohup, a background job of a
 * script) stays ignored.  With no instrument on, nothing is installed.
 *
 * When the signal comes, the handler runs the registered functions (they do
 * async-signal-safe work only: write(2), no malloc, no stdio), then lets the
 * signal take the course it had before: the previous handler is called, or
 * the default action is restored and the signal raised again, so that the
 * process ends as the signal says (status 128+N in a shell, a core dump for
 * SIGQUIT or SIGSEGV).  A program that installs its own handler later
 * replaces ours; it then ends through exit() and the exit handlers, which
 * write everything anyway.
 *
 * Critical sections.  The trace and the executed graph keep tables that a
 * thread may be in the middle of growing when the signal interrupts it.  Such
 * code runs between delayc_rt__crit_enter() and _leave(); an asynchronous
 * signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that lands inside is noted and
 * raised again by _leave(), a microsecond later, when the tables are whole.
 * Crash signals are never deferred (the faulting instruction would only
 * fault again); what runs on them (the progress bar's reset) takes no lock.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>

#include "rt_internal.h"

enum { NSLOT = 12, NFN = 3 };

typedef struct SigSlot {
  int sig;                            /* 0: free */
  int bInstalled;                     /* our handler is in place */
  struct sigaction old;               /* what was there before */
  delayc_rt__sigfn aFn[NFN];          /* run in order of registration */
  int nFn;
} SigSlot;

static SigSlot aSlot[NSLOT];          /* written before main only, read by the handler */
static atomic_int bBusy;              /* a handler is running the functions */

_Thread_local int delayc_rt__nCrit __attribute__((tls_model("initial-exec")));
_Thread_local volatile sig_atomic_t delayc_rt__sigDeferred __attribute__((tls_model("initial-exec")));

static int deferrable(int sig) { return sig == SIGINT || sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT; }

static SigSlot *slot_of(int sig) {
  for (int i = 0; i < NSLOT; i++)
    if (aSlot[i].sig == sig) return &aSlot[i];
  return NULL;
}

/* The signal's course before we came: the old handler, or the default action. */
static void chain(SigSlot *s, int sig, siginfo_t *info, void *ctx) {
  if (s->old.sa_flags & SA_SIGINFO) {
    if (s->old.sa_sigaction) s->old.sa_sigaction(sig, info, ctx);
  } else if (s->old.sa_handler == SIG_DFL) {
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    raise(sig);                       /* blocked while we run: delivered when we return */
  } else if (s->old.sa_handler != SIG_IGN) {
    s->old.sa_handler(sig);
  }
}

static void handler(int sig, siginfo_t *info, void *ctx) {
  int savedErrno = errno;
  SigSlot *s = slot_of(sig);
  if (!s) return;
  if (delayc_rt__nCrit > 0 && deferrable(sig)) {
    delayc_rt__sigDeferred = sig;                /* raised again by delayc_rt__crit_leave */
    errno = savedErrno;
    return;
  }
  if (!atomic_exchange(&bBusy, 1)) {  /* a second signal meanwhile just takes its course */
    for (int i = 0; i < s->nFn; i++) s->aFn[i](sig);
    atomic_store(&bBusy, 0);
  }
  chain(s, sig, info, ctx);
  errno = savedErrno;
}

void delayc_rt__crit_raise_deferred(void) {
  int sig = delayc_rt__sigDeferred;
  delayc_rt__sigDeferred = 0;
  if (sig) raise(sig);
}

void delayc_rt__on_signal(int sig, delayc_rt__sigfn fn) {
  SigSlot *s = slot_of(sig);
  if (!s) {
    s = slot_of(0);
    if (!s) return;                   /* more signals than slots: a programming error, not fatal */
    s->sig = sig;
    if (sigaction(sig, NULL, &s->old) != 0) return;
    if (!(s->old.sa_flags & SA_SIGINFO) && s->old.sa_handler == SIG_IGN) return;   /* stays ignored */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    s->bInstalled = sigaction(sig, &sa, NULL) == 0;
  }
  if (s->bInstalled && s->nFn < NFN) s->aFn[s->nFn++] = fn;
}

const char *delayc_rt__signal_name(int sig) {
  switch (sig) {
  case SIGINT: return "SIGINT";
  case SIGTERM: return "SIGTERM";
  case SIGHUP: return "SIGHUP";
  case SIGQUIT: return "SIGQUIT";
  case SIGSEGV: return "SIGSEGV";
  case SIGBUS: return "SIGBUS";
  case SIGFPE: return "SIGFPE";
  case SIGILL: return "SIGILL";
  case SIGABRT: return "SIGABRT";
  default: return "a signal";
  }
}
