"""Shared fixtures: the checkout, the CLI built from the same commit, the Corpus documents."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "Corpus").rglob("*.txt"))


def cli_path() -> Path:
    return Path(os.environ.get("ZHMINE_CLI", ROOT / ".build-test" / "release" / "zhmine"))


@pytest.fixture(scope="session")
def cli():
    """Runs the zhmine CLI from the checkout root; returns (exit status, stdout bytes, stderr text)."""
    path = cli_path()
    if not path.exists():
        pytest.skip(f"the zhmine CLI is not built at {path} (run make test, or set ZHMINE_CLI)")

    def run(*args: str):
        p = subprocess.run([str(path), *args], cwd=ROOT, capture_output=True)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace").strip()

    return run


@pytest.fixture(autouse=True)
def _at_root(monkeypatch):
    monkeypatch.chdir(ROOT)
