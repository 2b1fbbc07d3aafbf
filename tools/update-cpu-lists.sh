#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates rules/cpu-lists/windows11-{intel,amd,qualcomm}.txt from Microsoft's pages
# "Windows 11 supported Intel/AMD/Qualcomm processors" (learn.microsoft.com), merged over the
# Windows 11 releases that have a page. Needs a machine that is online, curl and python3; it is
# not part of the build or the tests.
#
#   bash tools/update-cpu-lists.sh [--out DIR]     # default DIR: rules/cpu-lists
#
# Each file: the date of the copy (YYYY.M.D) on the first line, one model name a line as
# Microsoft writes it (Brand and Model columns joined, (R)/(TM) for the marks), EOF last. A file
# is replaced only when its page(s) gave at least 90 % as many names as it holds now (a page
# whose layout changed must not empty a list). Afterwards:
#   - read the printed differences; update rules/cpu-lists/PROVENANCE.md (source, date, sizes)
#     and the sizes pinned in tests/unit/engine/tst_cpu_lists.cpp;
#   - check that the corrections and conditions in rules/cpu-{intel,amd}.yaml still name lines
#     of the files (the rule loader refuses them otherwise), then run
#     ctest -R 'tst_cpu_lists|tst_rules_schema|tst_rule_outcomes'.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/rules/cpu-lists"
if [[ "${1:-}" == "--out" && -n "${2:-}" ]]; then
  out=$2
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--out DIR]" >&2
  exit 2
fi
mkdir -p "$out"
base=https://learn.microsoft.com/en-us/windows-hardware/design/minimum/supported
releases=("" 22h2- 24h2- 25h2-) # 21H2 has the page without a release; 22H2 covers 23H2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for vendor in intel amd qualcomm; do
  got=0
  for r in "${releases[@]}"; do
    url="$base/windows-11-${r}supported-${vendor}-processors"
    if curl -fsSL --retry 2 --max-time 60 -o "$work/$vendor-${r:-21h2-}html" "$url"; then
      echo "fetched $url"
      got=$((got + 1))
    else
      echo "no page at $url (skipped)" >&2
    fi
  done
  if [[ $got -eq 0 ]]; then
    echo "error: no page could be fetched for $vendor; is this machine online?" >&2
    exit 1
  fi
done

python3 - "$work" "$out" <<'PY'
import datetime, glob, html.parser, os, re, sys

work, out = sys.argv[1], sys.argv[2]
MAKERS = {"intel": "Intel", "amd": "AMD", "qualcomm": "Qualcomm"}

class Tables(html.parser.HTMLParser):
    """Rows of every table: a list of cell texts per <tr>."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.row, self.cell = [], None, None
    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag == "sup" and self.cell is not None:
            self.cell.append(" ")  # footnote marks are dropped below
    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)

def clean(text):
    text = text.replace("\u00ae", "(R)").replace("\u2122", "(TM)").replace("\u00a0", " ")
    text = re.sub(r"\[\d+\]|\*+$", "", text)  # footnote references
    return re.sub(r"\s+", " ", text).strip()

status = 0
for vendor, maker in MAKERS.items():
    names = set()
    for page in sorted(glob.glob(os.path.join(work, vendor + "-*html"))):
        parser = Tables()
        with open(page, encoding="utf-8", errors="replace") as f:
            parser.feed(f.read())
        header = None
        for row in parser.rows:
            cells = [clean(c) for c in row]
            lower = [c.lower() for c in cells]
            if "manufacturer" in lower:
                header = lower
                continue
            if not header or len(cells) < len(header) - 1:
                continue
            col = {h: i for i, h in enumerate(header)}
            brand = cells[col.get("brand", col.get("product name", 1))]
            model = cells[col.get("model", col.get("series", 2))]
            brand = re.sub(r"^" + maker + r"(\(R\))?\s*", "", brand, flags=re.I)
            name = clean(brand + " " + model)
            if name and not name.lower().startswith(("manufacturer", "brand", "model")):
                names.add(name)
    target = os.path.join(out, "windows11-%s.txt" % vendor)
    old = []
    if os.path.exists(target):
        with open(target, encoding="utf-8") as f:
            old = [l.strip() for l in f.read().splitlines()[1:] if l.strip() and l.strip() != "EOF"]
    if len(names) < 0.9 * len(old) or not names:
        print("error: %s: only %d names from the pages (the file has %d); not replaced"
              % (vendor, len(names), len(old)), file=sys.stderr)
        status = 1
        continue
    today = datetime.date.today()
    with open(target + ".new", "w", encoding="utf-8") as f:
        f.write("%d.%d.%d\n" % (today.year, today.month, today.day))
        f.write("\n".join(sorted(names, key=str.lower)) + "\nEOF")
    os.replace(target + ".new", target)
    added, gone = sorted(names - set(old)), sorted(set(old) - names)
    print("%s: %d names (was %d): %d new, %d no longer listed"
          % (target, len(names), len(old), len(added), len(gone)))
    for n in added:
        print("  + " + n)
    for n in gone:
        print("  - " + n)
sys.exit(status)
PY
