"""jieba.analyse's interface: keywords by TF-IDF and TextRank.

>>> import zhmine.analyse
>>> zhmine.analyse.extract_tags(text, topK=3)
['株洲', '中国动力谷', '十四五']
>>> zhmine.analyse.textrank(text, topK=2, withWeight=True)
[('株洲', 1), ('科技', 0.675141)]

ZhMine's candidates differ from jieba's on purpose: report boilerplate (加快, 推进 …), stop words,
numbers and single characters are never keywords, and recurring noun pairs join into phrases.
Without ``allowPOS`` the ZhMine default tags apply (n, ns, nt, nz, vn, j, eng).
"""

from __future__ import annotations

from typing import List, Sequence, Tuple, Union

__all__ = ["extract_tags", "textrank"]


def extract_tags(sentence: str, topK: int = 20, withWeight: bool = False,
                 allowPOS: Sequence[str] = ()) -> Union[List[str], List[Tuple[str, float]]]:
    """The ``topK`` keywords by TF-IDF (jieba's idf.txt as background when installed)."""
    return _keywords(sentence, "tfidf", topK, withWeight, allowPOS)


def textrank(sentence: str, topK: int = 20, withWeight: bool = False,
             allowPOS: Sequence[str] = ()) -> Union[List[str], List[Tuple[str, float]]]:
    """The ``topK`` keywords by TextRank (weights relative to the best word)."""
    return _keywords(sentence, "textrank", topK, withWeight, allowPOS)


def _keywords(sentence: str, method: str, top: int, weights: bool,
              pos: Sequence[str]) -> Union[List[str], List[Tuple[str, float]]]:
    from . import keywords

    found = keywords(sentence, top=top, method=method, pos=list(pos) if pos else None)
    if weights:
        return [(k.word, k.weight) for k in found]
    return [k.word for k in found]
