#!/usr/bin/env bash
# Entities on public news text: zhmine-bench ner next to jieba.posseg and Baidu LAC (PyPI), same scoring.
# Usage: bash Benchmarks/entities/run.sh [FILE.bio]   (default ../shared/ner/pd_dev.bio; read from there, never committed)
# Creates Benchmarks/.venv (gitignored) on first use and installs jieba and lac from PyPI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="$ROOT/Benchmarks/.venv"
BIO="${1:-$ROOT/../shared/ner/pd_dev.bio}"

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import jieba" 2>/dev/null || "$VENV/bin/pip" install -q jieba
"$VENV/bin/python" -c "import LAC" 2>/dev/null || "$VENV/bin/pip" install -q lac || echo "lac did not install; scoring jieba only"

cd "$ROOT"
swift build -c release --product zhmine-bench >/dev/null
BIN="$(swift build -c release --show-bin-path)"
"$BIN/zhmine-bench" ner "$BIO"
echo
"$VENV/bin/python" Benchmarks/entities/peers.py "$BIO"
