#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when clang-format (with the repository's .clang-format) would change a C++ file, and
# names each such file. `tools/check-format.sh --fix` formats them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ ${1:-} == --fix ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
bad=0
for f in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "check-format: $f is not clang-formatted (run tools/check-format.sh --fix)" >&2
        bad=1
    fi
done
[[ $bad == 0 ]] && echo "check-format: ${#files[@]} C++ files formatted"
exit $bad
