#!/usr/bin/env bash
# Builds and runs ZhMine's libFuzzer harnesses (Tests/Fuzz/<name>/main.swift).
#
#   scripts/fuzz.sh NAME SECONDS [LIBFUZZER-FLAG...]   build harness NAME and fuzz it for SECONDS
#   scripts/fuzz.sh --smoke [SECONDS]                  every harness for SECONDS each (default 15; CI)
#   scripts/fuzz.sh --repro NAME FILE...               run harness NAME once on each FILE (no fuzzing)
#   scripts/fuzz.sh --seeds NAME                       regenerate generated seeds (lexfile)
#   scripts/fuzz.sh --list                             the harness names
#
# FUZZ_RUNS=N stops a run after N executions (the long runs use 10000000 with 1800 s);
# FUZZ_NO_BUILD=1 runs the harness binary already built (for several runs in a row while
# the sources change).
#
# How it builds: the library modules are compiled once by SwiftPM into .build-fuzz with
# `-sanitize=fuzzer,address` (coverage instrumentation and AddressSanitizer, no linking);
# each harness is then compiled by swiftc directly with -parse-as-library and linked with
# those objects and libFuzzer's own main. Nothing here touches the normal build or tests.
# Inputs the fuzzer finds go to .build-fuzz/corpus/NAME (the seeds in Tests/Fuzz/corpus/NAME
# and the regression inputs in Tests/Fuzz/regressions/NAME are read, never written); crashes
# go to .build-fuzz/artifacts/NAME/. A toolchain without -sanitize=fuzzer (e.g. Xcode's on
# macOS) makes --smoke print a message and succeed, and the other modes fail.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FUZZ_DIR=Tests/Fuzz
SCRATCH=.build-fuzz
BUILD=$SCRATCH/release
OUT=${FUZZ_BIN_DIR:-$SCRATCH/harness}
SANITIZE=-sanitize=fuzzer,address

die() { echo "fuzz: $*" >&2; exit 1; }

harnesses() {
  for d in "$FUZZ_DIR"/*/; do
    [ -f "$d/main.swift" ] && basename "$d"
  done
}

toolchain_supports_fuzzer() {
  local probe
  probe=$(mktemp -d)
  printf '@_cdecl("LLVMFuzzerTestOneInput")\npublic func f(_ d: UnsafePointer<UInt8>, _ n: Int) -> Int32 { 0 }\n' > "$probe/p.swift"
  if swiftc $SANITIZE -parse-as-library "$probe/p.swift" -o "$probe/p" >/dev/null 2>&1; then
    rm -rf "$probe"; return 0
  fi
  rm -rf "$probe"; return 1
}

# The library modules, instrumented. ZhExtract depends on every other library module.
build_modules() {
  echo "fuzz: building the library modules with $SANITIZE (into $SCRATCH)" >&2
  swift build -c release --scratch-path "$SCRATCH" -Xswiftc "$SANITIZE" --target ZhExtract 2>&1 \
    | grep -E "error|warning: unre|Compiling|Build" >&2 || true
  [ -f "$BUILD/Modules/ZhExtract.swiftmodule" ] || die "module build failed (run the swift build line above by hand)"
}

# Objects to link for a harness: the modules it imports and everything below them.
objects_for() {
  local main=$1 level=1
  grep -q '^import ZhLexicon' "$main" && level=2
  grep -q '^import ZhSegment' "$main" && level=3
  grep -q '^import ZhExtract' "$main" && level=4
  local modules=(ZhText ZhLexicon ZhSegment ZhExtract)
  echo "$BUILD"/CICU.build/*.o "$BUILD"/CPDF.build/*.o
  for ((i = 0; i < level; i++)); do echo "$BUILD/${modules[$i]}.build"/*.o; done
}

build_harness() {
  local name=$1 main="$FUZZ_DIR/$1/main.swift" bin="$OUT/$1"
  [ -f "$main" ] || die "no harness '$name' (have: $(harnesses | tr '\n' ' '))"
  mkdir -p "$OUT"
  local linker=()
  command -v ld.lld >/dev/null 2>&1 || [ -x "$(dirname "$(command -v swiftc)")/ld.lld" ] && linker=(-use-ld=lld)
  # shellcheck disable=SC2046
  swiftc -O $SANITIZE -parse-as-library -module-name "Fuzz_${name//-/_}" \
    -I "$BUILD/Modules" -Xcc -fmodule-map-file="$BUILD/CICU.build/module.modulemap" -Xcc -I"$ROOT/Sources/CICU/include" \
    -Xcc -fmodule-map-file="$BUILD/CPDF.build/module.modulemap" -Xcc -I"$ROOT/Sources/CPDF/include" \
    "$FUZZ_DIR"/Support/*.swift "$main" $(objects_for "$main") \
    -licui18n -licuuc -licudata -lpoppler-cpp -lstdc++ "${linker[@]}" -o "$bin" 2>&1 | grep -v "Cannot export local symbol" >&2 || true
  [ -x "$bin" ] || die "harness '$name' did not build"
}

# Runs one harness; prints a one-line summary and appends it to $SCRATCH/fuzz-results.tsv.
run_harness() {
  local name=$1 seconds=$2; shift 2
  local bin="$OUT/$name" work="$SCRATCH/corpus/$name" artifacts="$SCRATCH/artifacts/$name" log="$SCRATCH/logs/$name.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  touch "$artifacts/.keep"
  local dirs=("$work")
  [ -d "$FUZZ_DIR/corpus/$name" ] && dirs+=("$FUZZ_DIR/corpus/$name")
  [ -d "$FUZZ_DIR/regressions/$name" ] && dirs+=("$FUZZ_DIR/regressions/$name")
  local flags=()
  [ -f "$FUZZ_DIR/$name/flags" ] && read -r -a flags < "$FUZZ_DIR/$name/flags"
  [ -n "${FUZZ_RUNS:-}" ] && flags+=("-runs=$FUZZ_RUNS")
  local started=$SECONDS status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1} SWIFT_BACKTRACE=enable=no \
    "$bin" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${flags[@]}" "$@" "${dirs[@]}" > "$log" 2>&1 || status=$?
  local execs rate crashes
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  # Crash, leak, timeout and out-of-memory inputs; not "slow-unit-" files (slow is reported, not failed).
  crashes=$(grep -cE "Test unit written to .*/(crash|leak|timeout|oom)-" "$log" || true)
  local line
  line=$(printf '%s\t%s\t%s\t%s\t%s' "$name" "${execs:-0}" "${rate:-0}" "$((SECONDS - started))" "$crashes")
  printf '%s\n' "$line" >> "$SCRATCH/fuzz-results.tsv"
  echo "fuzz $name: ${execs:-0} executions, ${rate:-0}/s, $((SECONDS - started)) s, $crashes crash input(s), log $log"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    grep -E "fuzz invariant failed|ERROR: AddressSanitizer|ERROR: libFuzzer|Fatal error|SUMMARY" "$log" | head -5 >&2 || true
    echo "fuzz $name: FAILED (status $status); inputs in $artifacts/" >&2
    return 1
  fi
}

case "${1:-}" in
  --list)
    harnesses ;;
  --smoke)
    seconds=${2:-15}
    if ! toolchain_supports_fuzzer; then
      echo "fuzz: skipped: this Swift toolchain cannot link -sanitize=fuzzer (libFuzzer) targets"
      exit 0
    fi
    build_modules
    failed=0
    for name in $(harnesses); do
      build_harness "$name"
      run_harness "$name" "$seconds" || failed=1
    done
    exit $failed ;;
  --repro)
    [ $# -ge 3 ] || die "usage: scripts/fuzz.sh --repro NAME FILE..."
    name=$2; shift 2
    build_modules; build_harness "$name"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} SWIFT_BACKTRACE=enable=no "$OUT/$name" "$@" ;;
  --seeds)
    [ $# -eq 2 ] || die "usage: scripts/fuzz.sh --seeds NAME"
    build_modules; build_harness "$2"
    mkdir -p "$FUZZ_DIR/corpus/$2"
    ZHMINE_FUZZ_SEED_DIR="$ROOT/$FUZZ_DIR/corpus/$2" ASAN_OPTIONS=detect_leaks=0 "$OUT/$2" || die "harness '$2' has no seed generator"
    ls -l "$FUZZ_DIR/corpus/$2" ;;
  ""|-h|--help)
    sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' ;;
  -*)
    die "unknown option $1" ;;
  *)
    [ $# -ge 2 ] || die "usage: scripts/fuzz.sh NAME SECONDS [LIBFUZZER-FLAG...]"
    name=$1 seconds=$2; shift 2
    if [ -z "${FUZZ_NO_BUILD:-}" ]; then
      toolchain_supports_fuzzer || die "this Swift toolchain cannot link -sanitize=fuzzer (libFuzzer) targets"
      build_modules; build_harness "$name"
    fi
    run_harness "$name" "$seconds" "$@" ;;
esac
