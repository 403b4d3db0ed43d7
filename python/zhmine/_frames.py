"""pandas data frames of records (pandas is optional: imported when a frame is asked for)."""

from __future__ import annotations

import dataclasses
import os
import warnings
from typing import TYPE_CHECKING, Any, Iterable, List, Optional, Sequence, Tuple, Union

from ._records import ArchivedTarget, PanelRow, _value, build

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
    """An archive written by ``zhmine batch DIR --db ARCHIVE.sqlite``, read through the library (the
    reader ``zhmine panel`` uses): DataFrames when pandas is installed, else lists of dataclasses.

    >>> archive = zhmine.Archive("reports.sqlite")
    >>> targets = archive.targets()
    >>> targets[targets.indicator == "地区生产总值"][["jurisdiction", "report_year", "value"]]
    >>> archive.panel(indicator="gdp_growth")[["jurisdiction", "year", "target_value", "actual_value", "status"]]

    A missing file, or one that is not a ZhMine archive, raises :class:`zhmine.ZhMineError` with the
    CLI's line (``zhmine: reports.sqlite: no such file``).
    """

    def __init__(self, path: PathOrText) -> None:
        self.path = os.fspath(path)
        if not os.path.isfile(self.path):
            from ._native import ZhMineError

            raise ZhMineError(f"zhmine: {self.path}: no such file", 3)

    def targets(self, frame: Optional[bool] = None) -> Union["pandas.DataFrame", List[ArchivedTarget]]:
        """Every target and actual of the archive's documents, ordered by document path then text
        position: the fields of :class:`zhmine.Target` (``doc`` is the path, ``year`` the year a
        figure is for, ranges are ``(low, high)``), then the document's ``title``, ``jurisdiction``
        and ``report_year``.

        ``frame``: True for a DataFrame (pandas required), False for dataclasses, None (default) for
        a DataFrame when pandas is installed.
        """
        from . import _shared

        records = _shared().call_path("archive_targets", self.path)
        return _rows(ArchivedTarget, records, frame)

    def panel(self, jurisdiction: Union[str, Sequence[str], None] = None, indicator: Union[str, Sequence[str], None] = None,
              from_year: Optional[int] = None, to_year: Optional[int] = None,
              frame: Optional[bool] = None) -> Union["pandas.DataFrame", List[PanelRow]]:
        """Targets against outcomes across years, the rows of ``zhmine panel ARCHIVE --format json``
        (same options: jurisdictions as the archive names them, indicator ids of
        Dictionaries/indicators.txt such as ``gdp_growth``, first and last year). Reports the CLI
        would warn about (moved away from their sources) are told through :mod:`warnings`.

        >>> zhmine.Archive("reports.sqlite").panel(indicator=["gdp_growth", "cpi"], from_year=2019).status.value_counts()
        """
        from . import _shared

        options = {"jurisdiction": _names(jurisdiction), "indicator": _names(indicator), "from": from_year, "to": to_year}
        result = _shared().call_path("panel", self.path, options)
        for line in result["warnings"]:
            warnings.warn(f"zhmine: warning: {line}", stacklevel=2)
        return _rows(PanelRow, result["rows"], frame)


def _names(names: Union[str, Sequence[str], None]) -> Optional[List[str]]:
    if names is None:
        return None
    return [names] if isinstance(names, str) else list(names)


def _rows(cls: Any, records: List[dict], frame: Optional[bool]) -> Any:
    """Records as a DataFrame (columns in the dataclass's order) or as dataclasses."""
    if frame is None:
        try:
            import pandas  # noqa: F401

            frame = True
        except ImportError:
            frame = False
    if not frame:
        return [build(cls, r) for r in records]
    columns = [f.name for f in dataclasses.fields(cls)]
    return _pandas().DataFrame([[_value(r[c]) for c in columns] for r in records], columns=columns)
