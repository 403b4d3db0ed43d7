"""Records through Python equal the CLI's, byte for byte, on every Corpus document."""

import dataclasses
import json

import pytest

import zhmine
from zhmine._records import Entity, Keyword, Number, Target, build

from conftest import CORPUS


def _shared():
    return zhmine._shared()


@pytest.mark.parametrize("path", CORPUS)
def test_extract_equals_cli(cli, path):
    status, out, err = cli("extract", "--format", "json", path)
    assert status == 0, err
    text = zhmine.read(path)
    assert _shared().call_raw("extract", text, {"doc": path}) == out
    records = zhmine.extract(text, doc=path)
    assert [dataclasses.asdict(r) for r in records] == [
        {k: tuple(v) if isinstance(v, list) else v for k, v in r.items()} for r in json.loads(out)
    ]
    assert records, f"{path}: no targets"


@pytest.mark.parametrize("path", CORPUS)
def test_numbers_and_entities_equal_cli(cli, path):
    text = zhmine.read(path)
    for command in ("numbers", "entities"):
        status, out, err = cli(command, "--format", "json", path)
        assert status == 0, err
        assert _shared().call_raw(command, text) == out, f"{command} {path}"
    status, out, err = cli("entities", "--unique", "--format", "json", path)
    assert _shared().call_raw("entities", text, {"unique": True}) == out


@pytest.mark.parametrize("path", CORPUS[:3])
@pytest.mark.parametrize("method", ["tfidf", "textrank"])
def test_keywords_equal_cli(cli, path, method):
    status, out, err = cli("keywords", "--method", method, "--top", "15", "--format", "json", path)
    assert status == 0, err
    assert _shared().call_raw("keywords", zhmine.read(path), {"method": method, "top": 15}) == out


def test_diff_equals_cli(cli):
    old, new = "Corpus/diff/xiangyang-2023-work-report.txt", "Corpus/diff/xiangyang-2024-work-report.txt"
    status, out, err = cli("diff", "--format", "json", old, new)
    assert status == 0, err
    got = zhmine.diff(zhmine.read(old), zhmine.read(new), old_name=old.split("/")[-1], new_name=new.split("/")[-1])
    assert got == json.loads(out)


def test_dataclass_fields_are_the_record_fields():
    text = zhmine.read(CORPUS[0])
    for name, cls in (("extract", Target), ("numbers", Number), ("entities", Entity), ("keywords", Keyword)):
        record = _shared().call(name, text)[0]
        assert list(record) == [f.name for f in dataclasses.fields(cls)], name
        build(cls, record)


def test_offsets_index_the_python_string():
    text = "\ufeff2021年，全市地区生产总值增长8%左右。\n𠀀投资1.2亿元"
    for t in zhmine.extract(text):
        assert text[t.start:t.end] in t.sentence or t.sentence in text
    for n in zhmine.numbers(text):
        assert text[n.start:n.end] == n.text
