"""jieba.posseg's interface: words with their part of speech (jieba's tag set).

>>> import zhmine.posseg as pseg
>>> [(p.word, p.flag) for p in pseg.cut("株洲推进产业链建设")]
[('株洲', 'ns'), ('推进', 'v'), ('产业链', 'n'), ('建设', 'vn')]
"""

from __future__ import annotations

from typing import Iterator, List

__all__ = ["pair", "cut", "lcut"]


class pair:  # noqa: N801 — jieba's name
    """A word and its part of speech; unpacks as ``word, flag`` like jieba's pair.

    >>> w, f = pair("株洲", "ns")
    """

    __slots__ = ("word", "flag")

    def __init__(self, word: str, flag: str) -> None:
        self.word = word
        self.flag = flag

    def __iter__(self) -> Iterator[str]:
        return iter((self.word, self.flag))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, pair) and (self.word, self.flag) == (other.word, other.flag)

    def __hash__(self) -> int:
        return hash((self.word, self.flag))

    def __repr__(self) -> str:
        return f"pair({self.word!r}, {self.flag!r})"

    def __str__(self) -> str:
        return f"{self.word}/{self.flag}"


def lcut(sentence: str, HMM: bool = True) -> List[pair]:
    """:func:`cut` as a list."""
    from . import _segment

    parts = _segment(sentence, None, HMM, pos=True)
    return [pair(word, flag) for word, flag in zip(parts[0::2], parts[1::2])]


def cut(sentence: str, HMM: bool = True) -> Iterator[pair]:
    """Words of ``sentence`` with their part of speech, in order (text between words has flag ``x``)."""
    return iter(lcut(sentence, HMM=HMM))
