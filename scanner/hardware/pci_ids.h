// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace urs {

// Names of PCI vendors and devices from the pci.ids database (Debian package "pci.ids",
// /usr/share/misc/pci.ids, format described at its top). The file is a 1.3 MB text: rather
// than load it, a lookup streams it once and keeps only the entries asked for.
// It is a file of the system the scanner runs on, not of the machine under the hardware root.
class PciIds {
public:
    struct Names {
        std::optional<QString> vendor;
        std::optional<QString> device;
    };

    // $URS_PCI_IDS when set (tests), else /usr/share/misc/pci.ids.
    static QString defaultPath();
    explicit PciIds(QString path = defaultPath())
        : m_path(std::move(path))
    {
    }
    const QString &path() const { return m_path; }

    // Names for (vendor, device) pairs, keyed by key(vendor, device). Returns false with *error
    // when the file cannot be read; ids not in the file are left without names.
    bool lookup(
        const QList<QPair<quint16, quint16>> &ids, QHash<quint32, Names> *names, QString *error) const;
    static quint32 key(quint16 vendor, quint16 device) { return (quint32(vendor) << 16) | device; }

private:
    QString m_path;
};

} // namespace urs
