"""ingest/numbers.py: the classes of upper- and lower-case letters, written with ranges, hold exactly
the letters they name (A-Z / a-z and the letters of U+00C0-U+1EF9 of that case), with and without
IGNORECASE, as the class listing every letter did."""

from __future__ import annotations

import re

import pytest

from ingest.numbers import LOWER, UPPER

_CHARS = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]


def _listed(upper: bool) -> str:
    ascii_ = "A-Z" if upper else "a-z"
    return ascii_ + "".join(c for c in map(chr, range(0xC0, 0x1EFA))
                            if c.isalpha() and (c.isupper() if upper else c.islower()))


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("cls,upper", [(UPPER, True), (LOWER, False)])
def test_a_class_with_ranges_holds_the_letters_it_lists(cls: str, upper: bool, flags: int) -> None:
    assert len(cls) < len(_listed(upper)) * 2 // 3            # shorter: ranges where letters run on
    ranged, listed = re.compile(f"[{cls}]", flags), re.compile(f"[{_listed(upper)}]", flags)
    assert [c for c in _CHARS if bool(ranged.match(c)) != bool(listed.match(c))] == []
    same, other = ("Đ", "đ") if upper else ("ỹ", "Ỹ")
    assert ranged.match(same)
    assert bool(ranged.match(other)) == bool(flags)           # the other case only when case is ignored
