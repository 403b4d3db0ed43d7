#!/usr/bin/env bash
# `zhmine panel` over an archive of N report-sized documents (the archive Benchmarks/batch/run.sh
# builds: Corpus/reports texts concatenated and digit-shifted, ~40 KB each), timed side by side with
# its floor, sqlite3 reading the same rows (documents joined with targets), interleaved, R rounds;
# with BASELINE=path/to/another/zhmine, that build too in every round (before/after a change), and
# its CSV compared with this one's.
#
#   [ZHMINE=.build/release/zhmine] [BASELINE=/tmp/zhmine-before] Benchmarks/panel/run.sh [DOCUMENTS=1200] [ROUNDS=5]
#
# Prints each run's wall and CPU (user + sys) time, the medians and the ratio panel / sqlite3.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1200}"
R="${2:-5}"
ZHMINE="${ZHMINE:-.build/release/zhmine}"
BASELINE="${BASELINE:-}"
DB="Benchmarks/out/batch/j2.sqlite"
if [ ! -f "$DB" ] || [ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM documents WHERE status = 'done'")" -ne "$N" ]; then
  ZHMINE="$ZHMINE" Benchmarks/batch/run.sh "$N" >&2
fi
echo "archive: $(sqlite3 "$DB" "SELECT (SELECT COUNT(*) FROM documents) || ' documents, ' || (SELECT COUNT(*) FROM targets) || ' target/actual records'"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
times=$(mktemp)
# timed NAME COMMAND… > OUT: runs the command, appends "NAME wall cpu" to $times.
timed() {
  local name=$1; shift
  /usr/bin/time -f "$name %e %U %S" -a -o "$times" "$@"
}
per_round=2; [ -z "$BASELINE" ] || per_round=3
for ((r = 0; r < R; r++)); do
  timed panel "$ZHMINE" panel "$DB" --format csv > /tmp/zhmine-panel-bench.csv
  timed sqlite3 sqlite3 "$DB" "SELECT d.jurisdiction, d.year, d.title, t.* FROM targets t JOIN documents d ON d.id = t.document_id WHERE d.status = 'done'" > /tmp/zhmine-panel-peer.txt
  if [ -n "$BASELINE" ]; then timed baseline "$BASELINE" panel "$DB" --format csv > /tmp/zhmine-panel-baseline.csv; fi
  echo "round $((r + 1)): $(tail -n "$per_round" "$times" | awk '{printf "%s %.2f s wall %.2f s CPU; ", $1, $2, $3 + $4}')"
done
median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
stat() { awk -v n="$1" -v f="$2" '$1 == n {print (f == "wall" ? $2 : $3 + $4)}' "$times" | median; }
rows=$(($(wc -l < /tmp/zhmine-panel-bench.csv) - 1))
echo "median: zhmine panel $(stat panel wall) s wall, $(stat panel cpu) s CPU ($rows rows); sqlite3 $(stat sqlite3 wall) s wall, $(stat sqlite3 cpu) s CPU; ratio (CPU) $(awk -v a="$(stat panel cpu)" -v b="$(stat sqlite3 cpu)" 'BEGIN{printf "%.1f", a/b}')x"
if [ -n "$BASELINE" ]; then
  echo "baseline $BASELINE: $(stat baseline wall) s wall, $(stat baseline cpu) s CPU; same CSV: $(cmp -s /tmp/zhmine-panel-bench.csv /tmp/zhmine-panel-baseline.csv && echo yes || echo NO)"
fi
rm -f "$times"
