#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes rules/gpus.yaml: which graphics adapters meet Windows 11's graphics requirement, as
explicit PCI device ids grouped by GPU generation, from the device names in pci.ids.

    python3 tools/make-gpu-table.py                  # read /usr/share/misc/pci.ids, write rules/gpus.yaml
    python3 tools/make-gpu-table.py --check          # exit 1 when rules/gpus.yaml differs from a fresh run
    python3 tools/make-gpu-table.py --pci-ids FILE --out FILE [--allow-unclassified]

The build never runs this; rules/gpus.yaml is committed. Run it again after Debian's pci.ids
package (/usr/share/misc/pci.ids) is updated, or after changing GENERATIONS below, and review
the diff.

Why names and not id ranges: vendors do not hand out device ids by generation. NVIDIA's
0x1000-0x2FFF holds Kepler and later next to Fermi (GF110, GF114, GF116, GF117, GF119) and
Tesla (GT218) parts; AMD's 0x9400-0x9FFF holds TeraScale (RV770, Sumo, Wrestler, Trinity,
Richland) next to GCN APUs (Kabini, Temash, Mullins, Carrizo, Stoney); AMD's 0x68xx holds GCN
Cape Verde next to TeraScale Thames and Evergreen. So every device id is classified by the chip
codename or marketing name that pci.ids gives it, and written out one by one. An id that is not
in pci.ids is not in the table: the scanner then says "unknown", never "pass" or "blocker".

Windows 11's requirement (Microsoft, "Windows 11 specifications and system requirements",
https://www.microsoft.com/windows/windows-11-specifications): "Graphics card: Compatible with
DirectX 12 or later with WDDM 2.0 driver." Direct3D 12 needs hardware of feature level 11_0 or
higher (Microsoft, "Hardware feature levels", https://learn.microsoft.com/windows/win32/direct3d12/hardware-feature-levels)
and a WDDM 2.0 or later driver, i.e. a driver written for Windows 10 or later. Each generation
below names the basis of its answer; "(verify)" marks what could not be checked against the
vendor's own page when the table was made.

Every device name of the three vendors (Intel 8086, AMD/ATI 1002, NVIDIA 10de) is sorted into:
a generation (written out), a part left out on purpose (listed in a comment at the end of the
file with the reason), something that is no GPU (ignored), or "unclassified": a name that looks
like a GPU but matches no rule. Unclassified names stop the script (a newer pci.ids brings new
codenames: add them to GENERATIONS) unless --allow-unclassified is given, in which case they
stay out of the table (unknown).
"""

import argparse
import difflib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Sources named in the bases below.
MS_REQ = "Microsoft: Windows 11 needs DirectX 12 with a WDDM 2.0 driver"
MS_FL = ("Microsoft: Direct3D 12 needs feature level 11_0 hardware at least, so DirectX 9/10/10.1 "
         "hardware can never qualify")


class Generation:
    def __init__(self, vendor, key, name, dx12, basis, patterns):
        self.vendor = vendor
        self.key = key
        self.name = name
        self.dx12 = dx12
        self.basis = basis
        self.patterns = [re.compile(p) for p in patterns]


# Ordered per vendor, oldest first; the output keeps this order. A device name must match the
# patterns of exactly one generation (two matches stop the script). NVIDIA patterns match the
# chip code (the first word of the name: "GF119M", "GK208B", "GN20-P0-R-K2"); AMD patterns the
# start of the name ("Cape Verde PRO [...]"); Intel patterns anywhere in the name, since Intel
# names give a codename ("Haswell-ULT Integrated Graphics Controller"), a product generation
# ("3rd Gen Core processor Graphics Controller") or only the marketing name ("HD Graphics 5500").
GENERATIONS = [
    # --- NVIDIA -------------------------------------------------------------------------------
    Generation("10de", "nv-curie", "NVIDIA NV1 to GeForce 7 (Riva, GeForce 256 to 7: NV1-NV4x, G7x; nForce IGPs C51-C73)", False,
               MS_FL + "; DirectX 9.0c hardware at most (feature level 9_3).",
               [r"^NV[0-9][0-9A-F]?[A-Z]*$", r"^G7[0-9][A-Z]*(/G7[0-9])?$", r"^C(51|61|67|68|73)[A-Z]*$"]),
    Generation("10de", "nv-tesla", "NVIDIA Tesla (G8x, G9x, GT2xx: GeForce 8, 9, 100-300; IGPs C77-C79, MCP7x/MCP89, ION)", False,
               MS_FL + "; DirectX 10 / 10.1 hardware (feature level 10_0 / 10_1).",
               [r"^G8[0-9][A-Za-z]*$", r"^G9[0-9][A-Za-z]*$", r"^GT2[0-9]{2}[A-Za-z]*$", r"^C7[789][A-Za-z]*$",
                r"^MCP(7[89A]|89)$"]),
    Generation("10de", "nv-fermi", "NVIDIA Fermi (GF1xx: GeForce 400, 500 and some 600/700)", False,
               "DirectX 11 hardware (feature level 11_0). NVIDIA's last Fermi driver is the Windows 10 "
               "release 391.35; NVIDIA's Windows 11 drivers (R470 and later) support Kepler and newer only. "
               "(verify: drivers 384.76 to 391.35 are reported to expose Direct3D 12 at feature level 11_0 "
               "on Fermi with a WDDM 2.x driver; counted as not qualifying because no driver for Windows 11 exists.)",
               [r"^GF1[0-9]{2}[A-Za-z]*$"]),
    Generation("10de", "nv-kepler", "NVIDIA Kepler (GKxxx: GeForce 600/700, GT 710-740, Quadro K)", True,
               MS_REQ + "; Kepler runs Direct3D 12 at feature level 11_0/11_1 with NVIDIA's WDDM 2.x "
               "drivers, and NVIDIA's R470 drivers support it on Windows 11.",
               [r"^GK[0-9]{3}[A-Za-z]*$"]),
    Generation("10de", "nv-maxwell", "NVIDIA Maxwell (GMxxx: GeForce 750/900, MX110/130)", True,
               MS_REQ + "; Direct3D 12 (feature level 11_0 / 12_1) with NVIDIA's WDDM 2.x drivers.",
               [r"^GM[0-9]{3}[A-Za-z]*$"]),
    Generation("10de", "nv-pascal", "NVIDIA Pascal (GPxxx: GeForce 10, MX150-350, Quadro P)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1) with NVIDIA's WDDM 2.x drivers.",
               [r"^GP[0-9]{3}[A-Za-z]*$"]),
    Generation("10de", "nv-volta", "NVIDIA Volta (GV100: TITAN V, Quadro GV100, Tesla V100)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1) with NVIDIA's WDDM 2.x drivers.",
               [r"^GV[0-9]{3}[A-Za-z]*$"]),
    Generation("10de", "nv-turing", "NVIDIA Turing (TUxxx: GeForce 16 and RTX 20)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1 / 12_2) with NVIDIA's WDDM 2.x drivers.",
               [r"^TU[0-9]{3}[A-Za-z]*$"]),
    Generation("10de", "nv-ampere", "NVIDIA Ampere (GAxxx: GeForce RTX 30, RTX A-series)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_2) with NVIDIA's WDDM 2.x drivers.",
               [r"^GA(10[2-9]|11[0-9])[A-Za-z]*$", r"^GN20-"]),
    Generation("10de", "nv-ada", "NVIDIA Ada Lovelace (ADxxx: GeForce RTX 40, RTX Ada)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_2) with NVIDIA's WDDM 3.x drivers.",
               [r"^AD[0-9]{3}[A-Za-z]*$", r"^GN21-"]),
    # --- AMD / ATI ----------------------------------------------------------------------------
    Generation("1002", "amd-pre-terascale",
               "ATI/AMD before TeraScale (Mach64, Rage, Radeon 7000 to X1950; Xpress, X1200, 2100 IGPs)", False,
               MS_FL + "; DirectX 9 or older hardware.",
               [r"^(Mach ?64|3D Rage|Rage|M1 \[Rage|215CT|210888ET|264(LT|VT)|68800AX|All-In-Wonder|ES1000)",
                r"^R[1-5][0-9]{2}\b", r"^R[1-5][0-9]{2}[+/ ]", r"^RV[1-5][0-9]{2}", r"^RS([1-6][0-9]{2}|7[0-4][0-9])",
                r"^RC410"]),
    Generation("1002", "amd-terascale1",
               "AMD TeraScale 1 (Radeon HD 2000, 3000, 4000; HD 3000/4000 chipset graphics)", False,
               MS_FL + "; DirectX 10 / 10.1 hardware.",
               [r"^(R600|R680|R700|RV6[1-9]0|RV635|RV7[0-9]0|RV711|RS780|RS880)"]),
    Generation("1002", "amd-terascale2",
               "AMD TeraScale 2 (Radeon HD 5000, HD 6000 below HD 6900, their HD 7000/8000 renames; "
               "Llano and Brazos APUs)", False,
               "DirectX 11 hardware, but AMD gives Direct3D 12 and WDDM 2 drivers only to GCN and later: "
               "these parts went to legacy support in November 2015, and their last Windows 10 driver "
               "(Crimson 16.2.1 beta; verify the number) is WDDM 1.3 without Direct3D 12.",
               [r"^(Cypress|Hemlock|Juniper|Redwood|Cedar|Broadway|Madison|Pinewood|Park|Granville|Lexington|"
                r"Robson|Barts|Blackcomb|Turks|Whistler|Onega|Thames|Caicos|Seymour|Sumo|SuperSumo|Wrestler)\b"]),
    Generation("1002", "amd-terascale3",
               "AMD TeraScale 3 (Radeon HD 6900; Trinity and Richland APUs: Radeon HD 7400G-8670D)", False,
               "DirectX 11 hardware, but AMD gives Direct3D 12 and WDDM 2 drivers only to GCN and later: "
               "legacy since November 2015, last Windows 10 driver WDDM 1.3 without Direct3D 12 (Crimson "
               "16.2.1 beta; verify the number).",
               [r"^(Cayman|Antilles|Trinity|Richland)\b"]),
    Generation("1002", "amd-gcn1",
               "AMD GCN 1 (Southern Islands: Radeon HD 7700-7900, R7/R9 200/300 and mobile renames)", True,
               MS_REQ + "; AMD supports Direct3D 12 (feature level 11_1) with WDDM 2.x drivers on every GCN "
               "GPU.",
               [r"^(Tahiti|Malta|Pitcairn|Curacao|Trinidad|Wimbledon|Neptune|Heathrow|Cape Verde|Tropo|Chelsea|"
                r"Venus|Oland|Mars|Opal|Hainan|Sun|Jet|Exo)\b"]),
    Generation("1002", "amd-gcn2",
               "AMD GCN 2 (Sea Islands: Radeon HD 7790, R7 260, R9 290/390; Kaveri, Kabini, Temash, Beema, "
               "Mullins APUs)", True,
               MS_REQ + "; AMD supports Direct3D 12 (feature level 12_0) with WDDM 2.x drivers on every GCN "
               "GPU, the APUs included.",
               [r"^(Bonaire|Saturn|Tobago|Hawaii|Grenada|Vesuvius|Kaveri|Godavari|Kabini|Temash|Mullins|Beema)\b"]),
    Generation("1002", "amd-gcn3",
               "AMD GCN 3 (Volcanic Islands: R9 285/380, R9 Fury/Nano; Carrizo and Stoney APUs)", True,
               MS_REQ + "; AMD supports Direct3D 12 (feature level 12_0) with WDDM 2.x drivers on every GCN "
               "GPU, the APUs included.",
               [r"^(Tonga|Antigua|Amethyst|Iceland|Topaz|Meso|Fiji|Carrizo|Wani|Stoney|Bristol)\b"]),
    Generation("1002", "amd-gcn4", "AMD GCN 4 (Polaris: Radeon RX 400/500, Radeon Pro WX)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_0) with AMD's WDDM 2.x drivers.",
               [r"^(Ellesmere|Baffin|Lexa|Polaris ?[0-9]+)"]),
    Generation("1002", "amd-gcn5",
               "AMD GCN 5 (Vega: RX Vega, Radeon VII; Raven Ridge, Picasso, Renoir, Lucienne, Cezanne, "
               "Barcelo APUs)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1) with AMD's WDDM 2.x drivers.",
               [r"^(Vega ?[0-9]+|Raven|Picasso|Renoir|Lucienne|Cezanne|Barcelo|Fenghuang)"]),
    Generation("1002", "amd-rdna1", "AMD RDNA 1 (Navi 1x: Radeon RX 5000)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1) with AMD's WDDM 2.x drivers.",
               [r"^Navi ?1[0-9]\b"]),
    Generation("1002", "amd-rdna2",
               "AMD RDNA 2 (Navi 2x: Radeon RX 6000; Van Gogh, Rembrandt, Raphael, Mendocino APUs)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_2) with AMD's WDDM 2.x/3.x drivers.",
               [r"^Navi ?2[0-9]", r"^(VanGogh|Van Gogh|Rembrandt|Raphael|Mendocino)\b"]),
    Generation("1002", "amd-rdna3", "AMD RDNA 3 (Navi 3x: Radeon RX 7000; Phoenix APUs)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_2) with AMD's WDDM 3.x drivers.",
               [r"^Navi ?3[0-9]", r"^Phoenix[0-9]?\b"]),
    # --- Intel --------------------------------------------------------------------------------
    Generation("8086", "intel-gma", "Intel GMA and older (i740, 810 to 4 Series chipsets; Atom D4xx/N4xx/D5xx/N5xx)",
               False, MS_FL + "; DirectX 9 / 10 hardware at most.",
               [r"^(82[0-9A-Z]{3}|E7221|Mobile (91[05]|94[05]|GM965|GME965|4 Series)|4 Series Chipset)",
                r"Atom Processor D4xx/D5xx/N4xx/N5xx"]),
    Generation("8086", "intel-powervr", "Intel Atom graphics from PowerVR (GMA 500/600/3600/3650, Atom Z2760)", False,
               MS_FL + "; DirectX 9 / 10.1 hardware.",
               [r"Poulsbo", r"Graphics Media Accelerator 500", r"Atom Processor (E6xx|D2xxx/N2xxx|Z2760)"]),
    Generation("8086", "intel-gen5", "Intel Gen5 (Ironlake: HD Graphics of 1st-gen Core i3/i5/i7)", False,
               MS_FL + "; DirectX 10.1 hardware.",
               [r"^Core Processor Integrated Graphics Controller$"]),
    Generation("8086", "intel-gen6", "Intel Gen6 (Sandy Bridge: HD Graphics 2000/3000)", False,
               MS_FL + "; DirectX 10.1 hardware; Intel's last driver is WDDM 1.2.",
               [r"2nd Generation Core", r"Xeon E3-1200 Processor Family Integrated Graphics", r"Sandy ?Bridge"]),
    Generation("8086", "intel-gen7", "Intel Gen7 (Ivy Bridge: HD Graphics 2500/4000; Bay Trail)", False,
               "DirectX 11 hardware without a Direct3D 12 driver: Intel's Windows 10 driver for 3rd-gen Core "
               "and Bay Trail (15.33, driver version 10.18.x) is WDDM 1.3 and stops at Direct3D 11.",
               [r"3rd Gen Core", r"Xeon E3-1200 v2", r"Ivy ?Bridge", r"Atom Processor Z36xxx/Z37xxx Series Graphics"]),
    Generation("8086", "intel-gen7.5", "Intel Gen7.5 (Haswell: HD Graphics 4200-5000, Iris 5100, Iris Pro 5200)", False,
               "DirectX 11.1 hardware without a Direct3D 12 driver: Intel's last driver for 4th-gen Core (15.40, "
               "Windows 10) gives Direct3D 11.1 only, Direct3D 12 came with 5th-gen Core (verify against "
               "Intel's support article on DirectX versions of Intel graphics); Intel has no Windows 11 driver "
               "for it.",
               [r"Haswell", r"Crystal Well", r"4th Gen(eration)? Core", r"Xeon E3-1200 v3"]),
    Generation("8086", "intel-gen8",
               "Intel Gen8 (Broadwell: HD Graphics 5300-6000, Iris 6100, Iris Pro 6200; Braswell, Cherry Trail)", True,
               MS_REQ + "; Intel's 15.40 Windows 10 driver gives Direct3D 12 (feature level 11_1) with WDDM 2.0 "
               "(verify: Intel's own Windows 11 drivers start at 6th-gen Core; Windows 11 uses the Windows 10 "
               "driver).",
               [r"Broadwell", r"HD Graphics (5300|5500|5600|6000)\b", r"Iris (Pro )?Graphics (6100|6200|P6300)\b",
                r"x5-E8000/J3xxx/N3xxx Integrated Graphics"]),
    Generation("8086", "intel-gen9", "Intel Gen9 (Skylake: HD Graphics 510-580, Iris 540-580; Apollo Lake)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1) with Intel's WDDM 2.x drivers, which support Windows 11.",
               [r"Skylake", r"HD Graphics P?5[0-9]{2}(?![0-9])", r"Iris (Pro )?Graphics P?5[0-9]{2}(?![0-9])",
                r"Apollo Lake"]),
    Generation("8086", "intel-gen9.5",
               "Intel Gen9.5 (Kaby Lake, Coffee Lake, Whiskey Lake, Comet Lake, Amber Lake, Gemini Lake)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1) with Intel's WDDM 2.x drivers, which support Windows 11.",
               [r"Kaby ?Lake", r"Coffee ?Lake", r"Whiskey ?Lake", r"Comet ?Lake", r"Amber ?Lake", r"Gemini ?Lake",
                r"U?HD Graphics P?6[0-9]{2}(?![0-9])", r"Iris Plus Graphics 6[0-9]{2}(?![0-9])"]),
    Generation("8086", "intel-gen11", "Intel Gen11 (Ice Lake, Lakefield, Elkhart Lake, Jasper Lake)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1) with Intel's WDDM 2.x drivers, which support Windows 11.",
               [r"Ice ?Lake", r"Lakefield", r"Elkhart ?Lake", r"Jasper ?Lake", r"Iris Plus Graphics G[0-9]"]),
    Generation("8086", "intel-xe-lp",
               "Intel Xe-LP (Gen12: Tiger Lake, Rocket Lake, Alder Lake, Raptor Lake; DG1 Iris Xe MAX)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_1) with Intel's WDDM 2.x/3.x drivers.",
               [r"Tiger ?Lake", r"Rocket ?Lake", r"Alder ?Lake", r"Raptor ?Lake", r"^DG1\b"]),
    Generation("8086", "intel-xe-hpg", "Intel Xe-HPG (Arc A-series, DG2; Data Center GPU Flex)", True,
               MS_REQ + "; Direct3D 12 (feature level 12_2) with Intel's WDDM 3.x drivers.",
               [r"^DG2\b", r"Data Center GPU Flex"]),
]

# Names that give neither codename nor marketing name: the generation of their neighbours in
# pci.ids, with the reason. (vendor, device) -> generation key.
OVERRIDES = {
    ("8086", "1606"): ("intel-gen8", "named only 'HD Graphics'; Broadwell-U GT1, in the 0x16xx block whose "
                                     "other pci.ids names all say Broadwell"),
    ("8086", "46a1"): ("intel-xe-lp", "named only 'UHD Graphics'; Alder Lake-P, in the 0x46xx block whose "
                                      "other pci.ids names all say Alder Lake"),
}

# GPUs left out on purpose (they stay "unknown"), with the reason. Matched like the vendor's
# generation patterns.
LEFT_OUT = [
    ("10de", r"^GA100", "Ampere compute accelerator (A100, A30, CMP 170HX) without display or graphics pipeline"),
    ("10de", r"^GH100", "Hopper compute accelerator without display or graphics pipeline"),
    ("1002", r"^(Arcturus|Aldebaran)", "CDNA compute accelerator (Instinct MI100/MI200) without a graphics pipeline"),
    ("1002", r"^(Liverpool|Bishop|Starshp|Starsha2|Gladius|Jupiter|Arden|Anubis|Ariel|Oberon|Garfield|Arlene|"
             r"Pooky|Crayola|XENOS|Kryptos|Cyan Skillfish)",
     "game-console APU or console-derived board: no Windows graphics driver from AMD"),
    ("1002", r"^(Amur|Nolan)\b", "APU that was cancelled and never sold"),
    ("1002", r"^TDC-150", "unidentified part"),
    ("8086", r"Ponte Vecchio", "Data Center GPU Max: compute only, no display"),
    ("8086", r"^SG1 ", "Server GPU for Android cloud gaming and media: no Windows display driver"),
    ("8086", r"Moorestown|CE Media Processor|LE80578|Atom Processor CE",
     "phone or TV-box chip: never runs Windows"),
]

# Names that are not GPUs (bridges, audio, USB, ...), by vendor.
NOT_GPU = {
    "10de": re.compile(r"Audio|Bridge|bridge|USB|SATA|SMBus|Ethernet|IDE|LPC|PMU|SMU|Memory Controller|"
                       r"Co-[Pp]rocessor|[Ss]witch|Controller|Tegra|CK804|Crush|Serial|Modem|PCI Express|PCI [Bb]ridge|"
                       r"Host|Networking|HDA|\[nForce [^]]*\]$"),
    "1002": re.compile(r"Audio|Azalia|HDMI|Bridge|bridge|\bPort\b|IOMMU|Crypto|USB|SATA|SMBus|\bIDE\b|LPC|"
                       r"Theater|Xilleon|TV Wonder|Switch|Host|Memory|Modem|AC'?97|Controller|Root Complex|"
                       r"Data Fabric|Coprocessor|PSP|Sensor|ISA|Ethernet"),
    "8086": re.compile(r"Audio|Thermal|Camera|Sensor|HECI|MEI|SMBus|USB|SATA|LPC|SPI|I2C|UART|"
                       r"Graphics Memory Controller Hub|PCI Express|DMI|CHAPS|Transaction|PCU|PWM|SDIO|MMC|DMA|Trusted|QuickAssist|"
                       r"Video Capture|Display Port Audio|Imaging|Root Port|Host Bridge|Power"),
}

# Names that look like a GPU: those must be classified or left out, or the script stops.
LOOKS_LIKE_GPU = {
    "10de": re.compile(r"^(nForce \S+ )?[A-Z][A-Za-z0-9+/-]*\s*(\[.*\])?(\s*Engineering Sample)?$|"
                       r"GeForce|Quadro|Tesla|GRID|TITAN|NVS|RTX|\bION\b"),
    "1002": re.compile(r"Radeon|FirePro|FireGL|FireMV|FireStream|Instinct|Mobility|Graphics|^[A-Z][a-z]+$|"
                       r"^(Navi|Vega|Polaris)"),
    "8086": re.compile(r"Graphics|GPU\b|Display|\bGT[0-9]|^DG[0-9]|\bArc\b|UHD|Iris|GMA|Ponte Vecchio"),
}

VENDOR_NAMES = {"10de": "NVIDIA", "1002": "AMD/ATI", "8086": "Intel"}


def read_pci_ids(path):
    """(version, {vendor: [(device, name), ...]}) for the three vendors, in file order."""
    version = None
    devices = {v: [] for v in VENDOR_NAMES}
    vendor = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"^#\s*Version:\s*(\S+)", line)
            if m and version is None:
                version = m.group(1)
            if not line or line.startswith("#"):
                continue
            if line.startswith("C "):  # device classes follow the vendors
                break
            m = re.match(r"^([0-9a-f]{4})  (.*)$", line)
            if m:
                vendor = m.group(1) if m.group(1) in devices else None
                continue
            m = re.match(r"^\t([0-9a-f]{4})  (.*)$", line)
            if m and vendor:
                devices[vendor].append((m.group(1), m.group(2).strip()))
    if version is None:
        sys.exit(f"{path}: no '# Version:' line; is this pci.ids?")
    return version, devices


def subject(vendor, name):
    """The part of a name the vendor's patterns look at."""
    if vendor == "10de":
        m = re.match(r"^(?:nForce \S+ )?([A-Z][A-Za-z0-9+/-]*)", name)
        return m.group(1) if m else ""
    return name


def classify(vendor, device, name):
    """('gen', Generation, note) | ('left-out', None, reason) | ('not-gpu', None, '') | ('unclassified', None, '')"""
    if (vendor, device) in OVERRIDES:
        key, note = OVERRIDES[(vendor, device)]
        return "gen", next(g for g in GENERATIONS if g.key == key), note
    if NOT_GPU[vendor].search(name):
        return "not-gpu", None, ""
    if vendor == "8086" and not LOOKS_LIKE_GPU["8086"].search(name):
        return "not-gpu", None, ""
    text = subject(vendor, name)
    for v, pattern, reason in LEFT_OUT:
        if v == vendor and re.search(pattern, text):
            return "left-out", None, reason
    hits = [g for g in GENERATIONS if g.vendor == vendor and any(p.search(text) for p in g.patterns)]
    if len(hits) > 1:
        sys.exit(f"{vendor}:{device} '{name}' matches several generations: " + ", ".join(g.key for g in hits))
    if hits:
        return "gen", hits[0], ""
    if LOOKS_LIKE_GPU[vendor].search(name):
        return "unclassified", None, ""
    return "not-gpu", None, ""


def yaml_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(version, devices, pci_ids_path):
    members = {g.key: [] for g in GENERATIONS}
    left_out, unclassified = [], []
    for vendor, entries in devices.items():
        for device, name in entries:
            kind, gen, note = classify(vendor, device, name)
            if kind == "gen":
                members[gen.key].append((device, name, note))
            elif kind == "left-out":
                left_out.append((vendor, device, name, note))
            elif kind == "unclassified":
                unclassified.append((vendor, device, name))
    for ids in members.values():
        ids.sort()

    out = []
    w = out.append
    w("# SPDX-License-Identifier: GPL-3.0-or-later")
    w(f"# GENERATED by tools/make-gpu-table.py from pci.ids version {version}: do not edit by hand.")
    w("# Change the generation table in the script and run it again (docs/rules.md, GPU table):")
    w("#     python3 tools/make-gpu-table.py [--pci-ids /usr/share/misc/pci.ids]")
    w("#")
    w("# Graphics adapters by PCI vendor and device id, grouped by GPU generation: does the")
    w("# generation meet Windows 11's \"DirectX 12 compatible graphics with a WDDM 2.0 driver\"?")
    w("# The installed 8.1 driver cannot tell (8.1 drivers stop at WDDM 1.3), so the hardware id")
    w("# decides. Each id is listed on its own, with its pci.ids name, because the vendors' id blocks")
    w("# mix generations. An id that is not listed here is \"unknown\" (never pass, never blocker).")
    w("# Each family's basis names the source of its answer; \"(verify)\" marks what is not settled.")
    w("gpu_families:")
    w("  source: " + yaml_string(
        f"pci.ids {version} (Debian package pci.ids) device names, sorted into GPU generations by "
        "tools/make-gpu-table.py; each generation's answer and its source in its basis"))
    w("  families:")
    for g in GENERATIONS:
        ids = members[g.key]
        if not ids:
            sys.exit(f"generation {g.key} matched no device in {pci_ids_path}")
        w("")
        w(f"    # {VENDOR_NAMES[g.vendor]}: {len(ids)} device ids")
        w(f"    - name: {yaml_string(g.name)}")
        w(f"      vendor: \"{g.vendor}\"")
        w(f"      dx12_wddm2: {'true' if g.dx12 else 'false'}")
        w(f"      basis: {yaml_string(g.basis)}")
        w("      devices:")
        for device, name, note in ids:
            comment = name + (f" ({note})" if note else "")
            w(f"        - \"{device}\"  # {comment}")
    w("")
    w("# Left out on purpose (these ids stay unknown):")
    for vendor, device, name, reason in sorted(left_out):
        w(f"#   {vendor}:{device} {name}: {reason}")
    if unclassified:
        w("# Not classified (no rule in tools/make-gpu-table.py matches the name; these ids stay unknown):")
        for vendor, device, name in sorted(unclassified):
            w(f"#   {vendor}:{device} {name}")
    return "\n".join(out) + "\n", unclassified


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pci-ids", default="/usr/share/misc/pci.ids", help="pci.ids to read (Debian's pci.ids package)")
    ap.add_argument("--out", default=os.path.join(REPO, "rules", "gpus.yaml"), help="file to write")
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    ap.add_argument("--allow-unclassified", action="store_true",
                    help="write the table although some GPU-looking names match no generation")
    args = ap.parse_args()

    version, devices = read_pci_ids(args.pci_ids)
    text, unclassified = render(version, devices, args.pci_ids)
    for vendor, device, name in unclassified:
        print(f"unclassified: {vendor}:{device} {name}", file=sys.stderr)
    if unclassified and not args.allow_unclassified:
        sys.exit(f"{len(unclassified)} GPU-looking names match no generation: add them to GENERATIONS or "
                 "LEFT_OUT in tools/make-gpu-table.py (or pass --allow-unclassified)")
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                old = f.read()
        except OSError as e:
            sys.exit(f"{args.out}: {e}")
        if old != text:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), text.splitlines(True),
                                                       args.out, "fresh run"))
            sys.exit(1)
        print(f"{args.out} is up to date with {args.pci_ids} ({version})")
        return
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    ids = sum(1 for line in text.splitlines() if line.startswith('        - "'))
    print(f"wrote {args.out}: {ids} device ids in {len(GENERATIONS)} generations from {args.pci_ids} ({version})")


if __name__ == "__main__":
    main()
