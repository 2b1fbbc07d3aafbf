#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The scanner's layering, read from the sources: every #include "folder/..." in scanner/FOLDER
# names FOLDER itself or a folder below it. The build enforces the same (each library sees only
# the include roots it links); this check names the offending line.
#   check-layering.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: check-layering.sh SOURCE_DIR}/scanner
declare -A below=(
  [common]=""
  [facts]="common"
  [source]="common facts"
  [hardware]="common facts"
  [windows]="common facts source"
  [engine]="common facts"
  [report]="common facts engine"
  [session]="common facts source hardware windows engine report"
  [cli]="common facts source engine report session"
)
bad=0
for folder in "${!below[@]}"; do
  allowed=" $folder ${below[$folder]} "
  while IFS=: read -r file line text; do
    inc=$(sed -n 's/^#include "\([a-z_]*\)\/.*/\1/p' <<<"$text")
    [[ -z $inc || $allowed == *" $inc "* ]] && continue
    echo "layering: $file:$line includes $inc/ from $folder/ ($text)" >&2
    bad=1
  done < <(grep -rn '^#include "[a-z_]*/' "$src/$folder" || true)
done
[[ $bad == 0 ]] && echo "layering: ${#below[@]} folders, no include from a lower folder to a higher one"
exit $bad
