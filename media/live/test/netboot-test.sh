#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Boots the scanner over the network in QEMU: SeaBIOS with QEMU's iPXE ROM loads boot.ipxe from
# QEMU's TFTP server, the kernel and initramfs come over HTTP from a local server, the initramfs
# downloads the system squashfs, and batch mode writes the report to an SMB share (QEMU's smb=,
# served by the host's Samba). Checks the report that arrives in the share and that the test
# Windows disk is unchanged. Run after boot-test.sh (it reuses the test Windows disk).
#
#   netboot-test.sh BUILD_LIVE_DIR        (tools/live.sh netboot-test calls it)
set -euo pipefail
out=${1:?usage: netboot-test.sh BUILD_LIVE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
work="$out/test/netboot"
winimg="$out/test/windows/sample-disk.img"
say() { printf 'netboot-test: %s\n' "$*"; }
die() { printf 'netboot-test: FAIL: %s\n' "$*" >&2; exit 1; }
[ -f "$out/netboot/system.squashfs" ] || die "$out/netboot is missing: run tools/live.sh build"
[ -f "$winimg" ] || die "$winimg is missing: run tools/live.sh test first"
command -v smbd >/dev/null || die "smbd is missing (tools/setup.sh --live installs samba)"
rm -rf "$work" && mkdir -p "$work/tftp" "$work/share/reports"
hash_before=$(sha256sum "$winimg" | cut -d' ' -f1)

port=8123
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out/netboot" >"$work/http.log" 2>&1 &
http=$!
trap 'kill $http 2>/dev/null || true' EXIT
cp "$out/netboot/boot.ipxe" "$work/tftp/boot.ipxe"
# QEMU's user network: the host is 10.0.2.2, its SMB server \\10.0.2.4\qemu, which QEMU
# forwards on port 139 only (NetBIOS session), so the share is mounted with port=139.
cat >"$work/tftp/start.ipxe" <<IPXE
#!ipxe
set base http://10.0.2.2:$port
set share //10.0.2.4/qemu
set extra urs.batch=1 urs.share_options=guest,port=139 console=tty0 console=ttyS0,115200 systemd.journald.forward_to_console=1
chain boot.ipxe
IPXE
printf '[batch]\r\nenabled=true\r\npoweroff_after_seconds=5\r\n' >"$work/share/upgradescan.ini"

if [ "${URS_LIVE_KVM:-0}" = 1 ] && [ -w /dev/kvm ]; then accel=(-accel kvm -cpu host,-arch-capabilities); limit=600; else accel=(-accel tcg -cpu max); limit=2400; fi
log="$work/serial.log"
start=$SECONDS
qemu-system-x86_64 "${accel[@]}" -machine q35 -m 2048 -smp 2 -no-reboot \
  -netdev "user,id=net0,tftp=$work/tftp,bootfile=start.ipxe,smb=$work/share" \
  -device e1000,netdev=net0,bootindex=0 \
  -drive if=none,id=windows,format=raw,file="$winimg" -device ide-hd,drive=windows,bus=ide.0 \
  -device VGA -display none -serial "file:$log" >"$work/qemu.log" 2>&1 &
qemu=$!
while kill -0 "$qemu" 2>/dev/null; do
  if [ $((SECONDS - start)) -gt "$limit" ]; then kill "$qemu"; die "no power-off within $limit s; see $log"; fi
  sleep 2
done
say "powered off after $((SECONDS - start)) s"
grep -q 'urs-batch: report ' "$log" || die "no report was saved; see $log"
zip=$(find "$work/share/reports" -name "*.zip" | head -1)
[ -n "$zip" ] || die "no report zip arrived in the share"
python3 "$here/check-report.py" "$zip" bios "$log" | tee "$work/check.txt"
[ "$(sha256sum "$winimg" | cut -d' ' -f1)" = "$hash_before" ] || die "the test Windows disk CHANGED"
grep -q 'GET /system.squashfs' "$work/http.log" || die "the system was not fetched over HTTP"
say "PASS: network boot in $((SECONDS - start)) s, report in the SMB share, Windows disk unchanged"
