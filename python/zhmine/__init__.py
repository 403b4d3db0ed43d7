"""ZhMine from Python: targets, numbers, entities, keywords and diffs of Chinese government
documents, and a jieba-compatible segmenter, over the Swift library (no subprocess).

>>> import zhmine
>>> text = zhmine.read("Corpus/zhuzhou-2021-report-interpretation.txt")
>>> zhmine.extract(text)[0].indicator
'千亿产业集群'
>>> zhmine.lcut("株洲市推进中国动力谷建设")
['株洲市', '推进', '中国动力谷', '建设']

Calls release the GIL: a thread pool (or Spark's ``mapPartitions``) runs them in parallel on the
one shared handle. Records equal the CLI's (``zhmine extract --format json`` …), with offsets that
index the Python string.
"""

from __future__ import annotations

import os
import tempfile
import threading
from typing import IO, Any, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from . import analyse, posseg
from ._frames import Archive, entities_frame, extract_frame
from ._native import DecodeError, Handle, ZhMineError, _options, version
from ._records import ArchivedTarget, Entity, EntityCount, Keyword, Normalized, Number, PanelRow, Target, build

__all__ = [
    "Archive", "ArchivedTarget", "DecodeError", "Entity", "EntityCount", "Keyword", "Normalized", "Number",
    "PanelRow", "Target",
    "ZhMineError", "add_word", "analyse", "cut", "cut_for_search", "diff", "entities", "entities_frame",
    "extract", "extract_frame", "keywords", "lcut", "lcut_for_search", "load_userdict", "numbers",
    "posseg", "read", "version",
]

_lock = threading.Lock()
_handle: Optional[Handle] = None
_user_dictionaries: List[str] = []  # dictionary files, in load order
_added_words: List[str] = []        # lines added by add_word
_added_file: Optional[str] = None


def _shared() -> Handle:
    """The process-wide handle, opened at first use and after the user dictionary changes."""
    global _handle
    handle = _handle
    if handle is not None:
        return handle
    with _lock:
        if _handle is None:
            dictionaries = list(_user_dictionaries)
            if _added_words:
                dictionaries.append(_write_added_words())
            _handle = Handle({"dict": dictionaries} if dictionaries else None)
        return _handle


def _write_added_words() -> str:
    global _added_file
    if _added_file is None:
        fd, _added_file = tempfile.mkstemp(prefix="zhmine-words-", suffix=".txt")
        os.close(fd)
    with open(_added_file, "w", encoding="utf-8") as f:
        f.write("\n".join(_added_words) + "\n")
    return _added_file


def _invalidate() -> None:
    global _handle
    with _lock:
        _handle = None  # the old handle closes when no thread uses it any more


# MARK: - Records


def extract(text: str, doc: Optional[str] = None, year: Optional[int] = None) -> List[Target]:
    """The targets and achieved figures of a report, as ``zhmine extract`` finds them.

    ``doc`` fills the records' ``doc`` field; ``year`` is the report year to assume when the text
    states none.

    >>> t = zhmine.extract("2021年全市地区生产总值增长8%左右。")[0]
    >>> (t.indicator, t.change, t.value, t.unit, t.qualifier)
    ('地区生产总值', '增长', 8, '%', 'approx')
    """
    records = _shared().call("extract", text, {"doc": doc, "year": year})
    return [build(Target, r) for r in records]


def numbers(text: str) -> List[Number]:
    """Every number and quantity with its unit, qualifier and value in base units.

    >>> [n.text for n in zhmine.numbers("新增就业3.2万人，增长5%以上")]
    ['3.2万人', '5%以上']
    """
    return [build(Number, r) for r in _shared().call("numbers", text)]


def entities(text: str, unique: bool = False) -> Union[List[Entity], List[EntityCount]]:
    """Named entities (person, place, organization, facility, program) with offsets; with
    ``unique=True`` each distinct entity once with its count, most frequent first.

    >>> [(e.text, e.type) for e in zhmine.entities("株洲市科技局")]
    [('株洲市科技局', 'organization')]
    """
    records = _shared().call("entities", text, {"unique": unique or None})
    return [build(EntityCount if unique else Entity, r) for r in records]  # type: ignore[misc]


def keywords(text: str, top: int = 20, method: str = "tfidf", pos: Optional[Sequence[str]] = None,
             allow_single: bool = False) -> List[Keyword]:
    """The top keywords by TF-IDF (``method="tfidf"``) or TextRank (``"textrank"``).

    >>> [k.word for k in zhmine.keywords(text, top=3)]
    ['株洲', '中国动力谷', '十四五']
    """
    options: Dict[str, Any] = {"top": top, "method": method, "allow_single": allow_single or None,
                               "pos": list(pos) if pos is not None else None}
    return [build(Keyword, r) for r in _shared().call("keywords", text, options)]


def diff(old_text: str, new_text: str, old_name: str = "old", new_name: str = "new") -> Dict[str, Any]:
    """How the targets changed between two reports: the object ``zhmine diff --format json`` prints
    (pairs raised/lowered/unchanged/requalified/added/dropped, and judgements of the old targets).

    >>> d = zhmine.diff(report_2021, report_2022)
    >>> sorted(d)[:2]
    ['judgements', 'new']
    """
    return _shared().diff(old_text, new_text, {"old_name": old_name, "new_name": new_name})


def read(path: Union[str, "os.PathLike[str]"], encoding: str = "auto", lossy: bool = False) -> str:
    """A document as text: UTF-8/16, GB18030/GBK or Big5 (detected), .html or .docx.

    Raises :class:`DecodeError` for undecodable bytes and :class:`ZhMineError` for unreadable files,
    with the CLI's message.

    >>> "中国动力谷" in zhmine.read("Corpus/zhuzhou-2021-report-interpretation.txt")
    True
    """
    return _shared().read(os.fspath(path), {"encoding": encoding, "lossy": lossy or None})["text"]


# MARK: - jieba-compatible segmentation


def cut(sentence: str, cut_all: bool = False, HMM: bool = True) -> Iterator[str]:
    """Words of ``sentence`` in order, as jieba.cut yields them (white space and line breaks
    included, so that ``"".join(cut(s)) == s``); ``cut_all`` lists every dictionary word, ``HMM``
    merges unknown words.

    >>> list(zhmine.cut("推进中国动力谷建设"))
    ['推进', '中国动力谷', '建设']
    """
    return iter(lcut(sentence, cut_all=cut_all, HMM=HMM))


def lcut(sentence: str, cut_all: bool = False, HMM: bool = True) -> List[str]:
    """:func:`cut` as a list."""
    return _segment(sentence, "full" if cut_all else None, HMM, pos=False)


def cut_for_search(sentence: str, HMM: bool = True) -> Iterator[str]:
    """Words plus the dictionary words inside long words (for search indexing), as jieba's.

    >>> zhmine.lcut_for_search("中国动力谷")
    ['中国', '动力', '中国动力谷']
    """
    return iter(lcut_for_search(sentence, HMM=HMM))


def lcut_for_search(sentence: str, HMM: bool = True) -> List[str]:
    """:func:`cut_for_search` as a list."""
    return _segment(sentence, "search", HMM, pos=False)


_SEPARATOR = "\x1f"  # ASCII's unit separator: tokens come joined by it unless the text holds one
_segment_options: Dict[Tuple[Optional[str], bool, bool], Tuple[Dict[str, Any], bytes]] = {}


def _segment(sentence: str, mode: Optional[str], hmm: bool, pos: bool) -> List[Any]:
    """Tokens (with ``pos``: alternating word, tag) from zhmine_segment: one UTF-8 buffer of the
    tokens joined by the separator, decoded and split once (JSON only when the text holds it)."""
    if not isinstance(sentence, str):
        raise TypeError(f"expected str, got {type(sentence).__name__}")
    if not sentence:
        return []
    key = (mode, hmm, pos)
    if key not in _segment_options:  # the options of each kind of call, encoded once
        options = {"mode": mode, "unknown_words": None if hmm else False, "pos": pos or None}
        _segment_options[key] = (options, _options(dict(options, separator=_SEPARATOR)) or b"")
    options, joined = _segment_options[key]
    if _SEPARATOR in sentence or "\x00" in sentence:  # (the result is a C string: no NUL in it)
        tokens = _shared().call("segment", sentence, options)
        return [x for pair in tokens for x in pair] if pos else tokens
    return _shared().segment_joined(sentence, joined).decode("utf-8").split(_SEPARATOR)


def load_userdict(f: Union[str, "os.PathLike[str]", IO[str]]) -> None:
    """Adds a user dictionary: a path or an open text file with ``word [freq|force] [pos]`` per
    line (jieba's format). The lexicon is rebuilt (and cached) at the next call.

    >>> zhmine.load_userdict("my-words.txt")
    """
    if hasattr(f, "read"):
        fd, path = tempfile.mkstemp(prefix="zhmine-userdict-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(f.read())  # type: ignore[union-attr]
    else:
        path = os.fspath(f)  # type: ignore[arg-type]
        if not os.path.isfile(path):
            raise ZhMineError(f"zhmine: {path}: no such file or not readable")
    _user_dictionaries.append(path)
    _invalidate()


def add_word(word: str, freq: Optional[int] = None, tag: Optional[str] = None) -> None:
    """Adds one word (jieba's ``add_word``); without ``freq`` the word is forced into segmentation.

    >>> zhmine.add_word("两型社会", tag="nz")
    """
    word = word.strip()
    if not word or any(c.isspace() for c in word):
        raise ZhMineError(f"zhmine: add_word: '{word}' is not one word")
    _added_words.append(" ".join(x for x in (word, str(freq) if freq is not None else "force", tag) if x))
    _invalidate()
