#!/usr/bin/env bash
# Builds the libFuzzer programs (clang, the "fuzz" preset) and runs each for SECONDS (default
# 60) from the committed seed corpus, under AddressSanitizer and UndefinedBehaviorSanitizer.
# A crash, a hang (10 s on one input), a sanitizer report or a broken invariant fails the
# run; the input is kept in build-fuzz/findings/<target>/. Once mended, add it to
# fuzz/regressions/<target>/, where tst_fuzzregressions replays it in the ordinary suite.
# SHIKEN_FUZZ_SEED fixes libFuzzer's seed (CI uses one, so a run it passed passes again: the
# same seed and corpus give the same inputs, a shorter run a prefix of a longer one); unset,
# every run is a new random walk, which is how new findings are made.
# Usage: [SHIKEN_FUZZ_SEED=N] scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
seed="${SHIKEN_FUZZ_SEED:-0}" # 0: libFuzzer picks one
scripts/setup.sh fuzz
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for target in questions blueprint topics database gift moodlexml csv; do
    work=$(mktemp -d)
    findings="build-fuzz/findings/$target"
    mkdir -p "$findings"
    echo "fuzz: $target for $seconds s"
    # New inputs go to the scratch folder (the first); the committed corpus is only read.
    if ! QT_QPA_PLATFORM=offscreen "build-fuzz/fuzz/fuzz_$target" "$work" "fuzz/corpus/$target" \
        -max_total_time="$seconds" -seed="$seed" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$findings/" -print_final_stats=1 >"$findings/log" 2>&1; then
        tail -n 40 "$findings/log"
        echo "fuzz: $target found a problem; the input is in $findings/"
        rm -rf "$work"
        exit 1
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$findings/log" | tr '\n' ' '
    echo "corpus $(ls "$work" | wc -l) new inputs"
    rm -rf "$work"
done
echo "fuzz: no findings"
