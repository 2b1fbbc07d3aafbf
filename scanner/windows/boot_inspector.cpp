// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/boot_inspector.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "source/source.h"
#include "source/source_json.h"
#include "windows/bcd_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <map>
#include <memory>
#include <optional>

namespace urs {

namespace {

// Where Windows keeps its boot files (Microsoft, "UEFI/GPT-based hard drive partitions" and
// "BIOS/MBR-based hard drive partitions", learn.microsoft.com/windows-hardware/manufacture/
// desktop): the EFI system partition holds \EFI\Microsoft\Boot\bootmgfw.efi and the BCD beside
// it; on a BIOS machine the active system partition holds bootmgr and \Boot\BCD.
const QString kEfiStore = QStringLiteral("EFI/Microsoft/Boot/BCD");
const QString kBiosStore = QStringLiteral("Boot/BCD");
const QString kBootManager = QStringLiteral("EFI/Microsoft/Boot/bootmgfw.efi");

const QString kMode = QStringLiteral("windows.boot.mode");
const QString kStorePath = QStringLiteral("windows.boot.bcd_path");
const QString kDefault = QStringLiteral("windows.boot.default_object");
const QString kLoaderPath = QStringLiteral("windows.boot.loader_path");
const QString kLoaders = QStringLiteral("windows.boot.loaders");
const QString kEspBootManager = QStringLiteral("source.esp.has_windows_boot_manager");

// "\EFI\Microsoft\Boot\BCD" for "EFI/Microsoft/Boot/BCD".
QString windowsPath(const QString &volumePath)
{
    return QLatin1Char('\\') + QString(volumePath).replace(QLatin1Char('/'), QLatin1Char('\\'));
}

// winload.efi is the boot loader UEFI firmware runs (through bootmgfw.efi), winload.exe the one
// a BIOS runs (through bootmgr).
std::optional<QString> modeOf(const QString &loaderPath)
{
    if (loaderPath.endsWith(QLatin1String(".efi"), Qt::CaseInsensitive))
        return QStringLiteral("uefi");
    if (loaderPath.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive))
        return QStringLiteral("legacy");
    return std::nullopt;
}

// A place a BCD store may be, in the order the firmware's way to Windows makes likely.
struct Candidate {
    int partition = 0;
    QString path; // on the partition's volume
    QString role; // "the EFI system partition", "the active partition", "the volume"
};

// Opens each partition of the source once, keeping why one could not be opened.
class PartitionVolumes {
public:
    explicit PartitionVolumes(const Source &source)
        : m_source(source)
    {
    }
    const WindowsVolume *get(int index, QString *problem)
    {
        auto it = m_open.find(index);
        if (it == m_open.end()) {
            Entry e;
            try {
                e.volume = m_source.openPartition(index);
            } catch (const ScanError &err) {
                // Logged here as well as kept: when another partition then gives the answer, the
                // callers drop their problems, and the report must still say this one failed.
                e.problem = err.text();
                log()->warn("boot files: partition {} of {} not read: {}", index, str(m_source.path()),
                    str(e.problem));
            }
            it = m_open.emplace(index, std::move(e)).first;
        }
        *problem = it->second.problem;
        return it->second.volume.get();
    }

private:
    struct Entry {
        std::unique_ptr<WindowsVolume> volume;
        QString problem;
    };
    const Source &m_source;
    std::map<int, Entry> m_open;
};

QList<Candidate> candidatesOf(const Source &source, QString *notFound)
{
    QList<Candidate> out;
    const QList<PartitionInfo> parts = source.partitions();
    const QString esp = coreText("the EFI system partition");
    switch (source.partitionStyle()) {
    case PartitionStyle::Gpt:
        // A BIOS cannot start Windows from a GPT disk: only the EFI system partition counts.
        for (const PartitionInfo &p : parts)
            if (p.role == PartitionRole::Esp)
                out.append({p.index, kEfiStore, esp});
        *notFound = out.isEmpty()
            ? coreText("the GPT disk has no EFI system partition, so no BCD store a firmware would use")
            : coreText("no EFI system partition holds \\EFI\\Microsoft\\Boot\\BCD");
        break;
    case PartitionStyle::Mbr: {
        // A BIOS runs the MBR's code, which starts the active partition's boot sector (bootmgr);
        // UEFI can also start from an EFI system partition (type 0xEF) on an MBR disk.
        bool active = false;
        for (const PartitionInfo &p : parts) {
            if (p.active) {
                active = true;
                out.append({p.index, kBiosStore, coreText("the active partition")});
            }
        }
        for (const PartitionInfo &p : parts)
            if (p.role == PartitionRole::Esp)
                out.append({p.index, kEfiStore, esp});
        *notFound = active ? coreText("neither the active partition (\\Boot\\BCD) nor an EFI system "
                                      "partition (\\EFI\\Microsoft\\Boot\\BCD) holds a BCD store")
                           : coreText("no partition of the MBR disk is marked active and no EFI system "
                                      "partition holds \\EFI\\Microsoft\\Boot\\BCD");
        break;
    }
    case PartitionStyle::None:
        // A lone volume or a folder: Windows set up without a separate system partition keeps
        // \Boot\BCD on its own volume.
        out.append({0, kBiosStore, coreText("the volume")});
        out.append({0, kEfiStore, coreText("the volume")});
        *notFound = coreText("%1 holds a single volume without a BCD store: the system partition "
                             "of its disk (EFI system partition or active partition) is not visible")
                        .arg(source.path());
        break;
    case PartitionStyle::Other:
        *notFound = coreText("a %1 partition table, from which no PC starts Windows")
                        .arg(jsonName(source.partitionStyle()));
        break;
    }
    return out;
}

void setAllUnknown(FactSet &facts, const QStringList &names, const QString &reason, const Provenance &where)
{
    for (const QString &name : names)
        facts.setUnknown(name, reason, where);
}

// The facts of the BCD store found at c on volume.
void readStore(const WindowsVolume &volume, const Candidate &c, FactSet &facts)
{
    const QString shown = windowsPath(c.path);
    const Provenance location {ProvenanceKind::Disk, coreText("%1, %2").arg(volume.displayName(), c.role)};
    facts.set(kStorePath, shown, location);
    std::optional<BcdStore> store;
    try {
        store.emplace(BcdStore::open(volume, c.path, shown));
    } catch (const ScanError &e) {
        log()->warn("BCD store {} on {} not read: {}", str(shown), str(volume.displayName()), str(e.text()));
        setAllUnknown(facts, {kDefault, kLoaders, kLoaderPath, kMode},
            coreText("the BCD store %1 cannot be read: %2").arg(shown, e.text()), location);
        return;
    }

    const HiveRead<QString> def = store->defaultObject();
    if (def)
        facts.set(kDefault, *def, def.provenance());
    else
        facts.setUnknown(kDefault, def.reason(), def.provenance());

    const HiveRead<QList<BcdObject>> objects = store->objects();
    if (!objects) {
        setAllUnknown(facts, {kLoaders, kLoaderPath, kMode}, objects.reason(), objects.provenance());
        return;
    }
    QJsonArray loaders;
    std::optional<BcdObject> chosen;
    QSet<QString> modes; // of every loader, for a store without a usable default
    for (const BcdObject &o : *objects) {
        if (o.type != BcdStore::kTypeOsLoader)
            continue;
        const bool isDefault = def && o.id.compare(*def, Qt::CaseInsensitive) == 0;
        if (isDefault)
            chosen = o;
        if (const auto m = modeOf(o.path))
            modes.insert(*m);
        else
            modes.insert(QString()); // a loader without a recognisable path: no agreement
        loaders.append(QJsonObject {{QStringLiteral("id"), o.id},
            {QStringLiteral("description"), o.description}, {QStringLiteral("path"), o.path},
            {QStringLiteral("system_root"), o.systemRoot}, {QStringLiteral("default"), isDefault}});
    }
    facts.set(kLoaders, loaders, objects.provenance());

    QString why;
    if (!def)
        why = coreText("{bootmgr} names no default object: %1").arg(def.reason());
    else if (!chosen)
        why = coreText("the default object %1 is not a Windows Boot Loader of %2").arg(*def, shown);
    else if (chosen->path.isEmpty())
        why = coreText("the default boot loader %1 has no path element (%2)")
                  .arg(chosen->id, chosen->pathWhere);
    if (why.isEmpty()) {
        const Provenance pathWhere {ProvenanceKind::Hive, chosen->pathWhere};
        facts.set(kLoaderPath, chosen->path, pathWhere);
        const auto mode = modeOf(chosen->path);
        if (mode)
            facts.set(kMode, *mode, pathWhere);
        else
            facts.setUnknown(kMode,
                coreText("the default boot loader's path %1 is neither winload.efi (UEFI) nor "
                         "winload.exe (BIOS)")
                    .arg(chosen->path),
                pathWhere);
        log()->info("Windows boots in {} mode: {} from {} on {}",
            str(mode.value_or(QStringLiteral("an unknown"))), str(chosen->path), str(shown),
            str(volume.displayName()));
        return;
    }
    facts.setUnknown(kLoaderPath, why, objects.provenance());
    // Every loader of a store runs the same way the firmware started its boot manager: when
    // they all agree, that is the mode even without a default.
    if (modes.size() == 1 && !modes.contains(QString())) {
        facts.set(kMode, *modes.constBegin(),
            {ProvenanceKind::Derived,
                coreText("the path of every Windows Boot Loader in %1 (%2)").arg(shown, objects.where())});
    } else {
        facts.setUnknown(kMode, why, objects.provenance());
    }
}

void collectStore(const Source &source, PartitionVolumes &volumes, FactSet &facts)
{
    QString notFound;
    const QList<Candidate> candidates = candidatesOf(source, &notFound);
    QStringList problems;
    for (const Candidate &c : candidates) {
        QString problem;
        const WindowsVolume *volume = volumes.get(c.partition, &problem);
        if (!volume) {
            problems.append(problem);
            continue;
        }
        std::optional<VolumeEntry> entry;
        try {
            entry = volume->stat(c.path);
        } catch (const ScanError &e) {
            // Also logged: a later candidate may still hold a store, and then problems is dropped.
            log()->warn("BCD store {} on {} not looked up: {}", str(windowsPath(c.path)),
                str(volume->displayName()), str(e.text()));
            problems.append(e.text());
            continue;
        }
        if (!entry || entry->isDirectory)
            continue;
        readStore(*volume, c, facts);
        return;
    }
    QString why = notFound;
    if (!problems.isEmpty())
        why = coreText("%1 (not readable: %2)").arg(why, problems.join(QStringLiteral("; ")));
    log()->info("how Windows boots is unknown: {}", str(why));
    setAllUnknown(facts, {kStorePath, kDefault, kLoaders, kLoaderPath, kMode}, why,
        {ProvenanceKind::Disk, coreText("partition table")});
}

void collectBootManager(const Source &source, PartitionVolumes &volumes, FactSet &facts)
{
    const Provenance table {ProvenanceKind::Disk, coreText("partition table")};
    if (source.partitionStyle() == PartitionStyle::None) {
        facts.setUnknown(kEspBootManager,
            coreText("%1 holds a single volume, not a whole disk: its EFI system partition is not visible")
                .arg(source.path()),
            table);
        return;
    }
    QStringList problems;
    QString lookedAt;
    for (const PartitionInfo &p : source.partitions()) {
        if (p.role != PartitionRole::Esp)
            continue;
        QString problem;
        const WindowsVolume *volume = volumes.get(p.index, &problem);
        if (!volume) {
            problems.append(problem);
            continue;
        }
        const Provenance file {
            ProvenanceKind::Disk, volume->displayName() + QLatin1Char(' ') + windowsPath(kBootManager)};
        try {
            const auto entry = volume->stat(kBootManager);
            if (entry && !entry->isDirectory) {
                facts.set(kEspBootManager, true, file);
                return;
            }
        } catch (const ScanError &e) {
            // Also logged: another EFI system partition may hold the boot manager, and then
            // problems is dropped.
            log()->warn("{} not looked up: {}", str(file.where), str(e.text()));
            problems.append(e.text());
            continue;
        }
        if (lookedAt.isEmpty())
            lookedAt = coreText("%1 (not present)").arg(file.where);
    }
    if (!problems.isEmpty())
        facts.setUnknown(kEspBootManager,
            coreText("an EFI system partition cannot be read: %1").arg(problems.join(QStringLiteral("; "))),
            table);
    else if (lookedAt.isEmpty())
        facts.set(kEspBootManager, false,
            {ProvenanceKind::Disk, coreText("partition table (no EFI system partition)")});
    else
        facts.set(kEspBootManager, false, {ProvenanceKind::Disk, lookedAt});
}

} // namespace

BootInspector::BootInspector(const Source &source)
    : m_source(source)
{
}

QStringList BootInspector::factNames()
{
    return {kMode, kStorePath, kDefault, kLoaderPath, kLoaders, kEspBootManager};
}

void BootInspector::collect(FactSet &facts) const
{
    PartitionVolumes volumes(m_source);
    collectBootManager(m_source, volumes, facts);
    collectStore(m_source, volumes, facts);
}

} // namespace urs
