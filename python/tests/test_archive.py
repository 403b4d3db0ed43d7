"""zhmine.Archive: the panel and the targets of an archive that `zhmine batch` wrote over Corpus/panel,
against `zhmine panel --format json` and `zhmine extract --format json` on the same files."""

import json
import sqlite3

import pytest

import zhmine


@pytest.fixture(scope="module")
def archive(tmp_path_factory, cli):
    db = tmp_path_factory.mktemp("archive") / "panel.sqlite"
    status, _, err = cli("batch", "Corpus/panel", "--db", str(db), "--jobs", "2")
    assert status == 0, err
    return db


def _plain(value):
    """A frame cell or dataclass field as JSON would hold it (tuples of ranges as lists)."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value != value:  # NaN: pandas' missing value
        return None
    return value


def test_panel_frame_equals_the_cli(archive, cli):
    pandas = pytest.importorskip("pandas")
    status, out, err = cli("panel", str(archive), "--format", "json")
    assert status == 0, err
    expected = json.loads(out)
    assert len(expected) > 10
    frame = zhmine.Archive(archive).panel()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(expected[0].keys())
    rows = [{c: _plain(v) for c, v in zip(frame.columns, row)} for row in frame.itertuples(index=False)]
    assert rows == expected
    # The options are the CLI's.
    status, out, _ = cli("panel", str(archive), "--format", "json", "--indicator", "gdp_growth", "--from", "2020")
    narrow = zhmine.Archive(archive).panel(indicator="gdp_growth", from_year=2020, frame=False)
    assert [r.year for r in narrow] == [r["year"] for r in json.loads(out)] and narrow
    assert all(isinstance(r, zhmine.PanelRow) and r.indicator == "gdp_growth" for r in narrow)


def test_targets_equal_the_extract_records_of_each_document(archive, cli):
    pandas = pytest.importorskip("pandas")
    frame = zhmine.Archive(archive).targets()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns)[-4:] == ["end", "title", "jurisdiction", "report_year"]
    with sqlite3.connect(archive) as c:
        stored = c.execute("SELECT COUNT(*) FROM targets").fetchone()[0]
    assert len(frame) == stored > 0
    records = zhmine.Archive(archive).targets(frame=False)
    assert all(isinstance(r, zhmine.ArchivedTarget) and isinstance(r, zhmine.Target) for r in records)
    for doc in sorted({r.doc for r in records}):
        status, out, err = cli("extract", doc, "--format", "json")
        assert status == 0, err
        expected = sorted((r["start"], r["kind"], r["indicator"], r["value"], r["unit"], r["qualifier"], r["year"])
                          for r in json.loads(out))
        got = sorted((r.start, r.kind, r.indicator, _plain(r.value), r.unit, r.qualifier, r.year)
                     for r in records if r.doc == doc)
        assert got == expected, doc
        assert {r.jurisdiction for r in records if r.doc == doc} == {"全国"}


@pytest.mark.parametrize("content", [None, b"not a database at all, just text"])
def test_missing_or_corrupt_archive_raises_the_cli_line(tmp_path, cli, content):
    path = tmp_path / "junk.sqlite"
    if content is not None:
        path.write_bytes(content)
    status, _, err = cli("panel", str(path))
    assert status != 0
    with pytest.raises(zhmine.ZhMineError) as raised:
        zhmine.Archive(path).panel()
    assert str(raised.value) == err
    if content is not None:
        with pytest.raises(zhmine.ZhMineError) as raised:
            zhmine.Archive(path).targets()
        assert str(raised.value).startswith(f"zhmine: {path}: ")


def test_bad_options_raise(archive):
    with pytest.raises(zhmine.ZhMineError, match="unknown indicator gdp_grwth; known: "):
        zhmine.Archive(archive).panel(indicator="gdp_grwth")
    with pytest.raises(zhmine.ZhMineError, match="from 2022 is after to 2020"):
        zhmine.Archive(archive).panel(from_year=2022, to_year=2020)
