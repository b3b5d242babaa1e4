"""Words glued together by a portal: "cácsở, ban, ngành", "Sở Kế hoạchvà Đầu tư", "Thủtrưởng".

Some portals join the lines of a hard-wrapped text without a space, so that the last word of one
line and the first of the next become one token. A Vietnamese word is one syllable, and a syllable
has a strict shape: an onset (b, ch, gh, ngh, qu, ...), one group of vowels, an optional coda (c,
ch, m, n, ng, nh, p, t, or k in Central Highlands names), and at most one tone mark; a syllable
ending in a stop (c, ch, k, p, t) only takes the sắc or nặng tone. A token with Vietnamese letters
that is no syllable but splits into syllables was glued, and is split: into as few syllables as
it can be, and where that can be done in several ways, into the syllables the text itself uses on
their own ("BANHÀNH" -> "BAN HÀNH", not "BANH ÀNH"); a token with no such split is left as printed.

A document is unglued only when it shows the damage (`MIN_GLUED` tokens or more): a clean text is
never touched, and one odd token in it (a name, a misprint) is left as printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

MIN_GLUED = 3
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}     # huyền, sắc, ngã, hỏi, nặng
_STOP_TONES = {"\u0301", "\u0323"}
_VIETNAMESE_MARKS = _TONES | {"\u0302", "\u0306", "\u031b"}      # circumflex, breve, horn
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
                       r"(?P<v>[aăâeêioôơuưy]{1,3})(?P<c>ch|nh|ng|[cmnptk])?")
_MARK_HOSTS = set("aeiouy") | _VIETNAMESE_MARKS
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 14)
def is_syllable(s: str) -> bool:
    """Whether `s` (letters, any case) is one Vietnamese syllable by shape."""
    d = unicodedata.normalize("NFD", s.lower())
    tones = [c for c in d if c in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    m = _SYLLABLE.fullmatch(bare)
    if m is None:
        return False
    if m.group("c") in ("c", "ch", "k", "p", "t"):
        return bool(tones) and tones[0] in _STOP_TONES
    return True


@lru_cache(maxsize=1 << 14)
def _vietnamese(s: str) -> bool:
    """Whether `s` has a letter only Vietnamese writes (a mark above or below a vowel, or đ) and no
    mark Vietnamese never writes: on a consonant ("ñ", "ç") or other than its tones, circumflex,
    breve and horn ("ü", "å"). Words of other languages in a text are never split."""
    d = unicodedata.normalize("NFD", s.lower())
    for before, c in zip(" " + d, d):
        # a mark sits on a vowel, or on the vowel's first mark ("ễ": e, circumflex, tilde)
        if unicodedata.combining(c) and (c not in _VIETNAMESE_MARKS or before not in _MARK_HOSTS):
            return False
    return len(d) > len(s) or "đ" in d


def _suspect(w: str) -> bool:
    """A token that may be glued: four letters or more, Vietnamese letters, no syllable."""
    return len(w) >= 4 and not is_syllable(w) and _vietnamese(w)


def split_word(w: str, vocabulary: Counter[str]) -> str | None:
    """The syllables of a glued token joined by spaces ("cácsở" -> "các sở"), or None when `w` is
    a syllable, has no Vietnamese letter, or has no one best split. The fewest syllables win; among
    as many, those the text itself uses on their own (`vocabulary`: lower-case word counts), the
    commonest first: "BANHÀNH" is "BAN HÀNH", not "BA NHÀNH" nor "BANH ÀNH"."""
    if not _suspect(w):
        return None
    ways = _splits(w, 3)
    if not ways:
        return None
    fewest = min(map(len, ways))
    ways = [parts for parts in ways if len(parts) == fewest]
    if len(ways) > 1:
        ranked = sorted((-min(vocabulary[p.lower()] for p in parts), " ".join(parts)) for parts in ways)
        if ranked[0][0] == 0 or ranked[0][0] == ranked[1][0]:
            return None                  # none of them attested, or two alike
        return ranked[0][1]
    return " ".join(ways[0])


def _splits(w: str, parts: int) -> list[list[str]]:
    if is_syllable(w):
        return [[w]]
    if parts == 1:
        return []
    out: list[list[str]] = []
    for i in range(1, len(w)):
        if is_syllable(w[:i]):
            out.extend([w[:i], *rest] for rest in _splits(w[i:], parts - 1))
    return out


def unglue(text: str) -> tuple[str, int]:
    """`text` with every glued token split, and how many there were; `text` itself when fewer
    than MIN_GLUED (a document without the damage)."""
    # the distinct words first, from the distinct space-separated tokens (a plan has ~20 times fewer):
    # a text without the damage costs that alone
    distinct = {w for token in set(text.split()) for w in _WORD.findall(token)}
    suspects = [w for w in distinct if _suspect(w)]
    if len(suspects) < MIN_GLUED:
        return text, 0
    words = _WORD.findall(text)
    # a Vietnamese text: most of its words syllables (an English or Spanish one, 20%, is left alone)
    if sum(map(is_syllable, words)) < 0.5 * len(words):
        return text, 0
    vocabulary = Counter(w.lower() for w in words)
    splits = {w: s for w in suspects if (s := split_word(w, vocabulary))}
    found = sum(1 for w in words if w in splits)
    if found < MIN_GLUED:
        return text, 0
    return _WORD.sub(lambda m: splits.get(m.group(), m.group()), text), found
