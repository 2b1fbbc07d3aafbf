#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Boots the live image in QEMU three times, with 64-bit UEFI (OVMF, Secure Boot on with
# Microsoft's keys), with 32-bit UEFI (OVMF ia32, as on Bay Trail tablets: the 64-bit kernel in
# EFI mixed mode) and with legacy BIOS (SeaBIOS), in batch mode, with a second disk holding a test Windows 8.1 disk
# (the bundled sample's builder: GPT, NTFS, the REAL 8.1 SYSTEM hive, a SYNTHETIC SOFTWARE hive).
# Each boot must scan that disk, write the report zip to the stick's data partition and power off.
# Then, without mounting anything, it reads the reports back (mtools), checks the manifest, the
# verdicts and the firmware each boot reported, checks the Windows disk is bit-identical
# (SHA-256), saves screenshots to docs/screenshots/live-{uefi,uefi32,bios}-*.png and writes a summary
# to media/live/test/RESULTS.md.
#
#   boot-test.sh BUILD_LIVE_DIR        (tools/live.sh test calls it)
set -euo pipefail
out=${1:?usage: boot-test.sh BUILD_LIVE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
img="$out/upgrade-scanner.img"
work="$out/test"
shots="$repo/docs/screenshots"
say() { printf 'live-test: %s\n' "$*"; }
die() { printf 'live-test: FAIL: %s\n' "$*" >&2; exit 1; }
[ -f "$img" ] || die "$img is missing: run tools/live.sh build"
# shellcheck source=/dev/null
. "$out/image.env"
mkdir -p "$work" "$shots"

# --- the test Windows disk: 32 GiB sparse, built by the sample's own fixture scripts -----------
winimg="$work/windows/sample-disk.img"
bash "$repo/tests/fixtures/hives/build-hives.sh" "$work/hives" >/dev/null
URS_SAMPLE_DISK_MIB=32768 bash "$repo/tools/sample/build-sample.sh" "$work/windows" \
  "$work/hives/software-81-pro-x64.hive" "$work/hives/bcd-uefi.hive" >/dev/null
say "hashing the test Windows disk ($(du -h --apparent-size "$winimg" | cut -f1) sparse)"
hash_before=$(sha256sum "$winimg" | cut -d' ' -f1)

# Software emulation by default: Secure Boot firmware needs SMM, and GRUB's legacy-BIOS start-up
# hangs, under the nested KVM these machines offer. URS_LIVE_KVM=1 tries KVM anyway.
if [ "${URS_LIVE_KVM:-0}" = 1 ] && [ -w /dev/kvm ]; then
  # The host CPU minus IA32_ARCH_CAPABILITIES, which nested KVM refuses to set.
  accel=(-accel kvm -cpu host,-arch-capabilities); accel_name=KVM; limit=300
else
  accel=(-accel tcg -cpu max); accel_name="software emulation (TCG)"; limit=1500
fi
say "QEMU with $accel_name"

qmp() { # qmp SOCKET JSON-COMMAND
  printf '{"execute":"qmp_capabilities"}\n%s\n' "$2" | socat -t 3 - "UNIX-CONNECT:$1" >/dev/null 2>&1 || true
}
screendump() { # screendump SOCKET FILE
  qmp "$1" "{\"execute\":\"screendump\",\"arguments\":{\"filename\":\"$2\",\"format\":\"png\"}}"
}

declare -A seconds_to_report
boot() { # boot uefi|uefi32|bios
  local fw=$1 dir="$work/$fw"
  rm -rf "$dir" && mkdir -p "$dir"
  local stick="$dir/stick.img"
  cp --sparse=always "$img" "$stick"
  # Batch mode through the settings file on the data partition (the kernel's urs.batch=1 is the
  # other way; the boot menu has an entry for it), and the console on the serial port for us.
  local data="$stick@@$((URS_LIVE_DATA_START * 512))" esp="$stick@@$((URS_LIVE_ESP_START * 512))"
  # The verdict screen powers off on a key (64-bit UEFI boot), a click (BIOS boot) or its timeout
  # (32-bit UEFI boot): the test drives the first two through QEMU's keyboard and USB tablet.
  local wait_s=60
  [ "$fw" = uefi32 ] && wait_s=15
  printf '[batch]\r\nenabled=true\r\npoweroff_after_seconds=%s\r\n' "$wait_s" >"$dir/upgradescan.ini"
  mcopy -o -i "$data" "$dir/upgradescan.ini" ::/upgradescan.ini
  # The 32-bit boot shows the app in Japanese (urs.lang=ja), so the stick's CJK font is seen.
  local lang=""
  [ "$fw" = uefi32 ] && lang=" urs.lang=ja"
  printf 'set urs_extra="console=tty0 console=ttyS0,115200 systemd.journald.forward_to_console=1 systemd.log_target=console urs.selfcheck=1%s"\n' \
    "$lang" >"$dir/custom.cfg"
  mcopy -o -i "$esp" "$dir/custom.cfg" ::/boot/grub/custom.cfg

  local firmware=()
  if [ "$fw" = uefi ]; then
    cp /usr/share/OVMF/OVMF_VARS_4M.ms.fd "$dir/vars.fd"
    firmware=(-machine q35,smm=on -global driver=cfi.pflash01,property=secure,value=on
      -drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.ms.fd
      -drive "if=pflash,format=raw,unit=1,file=$dir/vars.fd")
  elif [ "$fw" = uefi32 ]; then
    # Secure Boot capable firmware without keys enrolled: Secure Boot off, as such tablets need
    # for the unsigned 32-bit GRUB.
    cp /usr/share/OVMF/OVMF32_VARS_4M.fd "$dir/vars.fd"
    firmware=(-machine q35,smm=on -global driver=cfi.pflash01,property=secure,value=on
      -drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF32_CODE_4M.secboot.fd
      -drive "if=pflash,format=raw,unit=1,file=$dir/vars.fd")
  else
    firmware=(-machine q35 -bios /usr/share/seabios/bios-256k.bin)
  fi
  local sock="$dir/qmp.sock" log="$dir/serial.log"
  say "$fw: booting"
  local start=$SECONDS
  qemu-system-x86_64 "${accel[@]}" "${firmware[@]}" -m 2048 -smp 2 -no-reboot \
    -device qemu-xhci,id=xhci \
    -drive if=none,id=stick,format=raw,file="$stick" -device usb-storage,bus=xhci.0,drive=stick,removable=on,bootindex=0 \
    -drive if=none,id=windows,format=raw,file="$winimg" -device ide-hd,drive=windows,bus=ide.0,bootindex=1 \
    -netdev user,id=net0,restrict=on -device e1000e,netdev=net0 \
    -device usb-tablet,bus=xhci.0 -device VGA -display none -serial "file:$log" -qmp "unix:$sock,server=on,wait=off" \
    >"$dir/qemu.log" 2>&1 &
  local qemu=$!
  local scanning_shot="" shown_shot="" reported=""
  while kill -0 "$qemu" 2>/dev/null; do
    if [ $((SECONDS - start)) -gt "$limit" ]; then
      screendump "$sock" "$dir/timeout.png"
      kill "$qemu"
      die "$fw: no power-off within $limit s; see $log and $dir/timeout.png"
    fi
    if [ -z "$scanning_shot" ] && grep -q 'urs-batch: scanning' "$log" 2>/dev/null; then
      screendump "$sock" "$shots/live-$fw-1-scanning.png"; scanning_shot=1
    fi
    if [ -z "$reported" ] && grep -q 'urs-batch: report ' "$log" 2>/dev/null; then
      seconds_to_report[$fw]=$((SECONDS - start)); reported=1
    fi
    if [ -z "$shown_shot" ] && grep -q 'urs-batch: shown' "$log" 2>/dev/null; then
      sleep 3
      screendump "$sock" "$shots/live-$fw-2-verdict.png"; shown_shot=1
      case $fw in
        uefi) qmp "$sock" '{"execute":"send-key","arguments":{"keys":[{"type":"qcode","data":"ret"}]}}' ;;
        bios) qmp "$sock" '{"execute":"input-send-event","arguments":{"events":[{"type":"abs","data":{"axis":"x","value":16000}},{"type":"abs","data":{"axis":"y","value":12000}},{"type":"btn","data":{"down":true,"button":"left"}}]}}'
          sleep 0.3
          qmp "$sock" '{"execute":"input-send-event","arguments":{"events":[{"type":"btn","data":{"down":false,"button":"left"}}]}}' ;;
      esac
    fi
    sleep 1
  done
  wait "$qemu" || true
  say "$fw: powered off after $((SECONDS - start)) s"
  [ -n "$reported" ] || die "$fw: the app never reported a saved report; see $log"
  grep -q 'urs-batch: poweroff' "$log" || die "$fw: the app did not power the machine off itself; see $log"
  # Seconds (kernel clock) from the verdict on screen to the power-off the app asked for.
  local shown_at off_at held
  shown_at=$(grep -a 'urs-batch: shown' "$log" | head -1 | sed -n 's/^\[ *\([0-9.]*\)\].*/\1/p')
  off_at=$(grep -a 'urs-batch: poweroff' "$log" | head -1 | sed -n 's/^\[ *\([0-9.]*\)\].*/\1/p')
  held=$(awk -v a="$shown_at" -v b="$off_at" 'BEGIN { printf "%d", b - a }')
  case $fw in
    uefi) [ "$held" -lt $((wait_s - 10)) ] || die "$fw: a key press did not power off (verdict held $held s)"
      echo "input: a key press powered off after $held s" >"$dir/input.txt" ;;
    bios) [ "$held" -lt $((wait_s - 10)) ] || die "$fw: a click did not power off (verdict held $held s)"
      echo "input: a click (USB tablet) powered off after $held s" >"$dir/input.txt" ;;
    *) [ "$held" -ge $((wait_s - 1)) ] || die "$fw: powered off after $held s, before the $wait_s s timeout"
      echo "input: none; the $wait_s s timeout powered off after $held s" >"$dir/input.txt" ;;
  esac

  # The report, read straight from the stick's data partition.
  mdir -b -i "$data" ::/reports >"$dir/reports.txt" || die "$fw: the data partition has no reports folder"
  local zip
  zip=$(grep -i '\.zip$' "$dir/reports.txt" | head -1)
  [ -n "$zip" ] || die "$fw: no report zip on the data partition ($(cat "$dir/reports.txt"))"
  mcopy -i "$data" "$zip" "$dir/report.zip"
  python3 "$here/check-report.py" "$dir/report.zip" "$fw" "$log" >"$dir/check.txt" || { cat "$dir/check.txt"; die "$fw: report check failed"; }
  cat "$dir/input.txt" >>"$dir/check.txt"

  # What the image's self-check printed: the only block devices mounted are the stick's own
  # system (squashfs) and data partition, and nothing listens but the DHCP client (UDP 68).
  tr -d '\r' <"$log" >"$dir/serial.txt"
  log="$dir/serial.txt"
  grep -aq 'urs-selfcheck: done' "$log" || die "$fw: the self-check did not run; see $log"
  local bad
  bad=$(grep -a 'urs-selfcheck: mount ' "$log" | grep -av -e ' /run/upgradescan/system squashfs' -e ' /media/UPGRADESCAN vfat' || true)
  [ -z "$bad" ] || die "$fw: a disk of the machine was mounted: $bad"
  bad=$(grep -a 'urs-selfcheck: listen ' "$log" | grep -av -e 'listen udp6\? [0-9A-F]*:0044$' || true)
  [ -z "$bad" ] || die "$fw: something listens on the network: $bad"
  echo "mounted: $(grep -a 'urs-selfcheck: mount ' "$log" | awk '{print $NF"@"$(NF-1)}' | sort -u | tr '\n' ' ')" >>"$dir/check.txt"
  echo "listening: $(grep -ac 'urs-selfcheck: listen ' "$log") socket(s), all the DHCP client's UDP 68" >>"$dir/check.txt"
  cat "$dir/check.txt"
}

firmwares=(uefi uefi32 bios)
[ -z "${URS_LIVE_FIRMWARE:-}" ] || read -ra firmwares <<<"$URS_LIVE_FIRMWARE"
for fw in "${firmwares[@]}"; do boot "$fw"; done

hash_after=$(sha256sum "$winimg" | cut -d' ' -f1)
[ "$hash_before" = "$hash_after" ] || die "the test Windows disk CHANGED: $hash_before -> $hash_after"
say "Windows disk unchanged: sha256 $hash_after"

size_mb=$(du -m --apparent-size "$img" | cut -f1)
{
  echo "# Live image boot test: last run"
  echo
  echo "Written by \`tools/live.sh test\` ($(date -u +%Y-%m-%dT%H:%MZ), QEMU $(qemu-system-x86_64 --version | head -1 | awk '{print $4}'), $accel_name)."
  echo
  echo "- Image: \`upgrade-scanner.img\`, $size_mb MB; kernel $URS_LIVE_KERNEL"
  echo "- Test Windows disk: 32 GiB sparse GPT, NTFS, real Windows 8.1 SYSTEM hive, synthetic SOFTWARE hive"
  echo "- Windows disk SHA-256 before and after the boots: \`$hash_after\` (unchanged)"
  for fw in "${firmwares[@]}"; do
    echo
    echo "## $fw: boot to saved report in ${seconds_to_report[$fw]} s"
    echo
    sed 's/^/    /' "$work/$fw/check.txt"
  done
  echo
  echo "Screenshots: docs/screenshots/live-{uefi,uefi32,bios}-*.png"
} >"$here/RESULTS.md"
times=""
for fw in "${firmwares[@]}"; do times+=" $fw ${seconds_to_report[$fw]} s;"; done
say "image $size_mb MB; boot to saved report:$times"
say "PASS (summary in media/live/test/RESULTS.md)"
