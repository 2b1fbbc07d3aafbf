// SPDX-License-Identifier: GPL-3.0-or-later
// What the SYSTEM hive says about the machine: computer name, the control set in use, the
// processor architecture Windows was installed for and its last shutdown (the time zone has
// a collector of its own: time_zone.cpp).
#include "common/core_text.h"
#include "windows/collectors/collectors.h"
#include "windows/registry_codec.h"

namespace urs {

namespace {

// PROCESSOR_ARCHITECTURE as Windows sets it for its own bitness ("AMD64" on x64 Windows even
// on an Intel CPU, "x86" on 32-bit Windows, "ARM64"). This is the installed Windows, not the CPU.
HiveRead<QString> getArchitecture(const HiveSet &hives)
{
    const auto arch = valueOf(hives.ccs(QStringLiteral("Control\\Session Manager\\Environment")),
        QStringLiteral("PROCESSOR_ARCHITECTURE"), &HiveKey::string);
    if (!arch)
        return arch;
    const QString a = arch->trimmed().toUpper();
    if (a == QLatin1String("AMD64"))
        return HiveRead<QString>::found(QStringLiteral("x64"), arch.where());
    if (a == QLatin1String("X86"))
        return HiveRead<QString>::found(QStringLiteral("x86"), arch.where());
    if (a == QLatin1String("ARM64"))
        return HiveRead<QString>::found(QStringLiteral("arm64"), arch.where());
    return HiveRead<QString>::missing(HiveReadStatus::WrongType,
        coreText("%1 is '%2', not AMD64, x86 or ARM64").arg(arch.where(), *arch), arch.where());
}

// Control\Windows ShutdownTime: a FILETIME in a REG_BINARY of 8 bytes, written at each clean
// shutdown (and at fast-startup "shutdowns").
HiveRead<QDateTime> getLastShutdown(const HiveSet &hives)
{
    const auto bytes = valueOf(
        hives.ccs(QStringLiteral("Control\\Windows")), QStringLiteral("ShutdownTime"), &HiveKey::binary);
    if (!bytes)
        return HiveRead<QDateTime>::failedAs(bytes);
    const auto time = RegistryCodec::fromFileTimeBytes(*bytes);
    if (!time) {
        return HiveRead<QDateTime>::missing(HiveReadStatus::WrongType,
            coreText("%1 (%2 bytes: %3) is not a FILETIME")
                .arg(bytes.where())
                .arg(bytes->size())
                .arg(QString::fromLatin1(bytes->left(8).toHex(' '))),
            bytes.where());
    }
    return HiveRead<QDateTime>::found(*time, bytes.where());
}

} // namespace

void checkSystemIdentity(const WindowsContext &ctx, FactSet &facts)
{
    const HiveSet &hives = ctx.hives;
    if (hives.controlSetNumber()) {
        const ProvenanceKind kind
            = hives.controlSetIsFallback() ? ProvenanceKind::Derived : ProvenanceKind::Hive;
        facts.set(QStringLiteral("windows.control_set"), *hives.controlSetNumber(),
            {kind,
                hives.controlSetIsFallback() ? hives.controlSetNote()
                                             : QStringLiteral("SYSTEM\\Select\\Current")});
    } else {
        facts.setUnknown(QStringLiteral("windows.control_set"), hives.controlSetNote(),
            {ProvenanceKind::Hive, QStringLiteral("SYSTEM\\Select\\Current")});
    }

    setFromRead(facts, QStringLiteral("windows.computer_name"),
        valueOf(hives.ccs(QStringLiteral("Control\\ComputerName\\ComputerName")),
            QStringLiteral("ComputerName"), &HiveKey::string));
    setFromRead(facts, QStringLiteral("windows.architecture"), getArchitecture(hives));
    setFromRead(facts, QStringLiteral("windows.last_shutdown"), getLastShutdown(hives),
        [](const QDateTime &t) { return QJsonValue(t.toUTC().toString(Qt::ISODate)); });
}

} // namespace urs
