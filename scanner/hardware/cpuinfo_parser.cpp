// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/cpuinfo_parser.h"

#include "common/core_text.h"

#include <QList>
#include <QMap>
#include <QSet>

namespace urs {

namespace {

using Block = QMap<QString, QString>;

// Blocks are separated by blank lines; each line is "key<tabs>: value".
QList<Block> splitBlocks(const QByteArray &text)
{
    QList<Block> blocks;
    Block current;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                blocks.append(current);
            current.clear();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        if (!current.contains(key))
            current.insert(key, line.mid(colon + 1).trimmed());
    }
    if (!current.isEmpty())
        blocks.append(current);
    return blocks;
}

// cpuinfo numbers are decimal ("cpu family: 6") or hex with 0x ("CPU part: 0xd0c").
std::optional<int> toInt(const QString &s)
{
    bool ok = false;
    const int v
        = s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? s.mid(2).toInt(&ok, 16) : s.toInt(&ok, 10);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<QString> firstText(const QList<Block> &blocks, const QString &key)
{
    for (const Block &b : blocks)
        if (b.contains(key))
            return b.value(key);
    return std::nullopt;
}

std::optional<int> firstInt(const QList<Block> &blocks, const QString &key)
{
    for (const Block &b : blocks)
        if (b.contains(key))
            return toInt(b.value(key));
    return std::nullopt;
}

void countCores(const QList<Block> &blocks, CpuInfo &info)
{
    QSet<QString> pairs;
    QSet<QString> packages;
    for (const Block &b : blocks) {
        if (b.contains(QStringLiteral("physical id")))
            packages.insert(b.value(QStringLiteral("physical id")));
        if (b.contains(QStringLiteral("physical id")) && b.contains(QStringLiteral("core id")))
            pairs.insert(b.value(QStringLiteral("physical id")) + QLatin1Char('/')
                + b.value(QStringLiteral("core id")));
    }
    if (!pairs.isEmpty()) {
        info.cores = int(pairs.size());
        info.coresSource = coreText("distinct (physical id, core id) pairs");
        return;
    }
    // Some hypervisors omit core id; "cpu cores" is then the count per package.
    const std::optional<int> perPackage = firstInt(blocks, QStringLiteral("cpu cores"));
    if (perPackage && *perPackage > 0) {
        info.cores = *perPackage * int(qMax<qsizetype>(1, packages.size()));
        info.coresSource = coreText("cpu cores x %1 package(s)").arg(qMax<qsizetype>(1, packages.size()));
    }
}

} // namespace

CpuInfo CpuinfoParser::parse(const QByteArray &text)
{
    CpuInfo info;
    const QList<Block> blocks = splitBlocks(text);
    for (const Block &b : blocks)
        if (b.contains(QStringLiteral("processor")))
            ++info.processors;

    if (firstText(blocks, QStringLiteral("CPU implementer")) || firstText(blocks, QStringLiteral("Features")))
        info.format = CpuInfo::Format::Arm64;
    else if (info.processors > 0 || firstText(blocks, QStringLiteral("vendor_id")))
        info.format = CpuInfo::Format::X86;

    if (info.format == CpuInfo::Format::Arm64) {
        info.armImplementer = firstInt(blocks, QStringLiteral("CPU implementer"));
        info.armPart = firstInt(blocks, QStringLiteral("CPU part"));
        info.armVariant = firstInt(blocks, QStringLiteral("CPU variant"));
        info.armRevision = firstInt(blocks, QStringLiteral("CPU revision"));
        info.armArchitecture = firstInt(blocks, QStringLiteral("CPU architecture"));
        if (const auto features = firstText(blocks, QStringLiteral("Features")))
            info.flags = features->split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (info.armImplementer)
            info.vendorId = armImplementerName(*info.armImplementer);
        info.modelName = firstText(blocks, QStringLiteral("model name"));
    } else {
        info.vendorId = firstText(blocks, QStringLiteral("vendor_id"));
        info.family = firstInt(blocks, QStringLiteral("cpu family"));
        info.model = firstInt(blocks, QStringLiteral("model"));
        info.stepping = firstInt(blocks, QStringLiteral("stepping"));
        info.modelName = firstText(blocks, QStringLiteral("model name"));
        if (const auto flags = firstText(blocks, QStringLiteral("flags")))
            info.flags = flags->split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (info.vendorId && info.vendorId->isEmpty())
        info.vendorId.reset();
    if (info.modelName && info.modelName->isEmpty())
        info.modelName.reset();

    countCores(blocks, info);

    for (const Block &b : blocks) {
        bool ok = false;
        const double mhz = b.value(QStringLiteral("cpu MHz")).toDouble(&ok);
        if (ok && mhz > 0 && (!info.highestCurrentMhz || mhz > *info.highestCurrentMhz))
            info.highestCurrentMhz = mhz;
    }
    return info;
}

std::optional<QString> CpuinfoParser::armImplementerName(int code)
{
    // Implementer codes of the MIDR_EL1 register (Arm Architecture Reference Manual, D19.2).
    switch (code) {
    case 0x41:
        return QStringLiteral("ARM");
    case 0x42:
        return QStringLiteral("Broadcom");
    case 0x43:
        return QStringLiteral("Cavium");
    case 0x46:
        return QStringLiteral("Fujitsu");
    case 0x48:
        return QStringLiteral("HiSilicon");
    case 0x4e:
        return QStringLiteral("NVIDIA");
    case 0x50:
        return QStringLiteral("APM");
    case 0x51:
        return QStringLiteral("Qualcomm");
    case 0x53:
        return QStringLiteral("Samsung");
    case 0x56:
        return QStringLiteral("Marvell");
    case 0x61:
        return QStringLiteral("Apple");
    case 0x69:
        return QStringLiteral("Intel");
    case 0x6d:
        return QStringLiteral("Microsoft");
    case 0xc0:
        return QStringLiteral("Ampere");
    }
    return std::nullopt;
}

} // namespace urs
