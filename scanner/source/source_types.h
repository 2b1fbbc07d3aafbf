// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a source, a partition table and a volume are, as the code passes them around. Their
// texts ("gpt", "esp", "ntfs") exist only where they leave the program: jsonName() in
// source_json.h, used by the JSON, the facts and the listings.

namespace urs {

// What --source names.
enum class SourceKind {
    Image, // a raw (dd) image file
    BlockDevice, // /dev/sda and the like
    Directory, // a folder holding a Windows volume
};

// How the disk is divided.
enum class PartitionStyle {
    Gpt,
    Mbr,
    None, // a bare file system (a partition image, a folder)
    Other, // a volume system no Windows PC boots from (Mac, BSD, Sun), read by libtsk
};

// What a partition is for, from its type and what is on it.
enum class PartitionRole {
    Esp, // EFI system partition
    Recovery, // Windows RE
    Windows, // holds a Windows installation
    Data, // a Windows file system without Windows
    Other, // Microsoft reserved, Linux, unknown
};

// The file system of a volume.
enum class FileSystem {
    Unknown, // none that libtsk recognises (unformatted, damaged, or a type it lacks)
    Ntfs,
    Fat, // FAT12, FAT16, FAT32
    Exfat,
    BitLocker, // encrypted: its file system is not visible without the key
    Other, // a file system Windows does not install on (ext4, HFS+, ...), read by libtsk
    Directory, // a folder on this machine: the file system under it is not read directly
};

} // namespace urs
