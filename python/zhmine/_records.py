"""The record types: frozen dataclasses with the fields of the CLI's JSON records (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Dict, Optional, Tuple, Type, TypeVar, Union

#: A figure: a number, a ``(low, high)`` range, or None (a relative target such as 稳步增长).
Value = Union[int, float, Tuple[Union[int, float], Union[int, float]], None]


def _value(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


@dataclass(frozen=True)
class Target:
    """A target or achieved figure (``zhmine extract``).

    >>> zhmine.extract("全年地区生产总值增长8%左右。")[0].value
    8
    """

    doc: Optional[str]
    kind: str
    indicator: str
    change: Optional[str]
    value: Value
    unit: Optional[str]
    qualifier: str
    reference: Optional[str]
    year: Optional[str]
    section: Optional[str]
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Normalized:
    """A quantity in base units (``10亿元`` → value 1000000000, unit 元)."""

    value: Value
    unit: str


@dataclass(frozen=True)
class Number:
    """A number or quantity (``zhmine numbers``); ``start``/``end`` index the text.

    >>> zhmine.numbers("投资1.2亿元")[0].normalized
    Normalized(value=120000000, unit='元')
    """

    text: str
    value: Any  # Value, or the string "overflow"
    unit: Optional[str]
    qualifier: str
    normalized: Optional[Normalized]
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A named entity (``zhmine entities``): person, place, organization, facility or program.

    >>> zhmine.entities("株洲市人民政府")[0].type
    'organization'
    """

    text: str
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class EntityCount:
    """A distinct entity with its count (``zhmine entities --unique``)."""

    text: str
    type: str
    count: int


@dataclass(frozen=True)
class Keyword:
    """A keyword (``zhmine keywords``): weight rounded to six decimals, count of occurrences."""

    word: str
    weight: float
    count: int


@dataclass(frozen=True)
class ArchivedTarget(Target):
    """A target record of a ``zhmine batch`` archive (``Archive.targets()``): the fields of
    :class:`Target` (``doc`` is the document's path; ``year`` the year the figure is for), then the
    document's ``title``, ``jurisdiction`` and ``report_year``.

    >>> zhmine.Archive("reports.sqlite").targets(frame=False)[0].jurisdiction
    '全国'
    """

    title: Optional[str]
    jurisdiction: Optional[str]
    report_year: Optional[int]


@dataclass(frozen=True)
class PanelRow:
    """One row of the panel (``zhmine panel --format json``): a jurisdiction's indicator in one year,
    the target set, the figure achieved and the status (met, missed, no-target, no-actual, not-set).
    ``other_actuals`` holds the other documents' figures for the same actual (dicts: value, unit,
    text, doc, agrees).

    >>> zhmine.Archive("reports.sqlite").panel(frame=False)[0].status
    'met'
    """

    jurisdiction: str
    indicator: str
    label: str
    year: int
    target_value: Value
    target_unit: Optional[str]
    target_qualifier: Optional[str]
    target_text: Optional[str]
    target_doc: Optional[str]
    actual_value: Value
    actual_unit: Optional[str]
    actual_text: Optional[str]
    actual_doc: Optional[str]
    status: str
    note: str
    disagreement: bool
    other_actuals: Tuple[Dict[str, Any], ...]


R = TypeVar("R")


def build(cls: Type[R], record: Dict[str, Any]) -> R:
    """One dataclass from one JSON record (fields by name; values of ranges become tuples)."""
    values = {f.name: _value(record[f.name]) for f in fields(cls)}  # type: ignore[arg-type]
    if cls is Number and isinstance(values["normalized"], dict):
        n = values["normalized"]
        values["normalized"] = Normalized(_value(n["value"]), n["unit"])
    return cls(**values)
