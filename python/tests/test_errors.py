"""Bad input raises ZhMineError/DecodeError with the CLI's one line; it never crashes Python."""

import pytest

import zhmine


def test_missing_file_message_equals_cli(cli, tmp_path):
    missing = str(tmp_path / "missing.txt")
    status, _, err = cli("text", missing)
    assert status != 0
    with pytest.raises(zhmine.ZhMineError) as caught:
        zhmine.read(missing)
    assert str(caught.value) == err
    assert not isinstance(caught.value, zhmine.DecodeError)


def test_invalid_utf8_message_equals_cli(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("增长8%".encode("utf-8") + b"\xff\xfe\x80" + "左右".encode("utf-8"))
    status, _, err = cli("text", "--encoding", "utf8", str(bad))
    assert status != 0
    with pytest.raises(zhmine.DecodeError) as caught:
        zhmine.read(bad, encoding="utf8")
    assert str(caught.value) == err
    assert isinstance(caught.value, ValueError)


def test_directory_and_binary_files(cli, tmp_path):
    with pytest.raises(zhmine.ZhMineError) as caught:
        zhmine.read(tmp_path)
    assert str(caught.value) == cli("text", str(tmp_path))[2]
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(zhmine.ZhMineError) as caught:
        zhmine.read(binary)
    assert str(caught.value) == cli("text", str(binary))[2]


def test_bad_text_and_options():
    with pytest.raises(zhmine.DecodeError):
        zhmine.extract("增长\ud800左右")  # a lone surrogate has no UTF-8
    with pytest.raises(TypeError):
        zhmine.extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(zhmine.ZhMineError, match="top must be positive"):
        zhmine.keywords("株洲", top=0)
    with pytest.raises(zhmine.ZhMineError, match="unknown keyword method"):
        zhmine.keywords("株洲", method="lda")
    with pytest.raises(zhmine.ZhMineError, match="year"):
        zhmine.extract("增长8%", year=12)
    with pytest.raises(zhmine.ZhMineError, match="unknown option 'colour'"):
        zhmine._shared().call("numbers", "1", {"colour": "red"})
    with pytest.raises(zhmine.ZhMineError, match="must be an integer"):
        zhmine._shared().call("keywords", "株洲", {"top": "many"})
    with pytest.raises(zhmine.ZhMineError):
        zhmine.read("x.txt", encoding="klingon")
    with pytest.raises(zhmine.ZhMineError, match="no such file"):
        zhmine.load_userdict("/nonexistent/dict.txt")


def test_odd_but_valid_text_does_not_crash():
    for text in ["", "\x00", "\n\n\n", "%" * 1000, "8" * 5000, "增长" * 20000, "\u200b\ufeff\U0010ffff", "（" * 300]:
        zhmine.extract(text)
        zhmine.numbers(text)
        zhmine.entities(text)
        assert "".join(zhmine.lcut(text)) == text
        zhmine.keywords(text)


def test_bad_dictionary_in_open(tmp_path):
    with pytest.raises(zhmine.ZhMineError, match="no such file"):
        zhmine.Handle({"dict": [str(tmp_path / "none.txt")]})
    with pytest.raises(zhmine.ZhMineError, match="exclude each other"):
        zhmine.Handle({"jieba": "x", "no_jieba": True})
