// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/smbios_entry_point.h"

#include "common/core_text.h"

#include <QtEndian>

namespace urs {

namespace {

bool checksumOk(const QByteArray &data, int offset, int length)
{
    quint8 sum = 0;
    for (int i = offset; i < offset + length; ++i)
        sum = quint8(sum + quint8(data[i]));
    return sum == 0;
}

quint8 u8(const QByteArray &d, int off)
{
    return quint8(d[off]);
}

} // namespace

SmbiosEntryPoint SmbiosEntryPoint::parse(const QByteArray &data)
{
    SmbiosEntryPoint ep;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    if (data.startsWith("_SM3_")) {
        // 64-bit entry point: length at 06h (18h), major 07h, minor 08h, docrev 09h,
        // structure table maximum size (DWORD) at 0Ch, checksum over the whole length.
        if (data.size() < 0x18) {
            ep.m_error = coreText("64-bit entry point is %1 bytes, needs 24").arg(data.size());
            return ep;
        }
        const int length = u8(data, 0x06);
        if (length < 0x18 || length > data.size()) {
            ep.m_error = coreText("64-bit entry point length %1 is wrong").arg(length);
            return ep;
        }
        if (!checksumOk(data, 0, length)) {
            ep.m_error = coreText("64-bit entry point checksum does not add up");
            return ep;
        }
        ep.m_is64 = true;
        ep.m_major = u8(data, 0x07);
        ep.m_minor = u8(data, 0x08);
        ep.m_tableLength = qFromLittleEndian<quint32>(p + 0x0C);
    } else if (data.startsWith("_SM_")) {
        // 32-bit entry point: length at 05h (1Fh), major 06h, minor 07h, intermediate anchor
        // "_DMI_" at 10h, table length (WORD) at 16h; checksums over the whole and from 10h.
        if (data.size() < 0x1E) {
            ep.m_error = coreText("32-bit entry point is %1 bytes, needs 31").arg(data.size());
            return ep;
        }
        const int length = u8(data, 0x05);
        if (length < 0x1E || length > data.size()) {
            ep.m_error = coreText("32-bit entry point length %1 is wrong").arg(length);
            return ep;
        }
        if (data.mid(0x10, 5) != "_DMI_") {
            ep.m_error = coreText("32-bit entry point lacks the _DMI_ anchor at 0x10");
            return ep;
        }
        if (!checksumOk(data, 0, length) || !checksumOk(data, 0x10, 0x0F)) {
            ep.m_error = coreText("32-bit entry point checksum does not add up");
            return ep;
        }
        ep.m_major = u8(data, 0x06);
        ep.m_minor = u8(data, 0x07);
        ep.m_tableLength = qFromLittleEndian<quint16>(p + 0x16);
    } else if (data.startsWith("_DMI_")) {
        // Legacy DMI 2.0 entry point: BCD revision at 0Eh, table length at 06h.
        if (data.size() < 0x0F || !checksumOk(data, 0, 0x0F)) {
            ep.m_error = coreText("legacy _DMI_ entry point is short or its checksum does not add up");
            return ep;
        }
        const quint8 bcd = u8(data, 0x0E);
        ep.m_major = bcd >> 4;
        ep.m_minor = bcd & 0x0F;
        ep.m_tableLength = qFromLittleEndian<quint16>(p + 0x06);
    } else {
        ep.m_error = data.isEmpty() ? coreText("entry point is empty")
                                    : coreText("no _SM_, _SM3_ or _DMI_ anchor at the start");
        return ep;
    }
    if (ep.m_major == 0) {
        ep.m_error = coreText("entry point gives SMBIOS version 0.%1").arg(ep.m_minor);
        return ep;
    }
    ep.m_valid = true;
    return ep;
}

QString SmbiosEntryPoint::version() const
{
    return m_valid ? QStringLiteral("%1.%2").arg(m_major).arg(m_minor) : QString();
}

bool SmbiosEntryPoint::atLeast(int major, int minor) const
{
    return m_valid && (m_major > major || (m_major == major && m_minor >= minor));
}

} // namespace urs
