#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a report zip that a booted live image left on its data partition.

    check-report.py REPORT.zip uefi|uefi32|bios SERIAL.log

The manifest must list every member with its SHA-256, and only those; report.json must hold a
verdict for every target, the same verdicts the app printed on the console, and the firmware
state the boot should show: UEFI with Secure Boot on (OVMF with Microsoft's keys), 32-bit UEFI
with Secure Boot off (no keys enrolled), or legacy BIOS. Prints what it checked; exits 1 on the first failure.
"""
import hashlib
import json
import re
import sys
import zipfile


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def fact(facts, name):
    node = facts
    for part in name.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def main():
    path, firmware, serial_log = sys.argv[1], sys.argv[2], sys.argv[3]
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
        if manifest.get("schema") != "upgrade-scan/manifest":
            fail("manifest.json is not an upgrade-scan manifest")
        listed = {m["name"]: m for m in manifest["members"]}
        if set(listed) != names - {"manifest.json"}:
            fail(f"manifest lists {sorted(listed)} but the zip holds {sorted(names)}")
        for name, member in listed.items():
            data = z.read(name)
            if hashlib.sha256(data).hexdigest() != member["sha256"] or len(data) != member["size"]:
                fail(f"{name}: size or SHA-256 differs from the manifest")
        report = json.loads(z.read("report.json"))
    print(f"report {path.split('/')[-1]}: {len(names)} members, manifest SHA-256 checked")

    facts = report["facts"]
    fw_type = fact(facts, "hardware.firmware.type")
    secure_boot = fact(facts, "hardware.firmware.secure_boot")
    print(f"firmware: type {fw_type}, secure boot {secure_boot}")
    if firmware == "uefi" and (fw_type != "uefi" or secure_boot is not True):
        fail("a UEFI boot with Secure Boot on must report firmware type uefi and secure boot true")
    if firmware == "uefi32" and (fw_type != "uefi" or secure_boot is not False):
        fail("a 32-bit UEFI boot without keys must report firmware type uefi and secure boot false")
    if firmware == "bios" and fw_type != "bios":
        fail("a legacy BIOS boot must report firmware type bios")
    edition = fact(facts, "windows.product_name")
    print(f"windows: {edition}")

    verdicts = {}
    for target_id, target in report["assessment"]["targets"].items():
        verdicts[target_id] = target["verdict"]
    if not verdicts:
        fail("report.json has no verdicts")
    printed = dict(re.findall(r"urs-batch: verdict (\S+) (\S+)", open(serial_log, errors="replace").read()))
    for target, verdict in sorted(verdicts.items()):
        print(f"verdict {target}: {verdict}")
        if printed.get(target) != verdict:
            fail(f"the app showed {printed.get(target)} for {target}, the report says {verdict}")


main()
