// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/pci_ids.h"

#include "common/core_text.h"

#include <QFile>
#include <QSet>

namespace urs {

QString PciIds::defaultPath()
{
    const QByteArray env = qgetenv("URS_PCI_IDS");
    return env.isEmpty() ? QStringLiteral("/usr/share/misc/pci.ids") : QString::fromLocal8Bit(env);
}

namespace {

// "8086  Intel Corporation" -> id and name; false for anything else.
bool splitEntry(const QByteArray &line, quint16 *id, QString *name)
{
    if (line.size() < 6)
        return false;
    bool ok = false;
    const uint v = line.left(4).toUInt(&ok, 16);
    if (!ok || line[4] != ' ')
        return false;
    *id = quint16(v);
    *name = QString::fromUtf8(line.mid(4).trimmed());
    return !name->isEmpty();
}

} // namespace

bool PciIds::lookup(
    const QList<QPair<quint16, quint16>> &ids, QHash<quint32, Names> *names, QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = coreText("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QSet<quint16> vendors;
    QSet<quint32> wanted;
    for (const auto &id : ids) {
        vendors.insert(id.first);
        wanted.insert(key(id.first, id.second));
    }
    QHash<quint16, QString> vendorNames;
    QHash<quint32, QString> deviceNames;
    // Set while inside a vendor we want. A plain value and a flag rather than std::optional:
    // gcc 12 at -O2 flags the optional's value as maybe uninitialized (a false positive).
    quint16 currentVendor = 0;
    bool inWantedVendor = false;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // The device classes ("C 03  Display controller") follow the vendors: nothing more to find.
        if (line.startsWith("C "))
            break;
        quint16 id = 0;
        QString name;
        if (line[0] != '\t') {
            inWantedVendor = false;
            if (splitEntry(line, &id, &name) && vendors.contains(id)) {
                vendorNames.insert(id, name);
                currentVendor = id;
                inWantedVendor = true;
            }
        } else if (inWantedVendor && line.size() > 1 && line[1] != '\t') {
            if (splitEntry(line.mid(1), &id, &name) && wanted.contains(key(currentVendor, id)))
                deviceNames.insert(key(currentVendor, id), name);
        }
    }
    for (const auto &id : ids) {
        Names n;
        if (vendorNames.contains(id.first))
            n.vendor = vendorNames.value(id.first);
        if (deviceNames.contains(key(id.first, id.second)))
            n.device = deviceNames.value(key(id.first, id.second));
        names->insert(key(id.first, id.second), n);
    }
    return true;
}

} // namespace urs
