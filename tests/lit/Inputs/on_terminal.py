# on_terminal.py — `on_terminal.py CMD ARGS...` runs CMD with its standard output
# and error on a pseudo-terminal and copies what it prints to standard output
# (the tests of "colour only on a terminal").  Exits 0 whatever CMD's status.
import errno
import os
import subprocess
import sys

master, slave = os.openpty()
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, close_fds=True)
os.close(slave)
out = bytearray()
while True:
    try:
        data = os.read(master, 65536)
    except OSError as e:
        if e.errno != errno.EIO:  # EIO: the terminal's last writer is gone
            raise
        break
    if not data:
        break
    out.extend(data)
proc.wait()
sys.stdout.write(out.decode("utf-8", "replace").replace("\r\n", "\n"))
