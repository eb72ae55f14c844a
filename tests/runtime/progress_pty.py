"""progress_pty.py PROG — DELAYC_PROGRESS on a terminal, as a person sees it.

PROG is progress_prog (progress_prog.c): tasks on two threads, the program
printing lines from main and from tasks while they run.  Under a
pseudo-terminal of 24 x 80 (Python's pty module), with DELAYC_PROGRESS=1:

  talk      the bytes the terminal gets: a scroll region over lines 1-23 is
            set before the bar is first drawn; every redraw goes to line 24
            between a save and a restore of the cursor; every line of the
            program arrives whole; at the end the bar's line is cleared, the
            region reset, and one summary line counts all 80 tasks.
  dumb      TERM=dumb: nothing drawn while it runs, the summary line only.
  SIGINT    tasks that never end, interrupted: the process dies of SIGINT
            (its status kept) and the terminal got its whole screen back.

Then, when tmux is installed, the same run in a real terminal emulator: the
screen captured while it runs has the bar on its last line only, never on a
line of the program's; after it, the screen and scrollback hold every line
of the program intact, the summary line once, after the program's last line,
and the scroll region is the whole screen again.

Exits 1 on the first failure, with what was seen.
"""
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import time

ROWS, COLS = 24, 80
PROG = os.path.abspath(sys.argv[1])
PROGRAM_LINES = (["main: %d files scanned" % k for k in (0, 1, 2, 4, 6, 7)]
                 + ["worker %d: task %d says hello" % (w, i) for w in (0, 1) for i in (5, 15, 25, 35)]
                 + ["main: a long line that the terminal wraps: " + "0123456789abcdefghijklmnopqrstuvwxyz" * 2,
                    "main: a warning on stderr", "main: done"])
SUMMARY = re.compile(r"^delayc: \[#{20}\] 80/80 tasks \d+\.\ds$")
failures = 0


def check(ok, what, seen=None):
    global failures
    print("%s: %s" % ("ok" if ok else "FAILED", what))
    if not ok:
        failures += 1
        if seen is not None:
            print("  seen: %r" % (seen,))


def run_pty(args, env, interrupt_after=None):
    """Runs PROG args on a new pseudo-terminal; returns (bytes, wait status)."""
    pid, fd = pty.fork()
    if pid == 0:
        try:
            import fcntl
            import termios
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.execve(PROG, [PROG] + args, env)
        finally:
            os._exit(127)
    out, t0, sent = b"", time.time(), False
    while True:
        if interrupt_after is not None and not sent and time.time() - t0 > interrupt_after:
            os.kill(pid, signal.SIGINT)
            sent = True
        if time.time() - t0 > 30:
            os.kill(pid, signal.SIGKILL)
            break
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:           # EIO: the child is gone and the slave closed
                break
            if not data:
                break
            out += data
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return out, status


def base_env(**more):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DELAYC_") and k != "TMUX"}
    env.update({"DELAYC_PROGRESS": "1", "TERM": "xterm"})
    env.update(more)
    return env


REGION = b"\x1b[1;%dr" % (ROWS - 1)
DRAW = b"\x1b7\x1b[%d;1H\x1b[0mdelayc: [" % ROWS
RESTORE = b"\x1b7\x1b[%d;1H\x1b[2K\x1b[r\x1b8" % ROWS


def final_line(out):
    tail = out.rsplit(RESTORE, 1)[-1].decode()
    return [l for l in tail.replace("\r", "").split("\n") if l.startswith("delayc:")]


def talk_raw():
    out, status = run_pty(["talk"], base_env())
    check(os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, "talk: exit status 0", status)
    draws = [m.start() for m in re.finditer(re.escape(DRAW), out)]
    check(len(draws) >= 2, "talk: the bar drawn on line %d while the program runs (%d times)" % (ROWS, len(draws)))
    check(REGION in out and draws and out.index(REGION) < draws[0],
          "talk: lines 1-%d made a scroll region before the first draw" % (ROWS - 1))
    check(out.count(REGION) == 1, "talk: the region set once (the size did not change)")
    ends = [out.find(b"\x1b8", d) for d in draws]
    check(all(e > 0 and b"\n" not in out[d:e] for d, e in zip(draws, ends)),
          "talk: each draw is one line, the cursor restored after it")
    for line in PROGRAM_LINES:
        if line.startswith("main: a long"):
            continue                  # wrapped by the terminal, not in the bytes: checked below in tmux
        if line.encode() + b"\r\n" not in out:
            check(False, "talk: the program's line %r arrives whole" % line)
            break
    else:
        check(True, "talk: every line of the program arrives whole")
    check(out.rfind(RESTORE) > draws[-1] if draws else False, "talk: the screen given back after the last draw")
    fin = final_line(out)
    check(len(fin) == 1 and SUMMARY.match(fin[0]) is not None, "talk: one summary line at the end", fin)


def dumb_raw():
    out, status = run_pty(["talk"], base_env(TERM="dumb"))
    check(os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, "dumb: exit status 0", status)
    check(b"\x1b" not in out, "dumb: no escape sequence at all")
    lines = [l for l in out.decode().replace("\r", "").split("\n") if l.startswith("delayc")]
    check(len(lines) == 1 and SUMMARY.match(lines[0]) is not None, "dumb: only the summary line", lines)


def sigint_raw():
    out, status = run_pty(["hang"], base_env(), interrupt_after=0.5)
    check(os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGINT,
          "SIGINT: the process dies of SIGINT", status)
    draws = [m.start() for m in re.finditer(re.escape(DRAW), out)]
    check(len(draws) >= 1 and out.rfind(RESTORE) > draws[-1],
          "SIGINT: the bar was drawn, then the screen given back", out[-200:])


def tmux(sock, *args):
    return subprocess.run(["tmux", "-L", sock, "-f", "/dev/null"] + list(args), capture_output=True,
                          text=True, env={k: v for k, v in os.environ.items() if k != "TMUX"})


def talk_tmux():
    if not shutil.which("tmux"):
        print("SKIP: tmux is not installed: the rendered screen is not checked (apt-get install tmux)")
        return
    sock = "delayc-progress-%d" % os.getpid()
    cmd = "env DELAYC_PROGRESS=1 %s talk; echo EXIT=$?; sleep 60" % PROG
    r = tmux(sock, "new-session", "-d", "-x", str(COLS), "-y", str(ROWS), cmd)
    if r.returncode != 0:
        check(False, "tmux: a session starts", r.stderr)
        return
    try:
        during, final, t0 = [], None, time.time()
        while time.time() - t0 < 20:
            screen = tmux(sock, "capture-pane", "-p").stdout.split("\n")   # one row per line
            if any(l.startswith("EXIT=") for l in screen):
                final = tmux(sock, "capture-pane", "-p", "-J", "-S", "-").stdout.split("\n")
                region = tmux(sock, "display-message", "-p", "#{scroll_region_upper} #{scroll_region_lower}").stdout
                break
            during.append(screen)
            time.sleep(0.04)
        if final is None:
            check(False, "tmux: the program ends")
            return
        live = [s for s in during if len(s) >= ROWS and s[ROWS - 1].startswith("delayc: [")]
        check(len(live) >= 1, "tmux: while it runs, the bar is on the last line (%d of %d captures)"
              % (len(live), len(during)))
        bad = [l for s in during for i, l in enumerate(s) if "delayc:" in l and (i != ROWS - 1 or not l.startswith("delayc: ["))]
        check(not bad, "tmux: while it runs, the bar is on no other line and shares its line with nothing", bad[:3])
        rows = [l.rstrip() for l in final]
        missing = [l for l in PROGRAM_LINES if l not in rows]
        check(not missing, "tmux: after it, every line of the program is on a line of its own", missing)
        bars = [l for l in rows if "delayc:" in l]
        check(len(bars) == 1 and SUMMARY.match(bars[0]) is not None, "tmux: one summary line", bars)
        if bars and "main: done" in rows:
            check(rows.index(bars[0]) == rows.index("main: done") + 1, "tmux: the summary after the program's last line")
        check(region.split() == ["0", str(ROWS - 1)], "tmux: the scroll region is the whole screen again", region)
    finally:
        tmux(sock, "kill-server")


talk_raw()
dumb_raw()
sigint_raw()
talk_tmux()
print("progress_pty: %s" % ("ok" if failures == 0 else "%d FAILED" % failures))
sys.exit(1 if failures else 0)
