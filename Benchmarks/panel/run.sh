#!/usr/bin/env bash
# `zhmine panel` over an archive of N report-sized documents (the archive Benchmarks/batch/run.sh
# builds: Corpus/reports texts concatenated and digit-shifted, ~40 KB each), timed side by side with
# its floor, sqlite3 reading the same rows (documents joined with targets), interleaved, R rounds.
#
#   Benchmarks/panel/run.sh [DOCUMENTS=1200] [ROUNDS=5]
#
# Prints each run's wall time, the medians and the ratio panel / sqlite3.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1200}"
R="${2:-5}"
ZHMINE="${ZHMINE:-.build/release/zhmine}"
DB="Benchmarks/out/batch/j2.sqlite"
if [ ! -f "$DB" ] || [ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM documents WHERE status = 'done'")" -ne "$N" ]; then
  ZHMINE="$ZHMINE" Benchmarks/batch/run.sh "$N" >&2
fi
echo "archive: $(sqlite3 "$DB" "SELECT (SELECT COUNT(*) FROM documents) || ' documents, ' || (SELECT COUNT(*) FROM targets) || ' target/actual records'")"
now() { date +%s.%N; }
panel=(); peer=()
for ((r = 0; r < R; r++)); do
  t0=$(now); "$ZHMINE" panel "$DB" --format csv > /tmp/zhmine-panel-bench.csv; t1=$(now)
  sqlite3 "$DB" "SELECT d.jurisdiction, d.year, d.title, t.* FROM targets t JOIN documents d ON d.id = t.document_id WHERE d.status = 'done'" > /tmp/zhmine-panel-peer.txt; t2=$(now)
  panel+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b-a}')")
  peer+=("$(awk -v a="$t1" -v b="$t2" 'BEGIN{printf "%.3f", b-a}')")
  echo "round $((r + 1)): zhmine panel ${panel[-1]} s, sqlite3 ${peer[-1]} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mp=$(median "${panel[@]}"); ms=$(median "${peer[@]}")
echo "median: zhmine panel $mp s ($(($(wc -l < /tmp/zhmine-panel-bench.csv) - 1)) rows), sqlite3 $ms s; ratio $(awk -v a="$mp" -v b="$ms" 'BEGIN{printf "%.1f", a/b}')x"
