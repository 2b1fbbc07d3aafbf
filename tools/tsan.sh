#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The session's concurrency under ThreadSanitizer: builds the scanner libraries and
# tst_scan_session with -fsanitize=thread into build-tsan/ and runs it (previews, the target
# list and scans of one session and of a second one, at once, on the sample image). About
# 10 minutes on 2 cores; not part of tools/test.sh. Prints a summary line at the end.
#   tools/tsan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DURS_SANITIZE_THREAD=ON -DURS_BUILD_UI=OFF \
    -DURS_BUILD_TESTS=ON >/dev/null
cmake --build build-tsan -j"$(nproc)" --target tst_scan_session
# halt_on_error: the first race fails the run; second_deadlock_stack: both stacks of a lock
# inversion. Qt and spdlog are not instrumented; their locks are seen through libc.
(cd build-tsan && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$PWD/../tools/tsan.supp" \
    ctest --output-on-failure -R 'tst_scan_session|fixture_')
echo "tsan: tst_scan_session passed under ThreadSanitizer"
