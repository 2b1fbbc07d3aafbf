// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/acpi_msdm.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"

#include <QtEndian>

namespace urs {

const QString AcpiMsdm::kPath = QStringLiteral("/sys/firmware/acpi/tables/MSDM");

namespace {

constexpr int kKeyOffset = 56;
constexpr int kKeyLength = 29; // XXXXX-XXXXX-XXXXX-XXXXX-XXXXX

bool isKeyShaped(const QByteArray &key)
{
    if (key.size() != kKeyLength)
        return false;
    for (int i = 0; i < kKeyLength; ++i) {
        const char c = key[i];
        if (i % 6 == 5 ? c != '-' : !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> AcpiMsdm::keyLast5(const QByteArray &table, QString *why)
{
    const auto fail = [&](const QString &reason) -> std::optional<QString> {
        if (why)
            *why = coreText("%1: %2").arg(kPath, reason);
        return std::nullopt;
    };
    if (table.size() < 36 || !table.startsWith("MSDM"))
        return fail(coreText("not an MSDM table (%1 bytes)").arg(table.size()));
    const auto *p = reinterpret_cast<const uchar *>(table.constData());
    const quint32 length = qFromLittleEndian<quint32>(p + 4);
    if (length > quint32(table.size()) || length < quint32(kKeyOffset + kKeyLength))
        return fail(coreText("table length %1 is too short for a key or beyond the %2 bytes read")
                        .arg(length)
                        .arg(table.size()));
    quint8 sum = 0; // ACPI 6.5 5.2.6: all bytes of the table add up to zero
    for (quint32 i = 0; i < length; ++i)
        sum = quint8(sum + p[i]);
    if (sum != 0)
        return fail(coreText("checksum does not add up"));
    const quint32 dataLength = qFromLittleEndian<quint32>(p + 52);
    if (dataLength < quint32(kKeyLength))
        return fail(coreText("data length %1 is shorter than a product key").arg(dataLength));
    QByteArray key = table.mid(kKeyOffset, kKeyLength);
    const bool shaped = isKeyShaped(key);
    const QString tail = QString::fromLatin1(key.right(5));
    key.fill('\0');
    if (!shaped)
        return fail(
            coreText("the data at offset 56 is not a product key of the form XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"));
    return tail;
}

void AcpiMsdm::collect(FactSet &facts) const
{
    const QString present = QStringLiteral("hardware.acpi.msdm_present");
    const QString last5 = QStringLiteral("hardware.acpi.msdm_key_last5");
    const QString tables = QStringLiteral("/sys/firmware/acpi/tables");
    if (!m_root.exists(kPath)) {
        if (!m_root.isDir(tables)) {
            const QString why = coreText("%1 is missing: the ACPI tables are not visible").arg(tables);
            hw::unknown(facts, present, why, hw::sysfs(kPath));
            hw::unknown(facts, last5, why, hw::sysfs(kPath));
            return;
        }
        facts.set(present, false, hw::sysfs(coreText("%1 (not present)").arg(kPath)));
        hw::unknown(facts, last5,
            coreText("no MSDM table in %1: the firmware holds no OEM product key").arg(tables),
            hw::sysfs(kPath));
        return;
    }
    facts.set(present, true, hw::sysfs(kPath));
    FileRead r = m_root.read(kPath, 64 * 1024);
    if (!r.ok) {
        hw::unknown(facts, last5, r.error, hw::sysfs(kPath));
        return;
    }
    QString why;
    const std::optional<QString> tail = keyLast5(r.data, &why);
    r.data.fill('\0'); // do not leave the key lying in freed memory
    if (tail)
        facts.set(last5, *tail, hw::sysfs(coreText("%1 offset 56 (last 5 characters only)").arg(kPath)));
    else
        hw::unknown(facts, last5, why, hw::sysfs(kPath));
}

} // namespace urs
