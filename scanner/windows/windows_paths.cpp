// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/windows_paths.h"

#include <QRegularExpression>

namespace urs {

WindowsPaths::WindowsPaths(QString systemDrive, QString windowsDir)
    : m_systemDrive(std::move(systemDrive))
    , m_windowsDir(std::move(windowsDir))
{
    m_windowsDir.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (m_windowsDir.startsWith(QLatin1Char('\\')))
        m_windowsDir.remove(0, 1);
}

std::optional<QString> WindowsPaths::driveOf(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z]):"));
    const auto m = re.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toUpper() + QLatin1Char(':');
}

QString WindowsPaths::expand(const QString &windowsPath) const
{
    QString p = windowsPath.trimmed();
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    // NT object-manager and Win32 long-path prefixes ("\??\C:\x", "\\?\C:\x").
    for (const QString &prefix : {QStringLiteral("\\??\\"), QStringLiteral("\\\\?\\")}) {
        if (p.startsWith(prefix))
            p.remove(0, prefix.size());
    }
    const QString root = m_systemDrive + QLatin1Char('\\') + m_windowsDir;
    p.replace(QStringLiteral("%SystemDrive%"), m_systemDrive, Qt::CaseInsensitive);
    p.replace(QStringLiteral("%SystemRoot%"), root, Qt::CaseInsensitive);
    p.replace(QStringLiteral("%windir%"), root, Qt::CaseInsensitive);
    // The default folders (Windows never lets them move off the system drive on 8.1 setup).
    p.replace(QStringLiteral("%ProgramFiles(x86)%"), m_systemDrive + QStringLiteral("\\Program Files (x86)"),
        Qt::CaseInsensitive);
    p.replace(QStringLiteral("%ProgramW6432%"), m_systemDrive + QStringLiteral("\\Program Files"),
        Qt::CaseInsensitive);
    p.replace(QStringLiteral("%ProgramFiles%"), m_systemDrive + QStringLiteral("\\Program Files"),
        Qt::CaseInsensitive);
    p.replace(QStringLiteral("%CommonProgramFiles%"),
        m_systemDrive + QStringLiteral("\\Program Files\\Common Files"), Qt::CaseInsensitive);
    p.replace(QStringLiteral("%ProgramData%"), m_systemDrive + QStringLiteral("\\ProgramData"),
        Qt::CaseInsensitive);
    // "\SystemRoot\..." is the kernel's name for the Windows folder (service ImagePath).
    if (p.startsWith(QStringLiteral("\\SystemRoot\\"), Qt::CaseInsensitive))
        p = root + p.mid(11);
    return p;
}

std::optional<QString> WindowsPaths::toVolumePath(const QString &windowsPath) const
{
    QString p = expand(windowsPath);
    if (p.contains(QLatin1Char('%')) || p.startsWith(QStringLiteral("\\\\")))
        return std::nullopt;
    const auto drive = driveOf(p);
    if (!drive || drive->compare(m_systemDrive, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    p = p.mid(2);
    QStringList parts = p.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    return parts.join(QLatin1Char('/'));
}

QString WindowsPaths::toWindowsPath(const QString &volumePath) const
{
    QString p = volumePath;
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (p.startsWith(QLatin1Char('\\')))
        p.remove(0, 1);
    return m_systemDrive + QLatin1Char('\\') + p;
}

} // namespace urs
