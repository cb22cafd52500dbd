"""Large freed blocks handed back to the system at once (glibc's malloc).

glibc starts by serving blocks of 128 KiB and more with their own mmap, so
freeing one returns it. But each such free raises that threshold to the
block's size (up to 32 MB), and from then on large blocks (Arrow columns, the
database's COPY buffers, the build's long lists) come from the heap, where
freed ones stay resident among the small blocks still in use. A load frees
many of them, table after table: fixing the threshold at its starting value
took the peak of a 20,000-article rebuild from 462-480 MB to 414-421 MB,
with 100,000 agreements built as fast.

The setting is process-wide and stays: it is glibc's own starting value,
kept from growing, so other code in the process sees malloc as at its start.

>>> import platform
>>> release_large_blocks() == (platform.libc_ver()[0] == "glibc")
True
"""
from __future__ import annotations

import ctypes
import functools

M_MMAP_THRESHOLD = -3  # from glibc's malloc.h
THRESHOLD = 128 << 10  # glibc's starting value, DEFAULT_MMAP_THRESHOLD_MIN


@functools.cache
def release_large_blocks() -> bool:
    """Keep glibc's mmap threshold at 128 KiB; False where malloc is not glibc's."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # no C library to reach, or no mallopt
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    # musl has mallopt too, as a stub that returns 0.
    return mallopt(M_MMAP_THRESHOLD, THRESHOLD) == 1
