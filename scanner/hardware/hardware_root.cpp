// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/hardware_root.h"

#include "common/core_text.h"
#include "common/log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace urs {

HardwareRoot::HardwareRoot(QString root)
    : m_root(root.isEmpty() ? QStringLiteral("/") : std::move(root))
{
}

QString HardwareRoot::hostPath(const QString &path) const
{
    return QDir::cleanPath(m_root + QLatin1Char('/') + path);
}

FileRead HardwareRoot::read(const QString &path, qint64 maxBytes) const
{
    FileRead r;
    const QString host = hostPath(path);
    QFile file(host);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = coreText("cannot read %1: %2").arg(path, file.errorString());
        log()->debug("hardware: {} ({})", str(r.error), str(host));
        return r;
    }
    // Read in chunks until EOF: procfs files report size 0 and sysfs files 4096.
    constexpr qint64 kChunk = 64 * 1024;
    while (true) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                r.error = coreText("cannot read %1: %2").arg(path, file.errorString());
                log()->debug("hardware: {} ({})", str(r.error), str(host));
                return r;
            }
            break;
        }
        r.data += chunk;
        if (r.data.size() > maxBytes) {
            r.data.clear();
            r.error = coreText("%1 is larger than %2 bytes; not read").arg(path).arg(maxBytes);
            log()->debug("hardware: {}", str(r.error));
            return r;
        }
    }
    r.ok = true;
    return r;
}

FileRead HardwareRoot::readTrimmed(const QString &path) const
{
    FileRead r = read(path, 1024 * 1024);
    if (r.ok)
        r.data = r.data.trimmed();
    return r;
}

bool HardwareRoot::exists(const QString &path) const
{
    return QFileInfo::exists(hostPath(path));
}

bool HardwareRoot::isDir(const QString &path) const
{
    return QFileInfo(hostPath(path)).isDir();
}

QStringList HardwareRoot::entries(const QString &dir) const
{
    return QDir(hostPath(dir))
        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDir::Name);
}

} // namespace urs
