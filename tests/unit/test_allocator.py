"""kehoach/allocator.py: within bulk_writes, large buffers come from the heap (not mmap), and
afterwards glibc serves them with mmap again. Read from glibc's own accounting (mallinfo2: the
bytes held in mmapped chunks)."""

from __future__ import annotations

import ctypes

import pytest

from kehoach.allocator import BULK_MMAP, _glibc, bulk_writes


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def _mallinfo() -> _Mallinfo2:
    libc = _glibc()
    if libc is None or not hasattr(libc, "mallinfo2"):
        pytest.skip("glibc (2.33 or later) only")
    libc.mallinfo2.restype = _Mallinfo2
    return libc.mallinfo2()


def _mmapped() -> int:
    return int(_mallinfo().hblkhd)


def _size() -> int:
    """A buffer larger than all the heap holds free: glibc serves a request from a free chunk of the
    heap when one fits, whatever the mmap threshold (after the bulk loads of other tests in this
    process, one may), so only a larger one tells where large buffers come from."""
    size = max(64 * 1024 * 1024, int(_mallinfo().fordblks) + 16 * 1024 * 1024)
    assert size < BULK_MMAP, "the heap holds too much free memory to tell"
    return size


def _held_in_mmap() -> tuple[int, int]:
    """(bytes newly held in mmapped chunks while a large buffer is held, the buffer's size)"""
    size = _size()
    before = _mmapped()
    buf = bytearray(size)
    try:
        return _mmapped() - before, size
    finally:
        del buf


def test_large_buffers_come_from_the_heap_within_bulk_writes_only() -> None:
    held, size = _held_in_mmap()
    assert held >= size                             # glibc's default: mmap for 64 MB and more
    with bulk_writes():
        held, size = _held_in_mmap()
        assert held < size                          # the heap
    held, size = _held_in_mmap()
    assert held >= size                             # defaults back


def test_an_error_inside_leaves_the_defaults_back() -> None:
    with pytest.raises(RuntimeError), bulk_writes():
        raise RuntimeError("a failed ingest")
    held, size = _held_in_mmap()
    assert held >= size
