#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reading a 1 GB setupact.log (SYNTHETIC, made once into BUILD_DIR/bench-logs) in bounded memory:
# the log scanner with the real rule data beside `grep -c` over the same file, in one run. Aim:
# peak RSS flat (tens of MiB whatever the size), speed at least half of grep's.
# usage: tools/bench-logs.sh [BUILD_DIR] [MIB]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
mib=${2:-1024}
cmake --build "$build" --target bench_setup_logs >/dev/null
mkdir -p "$build/bench-logs"
log=$build/bench-logs/setupact.log
make=()
if [ ! -f "$log" ] || [ "$(stat -c %s "$log")" -lt $(( mib * 1024 * 1024 - 1024 * 1024 )) ]; then
  make=(--make "$mib")
fi
bench="$build/tests/bench/bench_setup_logs"
"$bench" --file "$log" "${make[@]}" --rules rules >/dev/null   # makes the file, warms the page cache
grep -c "0x" "$log" >/dev/null                                 # and once more for grep
echo "== grep -c over $(stat -c %s "$log") bytes"
start=$(date +%s.%N); count=$(grep -c "0x" "$log"); end=$(date +%s.%N)
grep_s=$(echo "$end - $start" | bc -l)
printf 'lines with 0x: %s\nseconds %.3f\n' "$count" "$grep_s"
echo "== log scanner (all patterns of rules/setup-logs.yaml for setupact.log)"
out=$("$bench" --file "$log" --rules rules)
echo "$out"
ours=$(echo "$out" | awk '/^seconds/ {print $2}')
printf '== speed relative to grep -c: %.2f (aim: 0.50 or more)\n' "$(echo "$grep_s / $ours" | bc -l)"
