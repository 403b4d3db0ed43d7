#!/usr/bin/env bash
# Numbers accuracy and speed: zhmine's QuantityRecognizer next to cn2an and chinese2digits.
# Usage: bash Benchmarks/numbers/run.sh [CORPUS]   (last: cn2an's test expressions, see cn2an_expressions.py)
# Creates Benchmarks/.venv (gitignored) on first use and installs the peers from PyPI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORPUS="${1:-$ROOT/Tests/ZhExtractTests/Corpus/numbers.corpus}"
VENV="$ROOT/Benchmarks/.venv"
OUT="$ROOT/Benchmarks/out"
mkdir -p "$OUT"

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import cn2an, chinese2digits" 2>/dev/null || "$VENV/bin/pip" install -q cn2an chinese2digits

cd "$ROOT"
swift build -c release --product zhmine-bench >/dev/null
BENCH="$(swift build -c release --show-bin-path)/zhmine-bench"
"$BENCH" numbers --units > "$OUT/numbers-units.txt"
"$BENCH" numbers --corpus "$CORPUS"
echo
"$VENV/bin/python" "$ROOT/Benchmarks/numbers/compare.py" --corpus "$CORPUS" --units "$OUT/numbers-units.txt" --dump "$OUT/numbers-peers.tsv"

# Outside benchmark: cn2an's own unit-test expressions (3+ characters), cn2an fetched from PyPI into
# Benchmarks/out/cn2an at run time (never committed), each expression read alone by `zhmine numbers`.
swift build -c release --product zhmine >/dev/null
echo
"$VENV/bin/python" "$ROOT/Benchmarks/numbers/cn2an_expressions.py" --zhmine "$(swift build -c release --show-bin-path)/zhmine" --work "$OUT/cn2an"
