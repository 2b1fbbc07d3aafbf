#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian package the build, the tests and the sample need. Runs as root on a
# fresh Debian bookworm machine; a second run with everything present does nothing.
#   setup.sh          build, tests, sample
#   setup.sh --live   and what building and boot-testing the live USB image needs
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config clang-format
  # Qt 6.4: Core/Gui/Quick/QuickControls2/Test/QuickTest, Linguist tools, QML modules
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qttest
  qml6-module-qtqml-workerscript qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  qml6-module-qtqml qml6-module-qtqml-models
  # libraries the scanner links
  libhivex-dev libtsk-dev libarchive-dev libspdlog-dev libqrencode-dev libyaml-cpp-dev
  # SHA-256 for the report manifest (fast, uses the CPU's SHA instructions)
  nettle-dev
  # CRC32 for GPT headers (zlib, already under libarchive and Qt)
  zlib1g-dev
  # data: PCI ids for GPU names; a Japanese font for the app and the report screenshots
  pci.ids fonts-noto-cjk
  # fixture builders (tests only): hives, NTFS and FAT volumes, partition tables
  libhivex-bin libwin-hivex-perl ntfs-3g gdisk fdisk dosfstools mtools xz-utils
  # report checks (tests only): zip testers, a headless browser for the HTML and its A4 print,
  # pdftotext to read the printed PDF back (and pdftoppm for tools/report-screenshots.sh)
  unzip libarchive-tools chromium poppler-utils
  # fuzzing (tools/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
)
LIVE_PACKAGES=(
  # the image: a Debian root file system, squashfs, FAT file systems, an MBR, GRUB for legacy BIOS
  # and 32/64-bit UEFI, Debian's signed shim and GRUB for Secure Boot
  mmdebstrap squashfs-tools dosfstools mtools fdisk grub-pc-bin grub-efi-amd64-bin
  grub-efi-ia32-bin grub-efi-amd64-signed shim-signed grub-common
  # the boot test: QEMU with UEFI (OVMF, 64- and 32-bit) and legacy BIOS (SeaBIOS) firmware
  qemu-system-x86 qemu-utils ovmf ovmf-ia32 seabios ipxe-qemu socat python3
  # the network-boot test: Samba behind QEMU's smb= share for the reports
  samba
)
if [ "${1:-}" = "--live" ]; then
  PACKAGES+=("${LIVE_PACKAGES[@]}")
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}; run this script as root" >&2
  exit 1
fi
echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
