#!/usr/bin/env bash
# Batch throughput: documents/s and MB/s of `zhmine batch` on 1 and 2 jobs over a generated archive
# of report-sized documents (all Corpus/reports texts concatenated, rotated, every digit shifted
# per document so no two are alike: ~40 KB / ~14 000 characters each, a typical work report).
#
#   Benchmarks/batch/run.sh [DOCUMENTS=1200]
#
# Prints zhmine's own summary line for each run (processing time, without the lexicon load) and
# the wall time of the whole command. The database-writes figure is the time the single writer
# spent in SQLite transactions, out of the batch's elapsed time.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1200}"
OUT="Benchmarks/out/batch"
ZHMINE="${ZHMINE:-.build/release/zhmine}"
if [ ! -x "$ZHMINE" ]; then swift build -c release --product zhmine >&2; fi

mkdir -p "$OUT"
DOCS="$OUT/docs-$N"
if [ ! -d "$DOCS" ] || [ "$(ls "$DOCS" | wc -l)" -ne "$N" ]; then
  rm -rf "$DOCS"; mkdir -p "$DOCS"
  mapfile -t reports < <(ls Corpus/reports/*.txt | sort)
  k=${#reports[@]}
  digits=0123456789
  for ((i = 0; i < N; i++)); do
    s=$((i % 10))
    to="${digits:s}${digits:0:s}"
    {
      printf '第%d号 某市%d年政府工作报告\n' "$i" $((2000 + i % 26))
      for ((j = 0; j < k; j++)); do cat "${reports[$(((i + j) % k))]}"; echo; done | tr '0-9' "$to"
    } > "$DOCS/report-$(printf %05d "$i").txt"
  done
fi
bytes=$(cat "$DOCS"/*.txt | wc -c)
echo "archive: $N documents, $bytes bytes ($(awk -v b="$bytes" -v n="$N" 'BEGIN{printf "%.1f", b/n/1000}') KB each), $(nproc) cores"

"$ZHMINE" dict build >/dev/null  # the lexicon cache, so that no run pays for building it
# Three runs: 1 job, 2 jobs, and 1 job pinned to one core (taskset), because with one job the
# writer already runs beside the worker and takes part of the second core.
runs=("1" "2")
command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ] && runs+=("1c")
for run in "${runs[@]}"; do
  jobs=${run%c}
  pin=(); label="jobs $jobs"
  if [ "$run" = 1c ]; then pin=(taskset -c 0); label="jobs 1, one core"; fi
  rm -f "$OUT/j$run.sqlite"*
  t0=$(date +%s.%N)
  "${pin[@]}" "$ZHMINE" batch "$DOCS" --db "$OUT/j$run.sqlite" --jobs "$jobs" 2> "$OUT/j$run.log" || true
  t1=$(date +%s.%N)
  echo "$label: $(head -1 "$OUT/j$run.log" | sed 's/^zhmine batch: //; s/; archive .*//')"
  awk -v a="$t0" -v b="$t1" -v n="$N" -v by="$bytes" 'BEGIN{w=b-a; printf "        wall %.2f s including start-up: %.1f documents/s, %.2f MB/s\n", w, n/w, by/w/1e6}'
done
rate() { sed -n 's/.*(\([0-9.]*\) documents\/s.*/\1/p' "$OUT/j$1.log" | head -1; }
awk -v a="$(rate 1)" -v b="$(rate 2)" 'BEGIN{printf "jobs 1 -> 2: %.2fx\n", b/a}'
[ -f "$OUT/j1c.log" ] && awk -v a="$(rate 1c)" -v b="$(rate 2)" 'BEGIN{printf "one core (jobs 1) -> two cores (jobs 2): %.2fx\n", b/a}'
echo "rows (jobs 2): $(sqlite3 "$OUT/j2.sqlite" "SELECT (SELECT COUNT(*) FROM documents) || ' documents, ' || (SELECT COUNT(*) FROM numbers) || ' numbers, ' || (SELECT COUNT(*) FROM idf) || ' idf words'")"
cmp <(sqlite3 "$OUT/j1.sqlite" "SELECT path, sha256, chars, (SELECT COUNT(*) FROM numbers n WHERE n.document_id = d.id) FROM documents d ORDER BY path") \
    <(sqlite3 "$OUT/j2.sqlite" "SELECT path, sha256, chars, (SELECT COUNT(*) FROM numbers n WHERE n.document_id = d.id) FROM documents d ORDER BY path") \
  && echo "jobs 1 and jobs 2 archives hold the same documents and row counts"
