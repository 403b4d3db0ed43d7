#!/usr/bin/env bash
# Runs the segmentation peers (jieba, rjieba, ICU via zhmine, zhmine) side by side.
#   Benchmarks/segment/run.sh [speed|accuracy|all] [--mb 10] [--runs 3] [--zhmine PATH] [--peers a,b]
# peers.py creates Benchmarks/.venv (jieba, rjieba from PyPI) on first use.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 "$here/peers.py" "$@"
