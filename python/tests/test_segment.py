"""zhmine.cut equals `zhmine segment`, and keeps jieba's contract."""

from pathlib import Path

import pytest

import zhmine
import zhmine.analyse
import zhmine.posseg

from conftest import CORPUS, ROOT

PKU = ROOT.parent / "shared" / "sighan" / "pku_test.utf8"


def _lines(tokens):
    """The CLI's text format from tokens: non-space tokens joined by a space, one line per line break."""
    lines, current = [], []
    for token in tokens:
        if token.isspace():
            for _ in range(token.count("\n")):
                lines.append(" ".join(current))
                current = []
        else:
            current.append(token)
    lines.append(" ".join(current))
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def _cli_lines(out: bytes):
    lines = out.decode("utf-8").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def test_pku_test_text_equals_cli(cli):
    if not PKU.exists():
        pytest.skip(f"{PKU} is absent (the SIGHAN bakeoff data is not in the repository)")
    status, out, err = cli("segment", str(PKU))
    assert status == 0, err
    text = PKU.read_text(encoding="utf-8")
    tokens = zhmine.lcut(text)
    assert "".join(tokens) == text
    assert _lines(tokens) == _cli_lines(out)


@pytest.mark.parametrize("path", CORPUS[:4])
def test_corpus_segments_equal_cli_in_every_mode(cli, path):
    text = zhmine.read(path)
    status, out, err = cli("segment", path)
    assert status == 0, err
    assert _lines(zhmine.lcut(text)) == _cli_lines(out)
    status, out, err = cli("segment", "--mode", "search", path)
    assert _lines(zhmine.lcut_for_search(text)) == _cli_lines(out)
    status, out, err = cli("segment", "--pos", path)
    pairs = [f"{p.word}/{p.flag}" if not p.word.isspace() else p.word for p in zhmine.posseg.cut(text)]
    assert _lines(pairs) == _cli_lines(out)


def test_jieba_contract():
    text = "株洲市推进中国动力谷建设，  地区生产总值增长8%左右。\r\n下一行"
    words = zhmine.lcut(text)
    assert "".join(words) == text
    assert list(zhmine.cut(text)) == words
    assert all(isinstance(w, str) and w for w in words)
    assert set(zhmine.lcut(text, HMM=False)) and "".join(zhmine.lcut(text, HMM=False)) == text
    full = zhmine.lcut("中国动力谷", cut_all=True)
    assert len(full) >= 2
    word, flag = zhmine.posseg.lcut("株洲")[0]
    assert (word, flag) == ("株洲", "ns")
    assert zhmine.lcut("") == []
    # A text holding the separator of the fast path takes the JSON path: same tokens.
    with_separator = zhmine.lcut(text + "\n\x1f")
    assert "".join(with_separator) == text + "\n\x1f" and with_separator[:len(words)] == words
    assert zhmine.posseg.lcut("株洲\x1f")[0] == zhmine.posseg.pair("株洲", "ns")


def test_analyse_matches_keywords():
    text = zhmine.read(CORPUS[0])
    assert zhmine.analyse.extract_tags(text, topK=5) == [k.word for k in zhmine.keywords(text, top=5)]
    weighted = zhmine.analyse.textrank(text, topK=3, withWeight=True)
    assert len(weighted) == 3 and weighted[0][1] == 1.0
