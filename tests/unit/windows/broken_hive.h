// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SYNTHETIC damaged hives: a copy of a real or synthetic hive in which one key's subkey list or
// value list offset points past the end of the file, as a bad sector or a half-written hive can
// leave it. hivex still opens such a hive (it checks the bins, not every key) and fails only
// when that list is read, so the damage reaches HiveKey and the collectors.

#include <QFile>
#include <QString>
#include <QtEndian>
#include <QtTest>
#include <hivex.h>

namespace urs::test {

enum class KeyList { Subkeys, Values };

// Fields of a key node ("nk") cell, from the start of the cell (its 4-byte size): the "nk"
// signature at 0x04, the subkey count at 0x18, the subkey list offset at 0x20, the value count
// at 0x28 and the value list offset at 0x2c (hivex's struct ntreg_nk_record; the Windows
// registry file format's "Key node"). Offsets stored there are relative to the first bin, 0x1000.
struct NkField {
    qint64 count;
    qint64 listOffset;
};
inline NkField nkField(KeyList list)
{
    return list == KeyList::Subkeys ? NkField {0x18, 0x20} : NkField {0x28, 0x2c};
}

// Writes a copy of hivePath to outPath with the list of keyPath ('\\'-separated, "" for the
// root) pointing at 0x7ffffff0, far past any hive. Returns the file offset of the key's record,
// which hivex uses as the key's handle and the error should name. Stops the test on error.
inline qint64 breakKeyList(
    const QString &hivePath, const QString &keyPath, KeyList list, const QString &outPath)
{
    hive_h *h = hivex_open(QFile::encodeName(hivePath).constData(), 0);
    if (!h)
        qFatal("breakKeyList: hivex cannot open %s", qPrintable(hivePath));
    hive_node_h node = hivex_root(h);
    for (const QString &part : keyPath.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
        node = hivex_node_get_child(h, node, part.toUtf8().constData());
        if (node == 0)
            qFatal("breakKeyList: no key %s in %s", qPrintable(keyPath), qPrintable(hivePath));
    }
    hivex_close(h);

    QFile in(hivePath);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("breakKeyList: cannot read %s", qPrintable(hivePath));
    QByteArray bytes = in.readAll();
    const qint64 at = qint64(node);
    const NkField field = nkField(list);
    if (at + 0x50 > bytes.size() || bytes.mid(at + 4, 2) != "nk")
        qFatal("breakKeyList: no key record at 0x%llx in %s", qulonglong(at), qPrintable(hivePath));
    auto *record = reinterpret_cast<uchar *>(bytes.data() + at);
    // hivex reads a list only when the key says it has entries: break a list that is there.
    if (qFromLittleEndian<quint32>(record + field.count) == 0)
        qFatal("breakKeyList: key %s has no such entries to break", qPrintable(keyPath));
    qToLittleEndian<quint32>(0x7ffffff0u, record + field.listOffset);

    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("breakKeyList: cannot write %s", qPrintable(outPath));
    return at;
}

} // namespace urs::test
