"""Eight threads on one handle give the same results as one thread."""

from concurrent.futures import ThreadPoolExecutor

import zhmine

from conftest import CORPUS


def _all(text):
    return (zhmine.extract(text), zhmine.numbers(text), zhmine.entities(text), zhmine.lcut(text),
            zhmine.keywords(text, top=10))


def test_eight_threads_equal_one():
    texts = [zhmine.read(p) for p in CORPUS] * 3
    serial = [_all(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(_all, texts))
    assert parallel == serial
