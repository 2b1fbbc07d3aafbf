// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/smbios_probe.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"
#include "hardware/smbios_entry_point.h"
#include "hardware/smbios_table.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace urs {

const QString SmbiosProbe::kTablePath = QStringLiteral("/sys/firmware/dmi/tables/DMI");
const QString SmbiosProbe::kEntryPointPath = QStringLiteral("/sys/firmware/dmi/tables/smbios_entry_point");

namespace {

const char *const kTableFacts[] = {
    "hardware.smbios.bios.vendor",
    "hardware.smbios.bios.version",
    "hardware.smbios.bios.release_date",
    "hardware.smbios.bios.usb_legacy_supported",
    "hardware.smbios.bios.uefi_supported",
    "hardware.smbios.bios.is_virtual_machine",
    "hardware.smbios.system.manufacturer",
    "hardware.smbios.system.product",
    "hardware.smbios.system.serial",
    "hardware.smbios.system.uuid",
    "hardware.smbios.baseboard.manufacturer",
    "hardware.smbios.baseboard.product",
    "hardware.memory.modules",
};

QString hex(int v)
{
    return QStringLiteral("0x%1").arg(v, 2, 16, QLatin1Char('0'));
}

Provenance at(int type, int offset)
{
    return hw::smbios(coreText("SMBIOS type %1 offset %2").arg(type).arg(hex(offset)));
}

// Facts read from one structure type; a missing structure makes each of them unknown.
class StructureWriter {
public:
    StructureWriter(FactSet &facts, const SmbiosTable &table, int type)
        : m_facts(facts)
        , m_type(type)
    {
        m_s = table.first(type);
        if (!m_s) {
            m_missing = coreText("no SMBIOS type %1 structure in %2").arg(type).arg(SmbiosProbe::kTablePath);
            if (!table.error().isEmpty())
                m_missing = coreText("%1 (the table walk stopped early: %2)").arg(m_missing, table.error());
        }
    }
    const SmbiosStructure *structure() const { return m_s; }
    const QString &missing() const { return m_missing; }

    void string(const char *name, int offset)
    {
        if (!m_s) {
            hw::unknown(m_facts, QLatin1String(name), m_missing, at(m_type, offset));
            return;
        }
        QString why;
        if (const auto v = m_s->string(offset, &why))
            m_facts.set(QLatin1String(name), *v, at(m_type, offset));
        else
            hw::unknown(m_facts, QLatin1String(name), why, at(m_type, offset));
    }

private:
    FactSet &m_facts;
    int m_type;
    const SmbiosStructure *m_s = nullptr;
    QString m_missing;
};

void writeBios(FactSet &facts, const SmbiosTable &table)
{
    StructureWriter w(facts, table, 0);
    w.string("hardware.smbios.bios.vendor", 0x04);
    w.string("hardware.smbios.bios.version", 0x05);
    w.string("hardware.smbios.bios.release_date", 0x08);

    // Characteristics extension bytes (7.1.2.1, 7.1.2.2). They stand apart from the
    // characteristics QWORD at 0Ah: QEMU sets its bit 3 ("characteristics not supported") and
    // still fills the extension bytes (UEFI, virtual machine), so bit 3 does not gate them.
    const SmbiosStructure *s = w.structure();
    const auto bit = [&](const char *name, int offset, int bitIndex) {
        const Provenance prov
            = hw::smbios(coreText("SMBIOS type 0 offset %1 bit %2").arg(hex(offset)).arg(bitIndex));
        if (!s) {
            hw::unknown(facts, QLatin1String(name), w.missing(), prov);
        } else if (const auto b = s->byte(offset)) {
            facts.set(QLatin1String(name), bool(*b & (1u << bitIndex)), prov);
        } else {
            hw::unknown(facts, QLatin1String(name),
                coreText("SMBIOS type 0 structure is %1 bytes long; the characteristics extension byte "
                         "at offset %2 is absent (older SMBIOS version)")
                    .arg(s->length())
                    .arg(hex(offset)),
                prov);
        }
    };
    // Extension byte 1: bit 0 ACPI, bit 1 USB legacy. Byte 2: bit 3 UEFI, bit 4 virtual machine.
    bit("hardware.smbios.bios.usb_legacy_supported", 0x12, 1);
    bit("hardware.smbios.bios.uefi_supported", 0x13, 3);
    bit("hardware.smbios.bios.is_virtual_machine", 0x13, 4);
}

void writeSystem(FactSet &facts, const SmbiosTable &table, const SmbiosEntryPoint &ep)
{
    StructureWriter w(facts, table, 1);
    w.string("hardware.smbios.system.manufacturer", 0x04);
    w.string("hardware.smbios.system.product", 0x05);
    w.string("hardware.smbios.system.serial", 0x07);

    const QString name = QStringLiteral("hardware.smbios.system.uuid");
    // Byte order by version; an unreadable entry point means a modern table is assumed.
    const bool le = ep.valid() ? ep.atLeast(2, 6) : true;
    const Provenance prov = ep.valid()
        ? at(1, 0x08)
        : hw::smbios(coreText("SMBIOS type 1 offset %1 (SMBIOS 2.6+ byte order assumed)").arg(hex(0x08)));
    if (!w.structure()) {
        hw::unknown(facts, name, w.missing(), prov);
        return;
    }
    const QByteArray raw = w.structure()->bytes(0x08, 16);
    if (raw.isEmpty()) {
        hw::unknown(facts, name,
            coreText("SMBIOS type 1 structure is %1 bytes long; it has no UUID (SMBIOS 2.0)")
                .arg(w.structure()->length()),
            prov);
        return;
    }
    QString why;
    if (const auto uuid = SmbiosProbe::formatUuid(raw, le, &why))
        facts.set(name, *uuid, prov);
    else
        hw::unknown(facts, name, why, prov);
}

void writeBaseboard(FactSet &facts, const SmbiosTable &table)
{
    StructureWriter w(facts, table, 2);
    w.string("hardware.smbios.baseboard.manufacturer", 0x04);
    w.string("hardware.smbios.baseboard.product", 0x05);
}

// Size of a type 17 memory device in bytes (7.18.5): 0 = no module, FFFFh = unknown,
// bit 15 = KB granularity, 7FFFh = the Extended Size DWORD at 1Ch holds MB.
std::optional<qint64> moduleSize(const SmbiosStructure &s, bool *empty)
{
    *empty = false;
    const std::optional<quint16> size = s.word(0x0C);
    if (!size || *size == 0xFFFF)
        return std::nullopt;
    if (*size == 0) {
        *empty = true;
        return std::nullopt;
    }
    if (*size == 0x7FFF) {
        const std::optional<quint32> ext = s.dword(0x1C);
        if (!ext)
            return std::nullopt;
        return qint64(*ext & 0x7FFFFFFFu) * 1024 * 1024;
    }
    if (*size & 0x8000)
        return qint64(*size & 0x7FFF) * 1024;
    return qint64(*size) * 1024 * 1024;
}

void writeModules(FactSet &facts, const SmbiosTable &table)
{
    const QString name = QStringLiteral("hardware.memory.modules");
    const QList<const SmbiosStructure *> devices = table.all(17);
    if (devices.isEmpty()) {
        hw::unknown(facts, name,
            table.error().isEmpty()
                ? coreText("no SMBIOS type 17 (memory device) structure in %1").arg(SmbiosProbe::kTablePath)
                : coreText(
                    "no SMBIOS type 17 (memory device) structure in %1 (the table walk stopped early: %2)")
                      .arg(SmbiosProbe::kTablePath, table.error()),
            hw::smbios(coreText("SMBIOS type 17")));
        return;
    }
    QJsonArray modules;
    for (const SmbiosStructure *s : devices) {
        bool empty = false;
        const std::optional<qint64> size = moduleSize(*s, &empty);
        if (empty) {
            log()->debug("hardware: SMBIOS type 17 handle {:#06x}: empty slot", s->handle());
            continue;
        }
        QJsonObject m;
        const std::optional<QString> locator = s->string(0x10);
        m.insert(QStringLiteral("locator"), locator ? QJsonValue(*locator) : QJsonValue());
        m.insert(QStringLiteral("size_bytes"), size ? QJsonValue(*size) : QJsonValue());
        // Speed at 15h (MT/s, 0 = unknown); FFFFh means the Extended Speed DWORD at 54h.
        std::optional<quint32> speed = s->word(0x15);
        if (speed && *speed == 0xFFFF)
            speed = s->dword(0x54);
        m.insert(
            QStringLiteral("speed_mts"), speed && *speed > 0 ? QJsonValue(qint64(*speed)) : QJsonValue());
        modules.append(m);
    }
    facts.set(name, modules, hw::smbios(coreText("SMBIOS type 17 offsets 0x0c, 0x10, 0x15, 0x1c")));
}

} // namespace

std::optional<QString> SmbiosProbe::formatUuid(const QByteArray &bytes, bool littleEndianFields, QString *why)
{
    if (bytes.size() != 16) {
        if (why)
            *why = coreText("SMBIOS type 1 UUID is %1 bytes, not 16").arg(bytes.size());
        return std::nullopt;
    }
    if (bytes == QByteArray(16, '\xFF') || bytes == QByteArray(16, '\0')) {
        // 7.2.1: all FF = present but not set; all 00 = not present.
        if (why)
            *why = bytes[0] == '\0'
                ? coreText("SMBIOS type 1 UUID is all 00: the system has no UUID")
                : coreText("SMBIOS type 1 UUID is all FF: the manufacturer did not set it");
        return std::nullopt;
    }
    QByteArray b = bytes;
    if (littleEndianFields) {
        std::reverse(b.begin(), b.begin() + 4);
        std::reverse(b.begin() + 4, b.begin() + 6);
        std::reverse(b.begin() + 6, b.begin() + 8);
    }
    const QString h = QString::fromLatin1(b.toHex().toUpper());
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(h.mid(0, 8), h.mid(8, 4), h.mid(12, 4), h.mid(16, 4), h.mid(20, 12));
}

void SmbiosProbe::collect(FactSet &facts) const
{
    const FileRead epRead = m_root.read(kEntryPointPath, 4096);
    const SmbiosEntryPoint ep = epRead.ok ? SmbiosEntryPoint::parse(epRead.data) : SmbiosEntryPoint();
    if (ep.valid())
        facts.set(QStringLiteral("hardware.smbios.version"), ep.version(), hw::sysfs(kEntryPointPath));
    else
        hw::unknown(facts, QStringLiteral("hardware.smbios.version"),
            epRead.ok ? coreText("%1: %2").arg(kEntryPointPath, ep.error()) : epRead.error,
            hw::sysfs(kEntryPointPath));

    const FileRead tableRead = m_root.read(kTablePath);
    if (!tableRead.ok) {
        for (const char *name : kTableFacts)
            hw::unknown(facts, QLatin1String(name), tableRead.error, hw::sysfs(kTablePath));
        return;
    }
    const SmbiosTable table = SmbiosTable::parse(tableRead.data);
    if (!table.error().isEmpty())
        log()->warn("hardware: {}: {}", str(kTablePath), str(table.error()));
    log()->debug("hardware: {} holds {} structures", str(kTablePath), table.structures().size());
    writeBios(facts, table);
    writeSystem(facts, table, ep);
    writeBaseboard(facts, table);
    writeModules(facts, table);
}

} // namespace urs
