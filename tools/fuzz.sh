#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz, clang with ASan and UBSan) into build-fuzz/ and runs
# each for SECONDS: starting from its seeds (tests/fuzz/corpus/<target>, read only) and what
# earlier runs found (build-fuzz/corpus/<target>, where new inputs go); a crash, leak, timeout
# or out-of-memory input is written to build-fuzz/crashes/<target>/. Prints per target the
# inputs run and the crashes found; exits 1 when any target crashed. tools/test.sh runs
# `tools/fuzz.sh all 20` (BUILD_TYPE=Debug: -O0 compiles in a third of the time).
#   tools/fuzz.sh [TARGET|all] [SECONDS]     TARGET: hive smbios acpi disk rules zip logs
#   BUILD_TYPE=RelWithDebInfo (default) | Debug;  FUZZ_JOBS=N build jobs (default: all cores)
# Reproduce a crash: build-fuzz/tests/fuzz/fuzz_<target> build-fuzz/crashes/<target>/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
ALL=(hive smbios acpi disk rules zip logs)
which=${1:-all}
seconds=${2:-60}
if [[ $which == all ]]; then
    targets=("${ALL[@]}")
elif [[ " ${ALL[*]} " == *" $which "* ]]; then
    targets=("$which")
else
    echo "usage: tools/fuzz.sh [all|${ALL[*]// /|}] [SECONDS]" >&2
    exit 2
fi
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: SECONDS must be a positive number" >&2; exit 2; }

# The largest input each target is given: above its largest seed (tests/fuzz/PROVENANCE.md),
# small enough that an input stays cheap.
declare -A MAX_LEN=([hive]=1048576 [smbios]=65536 [acpi]=8192 [disk]=4194304 [rules]=150000
    [zip]=262144 [logs]=262144)

bash tools/setup.sh >/dev/null
build="build-fuzz"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DURS_BUILD_UI=OFF -DURS_BUILD_TESTS=OFF -DURS_FUZZ=ON >/dev/null
start=$(date +%s)
cmake --build "$build" -j"${FUZZ_JOBS:-$(nproc)}" --target "${targets[@]/#/fuzz_}" | grep -v '^\[' || true
echo "fuzz: built in $(($(date +%s) - start)) s"

# halt_on_error: UBSan stops at the first report, so libFuzzer keeps the input.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
rows=()
for t in "${targets[@]}"; do
    corpus=$build/corpus/$t
    crashes=$build/crashes/$t
    logfile=$build/logs/$t.log
    mkdir -p "$corpus" "$crashes" "$build/logs"
    before=$(find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    echo "fuzz: $t for $seconds s (log: $logfile)"
    rc=0
    began=$(date +%s)
    "$build/tests/fuzz/fuzz_$t" "$corpus" "tests/fuzz/corpus/$t" -max_total_time="$seconds" \
        -max_len="${MAX_LEN[$t]}" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/" >"$logfile" 2>&1 || rc=$?
    took=$(($(date +%s) - began))
    after=$(find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    found=$((after - before))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logfile" | tail -n 1)
    if ((rc != 0 || found > 0)); then
        failed=1
        ((found > 0)) || found="? (exit $rc)"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$logfile" | head -n 3 | sed 's/^/    /' || true
    fi
    rows+=("$(printf '%-8s %8s %12s %8s' "$t" "$took" "${runs:-?}" "$found")")
done
printf '%-8s %8s %12s %8s\n' target seconds executions crashes
printf '%s\n' "${rows[@]}"
if ((failed)); then
    echo "fuzz: crash found; inputs in $build/crashes/<target>/" >&2
    exit 1
fi
echo "fuzz: no crash in ${#targets[@]} target(s)"
