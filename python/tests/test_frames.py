"""Data frames (pandas optional) and the user dictionary (jieba's add_word/load_userdict)."""

import sqlite3

import pytest

import zhmine

from conftest import CORPUS


def test_extract_frame_equals_extract():
    pandas = pytest.importorskip("pandas")
    frame = zhmine.extract_frame(CORPUS[:2] + ["全市地区生产总值增长8%左右。"])
    assert isinstance(frame, pandas.DataFrame)
    expected = sum(len(zhmine.extract(zhmine.read(p))) for p in CORPUS[:2]) + 1
    assert len(frame) == expected
    assert list(frame.columns)[:3] == ["doc", "kind", "indicator"]
    assert set(frame.doc) == set(CORPUS[:2]) | {2}
    entities = zhmine.entities_frame(CORPUS[0])
    assert list(entities.columns) == ["doc", "text", "type", "start", "end"] and len(entities) > 0


def test_archive_targets(tmp_path):
    pandas = pytest.importorskip("pandas")
    db = tmp_path / "a.sqlite"
    with sqlite3.connect(db) as c:
        c.executescript("""
            CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT, jurisdiction TEXT, year INTEGER);
            CREATE TABLE targets (id INTEGER PRIMARY KEY, document_id INTEGER, kind TEXT, indicator TEXT,
              change TEXT, value REAL, value_high REAL, unit TEXT, qualifier TEXT, reference TEXT, year TEXT,
              section TEXT, sentence TEXT, start INTEGER, "end" INTEGER);
            INSERT INTO documents VALUES (1, 'a.txt', '株洲市', 2021);
            INSERT INTO targets VALUES (1, 1, 'target', '地区生产总值', '增长', 8, NULL, '%', 'approx', NULL,
              '2021', NULL, '增长8%左右', 0, 6);
        """)
    frame = zhmine.Archive(db).targets()
    assert isinstance(frame, pandas.DataFrame)
    assert frame.loc[0, "jurisdiction"] == "株洲市" and frame.loc[0, "value"] == 8
    with pytest.raises(zhmine.ZhMineError):
        zhmine.Archive(tmp_path / "none.sqlite")


def test_add_word_changes_the_segmentation():
    word = "动力谷芯城"
    assert word not in zhmine.lcut("建设动力谷芯城项目")
    try:
        zhmine.add_word(word, tag="nz")
        assert word in zhmine.lcut("建设动力谷芯城项目")
    finally:
        zhmine._added_words.clear()
        zhmine._invalidate()
    assert word not in zhmine.lcut("建设动力谷芯城项目")
