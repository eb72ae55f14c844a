# write-to-fifo.py FIFO CMD ARGS... — makes FIFO (a named pipe), runs CMD (which
# should write its output to FIFO), copies what came through the pipe to stdout
# and fails if FIFO is no longer a named pipe afterwards.  A stand-in for
# `-o /dev/null` and other special files that must be written through, never
# replaced, which a test must not try on the real device.
import os
import stat
import subprocess
import sys

path, cmd = sys.argv[1], sys.argv[2:]
os.mkfifo(path)
# A reader that does not block: the writer's open then succeeds, and the pipe's
# buffer (64 KiB) holds the small outputs of the tests.
fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
try:
    rc = subprocess.call(cmd, timeout=60)
except subprocess.TimeoutExpired:
    sys.stderr.write("write-to-fifo.py: command timed out\n")
    sys.exit(1)
data = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except BlockingIOError:
        break
    if not chunk:
        break
    data += chunk
os.close(fd)
sys.stdout.buffer.write(data)
st = os.lstat(path)
if not stat.S_ISFIFO(st.st_mode):
    sys.stderr.write("write-to-fifo.py: %s is no longer a named pipe (replaced by a %s)\n"
                     % (path, "regular file" if stat.S_ISREG(st.st_mode) else "something else"))
    sys.exit(1)
if rc != 0:
    sys.stderr.write("write-to-fifo.py: command exited with %d\n" % rc)
    sys.exit(1)
