// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace urs {

struct ZipMemberInfo {
    QString name;
    std::optional<qint64> declaredSize; // from the zip headers; nullopt when not declared
};

// What a zip holds, or why it was refused.
struct ZipContents {
    QString error; // empty when the zip was read
    QList<ZipMemberInfo> members; // in archive order
    QHash<QString, QByteArray> data; // the wanted members, read into memory
    bool ok() const { return error.isEmpty(); }
};

// Reads report zips that may come from anywhere (a colleague's stick, a mail attachment) and
// so may be hostile. Nothing is ever written to disk: the wanted members are read into memory
// up to a cap, the rest are only listed. A zip is refused whole when any member has an
// absolute or ".." name, is a link or anything but a plain file or folder, declares a size
// above the cap, appears twice, or fails its CRC.
class ZipReader {
public:
    struct Limits {
        qint64 maxWantedBytes = 32LL * 1024 * 1024; // a wanted member larger than this is refused
        qint64 maxDeclaredBytes = 1LL * 1024 * 1024 * 1024; // any member declaring more is refused
        int maxMembers = 10000;
    };

    static ZipContents read(const QByteArray &zip, const QStringList &wanted);
    static ZipContents read(const QByteArray &zip, const QStringList &wanted, const Limits &limits);
    // Empty when name is a safe relative member name, else why not.
    static QString checkMemberName(const QString &name);
};

} // namespace urs
