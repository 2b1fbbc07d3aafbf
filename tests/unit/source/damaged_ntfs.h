// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SYNTHETIC damage to a copy of an NTFS fixture image: one MFT record torn, or the
// $Bitmap metafile shortened, as a bad sector or an interrupted write can leave a volume. The
// layout read here is the NTFS on-disk format (boot sector: bytes per sector at 0x0b, sectors
// per cluster at 0x0d, the $MFT cluster at 0x30, the record size at 0x40; a record starts with
// "FILE", its first attribute offset at 0x14; an attribute has its type at 0, its length at 4,
// the non-resident flag at 8, and when non-resident its data and initialized sizes at 0x30 and
// 0x38). The first 16 records (the metafiles) always lie together at the start of the $MFT.

#include <QFile>
#include <QString>
#include <QtEndian>
#include <QtTest>

namespace urs::test {

class DamagedNtfs {
public:
    // The NTFS volume starting at volumeOffset in the image file (a copy the test owns).
    DamagedNtfs(const QString &image, qint64 volumeOffset)
        : m_file(image)
        , m_volume(volumeOffset)
    {
        if (!m_file.open(QIODevice::ReadWrite))
            qFatal("DamagedNtfs: cannot open %s", qPrintable(image));
        const QByteArray boot = readAt(m_volume, 512);
        if (boot.mid(3, 8) != "NTFS    ")
            qFatal("DamagedNtfs: no NTFS boot sector at %lld in %s", m_volume, qPrintable(image));
        const auto *b = reinterpret_cast<const uchar *>(boot.constData());
        m_clusterBytes = qint64(qFromLittleEndian<quint16>(b + 0x0b)) * b[0x0d];
        m_mft = m_volume + qint64(qFromLittleEndian<quint64>(b + 0x30)) * m_clusterBytes;
        const auto perRecord = qint8(b[0x40]);
        m_recordBytes = perRecord < 0 ? (qint64(1) << -perRecord) : perRecord * m_clusterBytes;
    }

    // Makes record unreadable as a torn write does: the update sequence number that ends its
    // first sector (bytes 510-511) no longer matches the one the record's header holds, which is
    // how NTFS and libtsk detect a record written only in part.
    void breakRecord(qint64 record)
    {
        const qint64 end = recordOffset(record) + 510;
        QByteArray usn = readAt(end, 2);
        usn[0] = char(~usn[0]);
        usn[1] = char(~usn[1]);
        writeAt(end, usn);
    }

    // Sets the data size of a metafile's unnamed non-resident $DATA attribute ($Bitmap: 6).
    void setDataSize(qint64 record, quint64 bytes)
    {
        const qint64 at = recordOffset(record);
        const QByteArray rec = readAt(at, m_recordBytes);
        const auto *r = reinterpret_cast<const uchar *>(rec.constData());
        for (qint64 a = qFromLittleEndian<quint16>(r + 0x14); a + 0x40 <= rec.size();) {
            const quint32 type = qFromLittleEndian<quint32>(r + a);
            const quint32 length = qFromLittleEndian<quint32>(r + a + 4);
            if (type == 0xffffffff || length == 0)
                break;
            if (type == 0x80 && r[a + 8] == 1 && r[a + 9] == 0) {
                // Bytes 510-511 of each sector hold the update sequence number: never touch them.
                if ((a + 0x30) % 512 > 512 - 16)
                    qFatal("DamagedNtfs: the $DATA sizes of record %lld cross a sector end", record);
                uchar sizes[16];
                qToLittleEndian<quint64>(bytes, sizes);
                qToLittleEndian<quint64>(bytes, sizes + 8);
                writeAt(at + a + 0x30, QByteArray(reinterpret_cast<const char *>(sizes), 16));
                return;
            }
            a += length;
        }
        qFatal("DamagedNtfs: record %lld has no non-resident $DATA", record);
    }

    // The record whose $FILE_NAME (type 0x30, resident) is name, among the first records.
    qint64 recordOf(const QString &name, qint64 maxRecords = 256)
    {
        for (qint64 n = 16; n < maxRecords; ++n) {
            const QByteArray rec = readAt(recordOffset(n), m_recordBytes);
            if (!rec.startsWith("FILE"))
                continue;
            const auto *r = reinterpret_cast<const uchar *>(rec.constData());
            for (qint64 a = qFromLittleEndian<quint16>(r + 0x14); a + 0x18 <= rec.size();) {
                const quint32 type = qFromLittleEndian<quint32>(r + a);
                const quint32 length = qFromLittleEndian<quint32>(r + a + 4);
                if (type == 0xffffffff || length == 0)
                    break;
                if (type == 0x30 && r[a + 8] == 0) {
                    const qint64 content = a + qFromLittleEndian<quint16>(r + a + 0x14);
                    const int chars = r[content + 0x40];
                    const QString got = QString::fromUtf16(
                        reinterpret_cast<const char16_t *>(rec.constData() + content + 0x42), chars);
                    if (got == name)
                        return n;
                }
                a += length;
            }
        }
        qFatal("DamagedNtfs: no record named %s", qPrintable(name));
    }

    qint64 clusterBytes() const { return m_clusterBytes; }

private:
    qint64 recordOffset(qint64 record) const { return m_mft + record * m_recordBytes; }
    QByteArray readAt(qint64 offset, qint64 size)
    {
        if (!m_file.seek(offset))
            qFatal("DamagedNtfs: cannot seek to %lld", offset);
        return m_file.read(size);
    }
    void writeAt(qint64 offset, const QByteArray &bytes)
    {
        if (!m_file.seek(offset) || m_file.write(bytes) != bytes.size() || !m_file.flush())
            qFatal("DamagedNtfs: cannot write at %lld", offset);
    }

    QFile m_file;
    qint64 m_volume;
    qint64 m_clusterBytes = 0;
    qint64 m_mft = 0;
    qint64 m_recordBytes = 0;
};

} // namespace urs::test
