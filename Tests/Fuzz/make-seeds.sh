#!/usr/bin/env bash
# Regenerates the seed corpora of the text harnesses from the repository's own report text
# (Corpus/) and dictionaries (Dictionaries/): every 9th non-empty line, in the encodings the
# decoder detects. The lexfile seeds come from the harness itself: scripts/fuzz.sh --seeds lexfile.
set -euo pipefail
cd "$(dirname "$0")/../.."
C=Tests/Fuzz/corpus
lines() { cat Corpus/*.txt Corpus/reports/*.txt Corpus/diff/*.txt | awk -v max="$1" 'NF > 0 && ++k % 9 == 1 && ++n <= max'; }
fresh() { rm -rf "${C:?}/$1"; mkdir -p "$C/$1"; }

for h in splitter atoms entities; do
  fresh $h; i=0
  while IFS= read -r l; do i=$((i + 1)); printf '%s\n' "$l" > "$C/$h/line-$i.txt"; done < <(lines 40)
done
# Harnesses whose first byte is a choice: '1' (odd) and '0' (even) alternate.
for h in normalizer segmenter trie; do
  fresh $h; i=0
  while IFS= read -r l; do
    i=$((i + 1))
    if [ $h = trie ]; then l=$(printf '%s' "$l" | sed -e 's/，/\n/g' -e 's/。/\n/g' -e 's/、/\n/g' -e 's/；/\n/g'); fi
    printf '%s%s\n' "$((i % 2))" "$l" > "$C/$h/line-$i.txt"
  done < <(lines 40)
done
printf '1經濟增長８．５％，ＧＤＰ達到１２３４．５億元①⑵㈠\n' > "$C/normalizer/fullwidth-traditional.txt"

fresh decoder; fresh stream; i=0
while IFS= read -r l; do
  i=$((i + 1))
  printf '%s\n' "$l" > "$C/decoder/utf8-$i.txt"
  printf '%s\n' "$l" | iconv -f UTF-8 -t GB18030 > "$C/decoder/gb18030-$i.txt" 2>/dev/null || rm -f "$C/decoder/gb18030-$i.txt"
  printf '%s\n' "$l" | iconv -f UTF-8 -t BIG5 > "$C/decoder/big5-$i.txt" 2>/dev/null || rm -f "$C/decoder/big5-$i.txt"
  if [ $((i % 4)) -eq 0 ]; then
    { printf '\xff\xfe'; printf '%s\n' "$l" | iconv -f UTF-8 -t UTF-16LE; } > "$C/decoder/utf16le-$i.txt"
    { printf '\xfe\xff'; printf '%s\n' "$l" | iconv -f UTF-8 -t UTF-16BE; } > "$C/decoder/utf16be-$i.txt"
    { printf '\xef\xbb\xbf'; printf '%s\n' "$l"; } > "$C/decoder/utf8bom-$i.txt"
  fi
done < <(lines 24)
# The stream harness needs inputs longer than its 4096-byte chunks: the first 12 KB of documents.
for f in Corpus/zhuzhou-2021-report-interpretation.txt Corpus/reports/luoyang-2024-work-report.txt; do
  b=$(basename "$f" .txt)
  dd if="$f" bs=12000 count=1 status=none | iconv -f UTF-8 -t UTF-8 -c > "$C/stream/$b-utf8.txt" || true
  dd if="$f" bs=12000 count=1 status=none | iconv -f UTF-8 -t GB18030 -c > "$C/stream/$b-gb18030.txt" 2>/dev/null || true
done
printf 'ascii only first line\n' > "$C/stream/ascii.txt"

fresh wordlist
for f in Dictionaries/*.txt; do
  b=$(basename "$f" .txt)
  awk 'NR % 7 == 1 && ++n <= 60' "$f" > "$C/wordlist/$b.txt"
done
printf '\xef\xbb\xbf株洲 3000 ns\r\n长株潭新城 force ns\n# comment\n\n十四五 nz\n' > "$C/wordlist/bom-crlf-force.txt"
fresh numbers; i=0
while IFS= read -r l; do i=$((i + 1)); printf '%s%s\n' "$((i % 2))" "$l" > "$C/numbers/expr-$i.txt"; done \
  < <(grep -v '^#' Tests/ZhExtractTests/Corpus/numbers.corpus | cut -f1 | awk 'NF > 0 && ++k % 8 == 1')
while IFS= read -r l; do i=$((i + 1)); printf '1%s\n' "$l" > "$C/numbers/line-$i.txt"; done < <(lines 40 | grep '[0-9一二三四五六七八九十]')

# Targets need context (headings, the report year): 1500-byte pieces of whole documents.
fresh targets; i=0
for f in Corpus/*.txt Corpus/reports/*.txt Corpus/diff/*.txt; do
  for skip in 0 4 9; do
    i=$((i + 1))
    { printf '%s' "$((i % 2))"; dd if="$f" bs=1500 skip="$skip" count=1 status=none | iconv -f UTF-8 -t UTF-8 -c; } \
      > "$C/targets/doc-$i.txt" 2>/dev/null || true
    [ -s "$C/targets/doc-$i.txt" ] || rm -f "$C/targets/doc-$i.txt"
  done
done

echo "seeds: $(find $C -type f | wc -l) files in $C"
