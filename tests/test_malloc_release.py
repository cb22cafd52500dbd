"""glibc's mmap threshold kept at 128 KiB: freed large blocks leave the process."""
import platform
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc only")

# Frees one 8 MB block (which raises glibc's threshold unless it is fixed), then makes
# 64 blocks of 1 MB with a small block kept between each two, frees the large ones and
# prints how many MB of resident memory that gave back.
CHILD = """
import sys
from kerjasama.graph.malloc_release import release_large_blocks

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

if sys.argv[1] == "on":
    assert release_large_blocks()
first = bytearray(8 << 20)
del first
large, kept = [], []
for _ in range(64):
    large.append(bytearray(1 << 20))  # zero-filled, so resident
    kept.append(bytearray(2000))
before = rss_mb()
del large
print(before - rss_mb())
"""


def _freed_mb(mode: str) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True,
                         check=True)
    return float(out.stdout)


def test_freed_large_blocks_leave_the_process():
    assert _freed_mb("on") > 56


def test_without_it_glibc_keeps_them():
    # The behaviour the setting is for: the same frees give back next to nothing.
    assert _freed_mb("off") < 16


def test_it_is_set_once():
    from kerjasama.graph.malloc_release import release_large_blocks

    assert release_large_blocks() is release_large_blocks() is True
