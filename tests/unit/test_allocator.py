"""kehoach/allocator.py: within bulk_writes, large buffers come from the heap (not mmap), and
afterwards glibc serves them with mmap again. Read from glibc's own accounting (mallinfo2: the
bytes held in mmapped chunks)."""

from __future__ import annotations

import ctypes

import pytest

from kehoach.allocator import _glibc, bulk_writes


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def _mmapped() -> int:
    libc = _glibc()
    if libc is None or not hasattr(libc, "mallinfo2"):
        pytest.skip("glibc (2.33 or later) only")
    libc.mallinfo2.restype = _Mallinfo2
    return int(libc.mallinfo2().hblkhd)


SIZE = 64 * 1024 * 1024


def _held_in_mmap() -> int:
    before = _mmapped()
    buf = bytearray(SIZE)
    try:
        return _mmapped() - before
    finally:
        del buf


def test_large_buffers_come_from_the_heap_within_bulk_writes_only() -> None:
    assert _held_in_mmap() >= SIZE                  # glibc's default: mmap for 64 MB
    with bulk_writes():
        assert _held_in_mmap() < SIZE               # the heap
    assert _held_in_mmap() >= SIZE                  # defaults back


def test_an_error_inside_leaves_the_defaults_back() -> None:
    with pytest.raises(RuntimeError), bulk_writes():
        raise RuntimeError("a failed ingest")
    assert _held_in_mmap() >= SIZE
