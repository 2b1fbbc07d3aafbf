#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Never write to the scanned disk, read from the sources: the folders that open the scanned disk
# and the machine (scanner/source, scanner/windows, scanner/hardware) use no call or flag that
# opens, creates, changes or removes a file for writing. What they may write is the descriptor a
# caller hands to WindowsVolume::copyTo (the memfd a hive is copied into), with write(2): that
# call is not flagged, the flags and calls that would get a writable file are. Writing belongs to
# scanner/report (the report folder), which this does not look at. docs/read-only.md lists every
# open of the scanner and the app with why it is safe.
#   check-read-only.sh SOURCE_DIR    check the tree
#   check-read-only.sh --self-test   show that each forbidden form is caught, and a clean file not
set -euo pipefail

# Flags and calls that give a writable file or change one (in code, not in comments).
forbidden=(
  'O_(RDWR|WRONLY|CREAT|TRUNC|APPEND)'
  'QIODevice::(WriteOnly|ReadWrite|Append|Truncate)'
  'QSaveFile|QTemporaryFile|QLockFile|QSettings'
  'HIVEX_OPEN_WRITE|hivex_commit|hivex_node_(set_value|set_values|add_child|delete_child)'
  'tsk_img_writer|TSK_IMG_TYPE_[A-Z_]*WRITE'
  'fopen[[:space:]]*\([^,]*,[[:space:]]*"[^"]*[wa+]'
  'std::(o|)fstream|fdopen'
  '(^|[^.>[:alnum:]_])(unlink|unlinkat|rmdir|mkdir|mkdirat|rename|renameat|truncate|ftruncate|pwrite|pwrite64|mkstemp|mkostemp|fallocate|link|symlink|chmod|chown|utimensat|futimens)[[:space:]]*\('
  'QFile::(remove|rename|copy|link|resize|setPermissions|moveToTrash)|QDir[^;]*\.(mkpath|mkdir|remove|rmdir|rename|removeRecursively)'
  'std::filesystem::(create|remove|rename|copy|resize)'
  'archive_write_disk'
  'BLKDISCARD|BLKZEROOUT|BLKSECDISCARD|BLKFLSBUF'
)
pattern=$(IFS='|'; echo "${forbidden[*]}")

# Prints file:line: code for each forbidden use under ROOT's reading folders; exit 1 if any.
check() {
  local root=$1 bad=0 file line text code
  for dir in source windows hardware; do
    [[ -d $root/scanner/$dir ]] || { echo "check-read-only: no $root/scanner/$dir" >&2; return 2; }
  done
  while IFS=: read -r file line text; do
    code=${text%%//*} # a comment may name what is forbidden ("never HIVEX_OPEN_WRITE")
    if grep -qE "$pattern" <<<"$code"; then
      echo "read-only: $file:$line writes or may write a file: ${code#"${code%%[![:space:]]*}"}" >&2
      bad=1
    fi
  done < <(grep -rnE "$pattern" "$root/scanner/source" "$root/scanner/windows" "$root/scanner/hardware" \
    --include='*.cpp' --include='*.h' || true)
  return $bad
}

if [[ ${1:-} == --self-test ]]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/scanner/source" "$tmp/scanner/windows" "$tmp/scanner/hardware"
  # SYNTHETIC sources: what the readers really do passes...
  cat >"$tmp/scanner/source/ok.cpp" <<'EOF'
int fd = ::open(path, O_RDONLY | O_CLOEXEC); // never O_RDWR
file.open(QIODevice::ReadOnly);
hive_h *h = hivex_open(name, 0);
const ssize_t n = ::write(fd, p, left); // into the caller's memfd
buf.truncate(done);
name.remove(QLatin1Char('-'));
EOF
  check "$tmp" || { echo "self-test: a clean file was flagged" >&2; exit 1; }
  # ...and each forbidden form is caught on its own.
  caught=0
  while IFS= read -r line; do
    printf '%s\n' "$line" >"$tmp/scanner/windows/bad.cpp"
    if check "$tmp" 2>/dev/null; then
      echo "self-test: not caught: $line" >&2
      exit 1
    fi
    caught=$((caught + 1))
  done <<'EOF'
int fd = ::open(path, O_RDWR);
int fd = ::open(path, O_WRONLY | O_CREAT, 0644);
file.open(QIODevice::WriteOnly);
file.open(QIODevice::ReadWrite);
hive_h *h = hivex_open(name, HIVEX_OPEN_WRITE);
hivex_commit(h, nullptr, 0);
FILE *f = fopen(path, "r+");
std::ofstream out(path);
::unlink(path);
ftruncate(fd, 0);
QFile::remove(path);
QDir().mkpath(dir);
std::filesystem::create_directories(dir);
ioctl(fd, BLKDISCARD, range);
EOF
  rm -f "$tmp/scanner/windows/bad.cpp"
  echo "check-read-only self-test: $caught forbidden forms caught, the clean file passes"
  exit 0
fi

root=${1:?usage: check-read-only.sh SOURCE_DIR | --self-test}
check "$root" && echo "read-only: scanner/source, scanner/windows and scanner/hardware open nothing for writing"
