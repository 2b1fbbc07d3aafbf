#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, checks the formatting, builds and runs the tests: the whole suite in build/; the core
# tests and the app's Quick Tests again under AddressSanitizer and UBSan in build-asan/; the
# session's concurrency test under ThreadSanitizer in build-tsan/; each fuzz target for 20 s in
# build-fuzz/. Run as root (packages, ntfs-3g mounts for the fixture images).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/check-format.sh
bash tools/build.sh build -DURS_BUILD_TESTS=ON
(cd build && ctest --output-on-failure -j2 -LE bench)
# Debug (-O0): the sanitizer build compiles faster than an optimised one, and checks the same.
# The core tests, then the app's Quick Tests (offscreen, software renderer) under ASan and UBSan.
BUILD_TYPE=Debug bash tools/build.sh build-asan -DURS_SANITIZE=ON -DURS_BUILD_UI=ON -DURS_BUILD_TESTS=ON
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
   LSAN_OPTIONS=suppressions=$PWD/../tools/lsan.supp ctest --output-on-failure -j2 -L core)
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
   LSAN_OPTIONS=suppressions=$PWD/../tools/lsan.supp ctest --output-on-failure -j2 -R '^tst_qml_')
# The session's concurrency test under ThreadSanitizer (build-tsan/).
bash tools/tsan.sh
# Each fuzz target for a short fixed budget (docs/fuzzing.md): clang, ASan and UBSan in
# build-fuzz/; Debug compiles in a third of RelWithDebInfo's time.
BUILD_TYPE=Debug bash tools/fuzz.sh all 20
