"""pandas data frames of records (pandas is optional: imported when a frame is asked for)."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from typing import TYPE_CHECKING, Any, Iterable, List, Tuple, Union

if TYPE_CHECKING:  # pragma: no cover
    import pandas

PathOrText = Union[str, "os.PathLike[str]"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("zhmine's data frames need pandas: pip install pandas") from None
    return pandas


def _documents(items: Iterable[PathOrText]) -> Iterable[Tuple[Any, str]]:
    """(doc name, text) for each item: a path (os.PathLike, or a one-line str naming a file) is read."""
    from . import read

    if isinstance(items, (str, os.PathLike)):
        items = [items]
    for i, item in enumerate(items):
        if isinstance(item, os.PathLike) or ("\n" not in item and len(item) < 4096 and os.path.isfile(item)):
            path = os.fspath(item)
            yield path, read(path)
        else:
            yield i, item  # type: ignore[misc]


def extract_frame(paths_or_texts: Union[PathOrText, Iterable[PathOrText]]) -> "pandas.DataFrame":
    """Targets of many documents as one DataFrame (the columns of ``zhmine extract``; ``doc`` is
    the path, or the position of a text in the list).

    >>> df = zhmine.extract_frame(glob.glob("Corpus/*.txt"))
    >>> df.groupby("doc").size()
    """
    from . import extract

    rows: List[dict] = []
    for doc, text in _documents(paths_or_texts):
        for t in extract(text):
            row = dataclasses.asdict(t)
            row["doc"] = doc
            rows.append(row)
    from ._records import Target

    return _pandas().DataFrame(rows, columns=[f.name for f in dataclasses.fields(Target)])


def entities_frame(paths_or_texts: Union[PathOrText, Iterable[PathOrText]]) -> "pandas.DataFrame":
    """Entities of many documents as one DataFrame: ``doc, text, type, start, end``.

    >>> zhmine.entities_frame(["株洲市科技局局长", "湘江新区"]).type.value_counts()
    """
    from . import entities

    rows = [dict(doc=doc, **dataclasses.asdict(e)) for doc, text in _documents(paths_or_texts) for e in entities(text)]
    return _pandas().DataFrame(rows, columns=["doc", "text", "type", "start", "end"])


class Archive:
    """An archive written by ``zhmine batch --db ARCHIVE.sqlite``, read as data frames.

    >>> targets = zhmine.Archive("reports.sqlite").targets()
    >>> targets[targets.indicator == "地区生产总值"][["jurisdiction", "year", "value"]]
    """

    def __init__(self, path: PathOrText) -> None:
        self.path = os.fspath(path)
        if not os.path.isfile(self.path):
            from ._native import ZhMineError

            raise ZhMineError(f"zhmine: {self.path}: no such file")

    def targets(self) -> "pandas.DataFrame":
        """Every target and actual of the archive's documents, with the document's path,
        jurisdiction and year (``report_year``) beside each record."""
        query = """
            SELECT d.path AS doc, d.jurisdiction, d.year AS report_year, t.kind, t.indicator, t.change,
                   t.value, t.value_high, t.unit, t.qualifier, t.reference, t.year, t.section,
                   t.sentence, t.start, t."end"
            FROM targets t JOIN documents d ON d.id = t.document_id
            ORDER BY d.path, t.start"""
        with sqlite3.connect(f"file:{self.path}?mode=ro", uri=True) as connection:
            return _pandas().read_sql_query(query, connection)
