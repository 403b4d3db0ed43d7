"""Data frames (pandas optional) and the user dictionary (jieba's add_word/load_userdict)."""

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
