// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/hive_set.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "source/windows_volume.h"
#include "windows/profile_list.h"

#include <QRegularExpression>
#include <QSet>

namespace urs {

namespace {

// SOFTWARE and SYSTEM live in <Windows>\System32\config. A missing one means this is no
// Windows installation to scan, not a damaged hive.
Hive openRequired(const WindowsVolume &volume, const QString &windowsDir, const QString &name)
{
    const QString path = windowsDir + QStringLiteral("/System32/config/") + name;
    if (!volume.exists(path)) {
        throw ScanError(ScanErrorKind::NoWindows, volume.displayName() + QStringLiteral(": ") + path,
            coreText("the %1 hive is missing").arg(name),
            coreText("Check that this is the Windows volume and that Windows is installed in %1")
                .arg(windowsDir));
    }
    return Hive::openOnVolume(volume, path, name);
}

// The drive letter Windows calls its own, from SOFTWARE ...\CurrentVersion SystemRoot
// ("C:\Windows"). Registry paths (ProfileImagePath, ImagePath) use it; the volume does not.
QString systemDriveOf(const Hive &software)
{
    const auto root = software.string(
        QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), QStringLiteral("SystemRoot"));
    if (root) {
        if (auto drive = WindowsPaths::driveOf(*root))
            return *drive;
    }
    log()->info("no drive letter in {} ({}); assuming Windows called its volume C:", str(root.where()),
        str(root.ok() ? *root : root.reason()));
    return QStringLiteral("C:");
}

} // namespace

HiveSet::HiveSet(const WindowsVolume &volume, const QString &windowsDir)
    : m_software(openRequired(volume, windowsDir, QStringLiteral("SOFTWARE")))
    , m_system(openRequired(volume, windowsDir, QStringLiteral("SYSTEM")))
    , m_paths(systemDriveOf(m_software), windowsDir)
{
    resolveControlSet();
    try {
        findUsers(volume);
    } catch (const ScanError &e) {
        // Users are optional: a volume error while looking for them costs only their facts.
        if (e.kind() == ScanErrorKind::Cancelled)
            throw;
        log()->warn("looking for user hives stopped: {}", e.what());
    }
}

QString HiveSet::controlSetName(int number)
{
    return QStringLiteral("ControlSet%1").arg(number, 3, 10, QLatin1Char('0'));
}

void HiveSet::resolveControlSet()
{
    // Select\Current names the control set Windows booted with ("CurrentControlSet" is only a
    // link the running kernel creates; offline there is none).
    const auto current = m_system.dword(QStringLiteral("Select"), QStringLiteral("Current"));
    if (current && m_system.key(controlSetName(int(*current)))) {
        m_controlSet = int(*current);
        m_controlSetNote = current.where() + QStringLiteral(" = %1").arg(*current);
        return;
    }
    m_controlSetFallback = true;
    const QString why = current ? coreText("%1 = %2 but SYSTEM has no %3")
                                      .arg(current.where())
                                      .arg(*current)
                                      .arg(controlSetName(int(*current)))
                                : current.reason();
    // Fall back to the lowest ControlSetNNN present (ControlSet001 on every Windows seen).
    static const QRegularExpression re(
        QStringLiteral("^ControlSet(\\d{3})$"), QRegularExpression::CaseInsensitiveOption);
    const auto names = m_system.root().childNames();
    if (!names) {
        // Not "no control set": the list is there but damaged, so CCS reads are unreadable.
        m_noControlSetStatus = HiveReadStatus::Unreadable;
        m_controlSetNote = coreText("%1; %2").arg(why, names.reason());
        log()->warn("{}", str(m_controlSetNote));
        return;
    }
    std::optional<int> lowest;
    for (const QString &name : *names) {
        const auto m = re.match(name);
        if (m.hasMatch() && (!lowest || m.captured(1).toInt() < *lowest))
            lowest = m.captured(1).toInt();
    }
    if (!lowest) {
        m_controlSetNote = coreText("%1; SYSTEM holds no ControlSetNNN key").arg(why);
        log()->warn("{}", str(m_controlSetNote));
        return;
    }
    m_controlSet = *lowest;
    m_controlSetNote = coreText("%1; fell back to %2").arg(why, controlSetName(*lowest));
    log()->warn("{}", str(m_controlSetNote));
}

HiveRead<HiveKey> HiveSet::ccs(const QString &relativePath) const
{
    if (!m_controlSet) {
        const QString where = QStringLiteral("SYSTEM\\CurrentControlSet\\") + relativePath;
        return HiveRead<HiveKey>::missing(m_noControlSetStatus,
            coreText("no control set to read %1 from: %2").arg(where, m_controlSetNote), where);
    }
    const QString base = controlSetName(*m_controlSet);
    return m_system.key(relativePath.isEmpty() ? base : base + QLatin1Char('\\') + relativePath);
}

void HiveSet::findUsers(const WindowsVolume &volume)
{
    const auto profiles = ProfileList::read(m_software);
    QSet<QString> seen;
    if (profiles) {
        for (const ProfileEntry &e : *profiles) {
            if (!e.isUserAccount())
                continue;
            UserHive u;
            u.sid = e.sid;
            u.profilePath = e.profilePath;
            const auto dir = m_paths.toVolumePath(e.profilePath);
            u.name = e.profilePath.section(QLatin1Char('\\'), -1, -1, QString::SectionSkipEmpty);
            if (!dir || dir->isEmpty()) {
                u.problem = coreText("%1 ProfileImagePath '%2' is not a folder on this volume")
                                .arg(e.where, e.profilePath);
                log()->warn("{}", str(u.problem));
                m_users.push_back(std::move(u));
                continue;
            }
            u.hivePath = *dir + QStringLiteral("/NTUSER.DAT");
            // A SID and its .bak twin usually name the same folder: read that hive once.
            if (seen.contains(u.hivePath.toLower()))
                continue;
            seen.insert(u.hivePath.toLower());
            openUser(volume, std::move(u));
        }
        return;
    }
    // No ProfileList (damaged or trimmed SOFTWARE): every Users\<name>\NTUSER.DAT is a user,
    // except Default (the template new profiles are copied from) and Public.
    log()->info("{}; looking for Users\\*\\NTUSER.DAT instead", str(profiles.reason()));
    static const QSet<QString> notUsers = {QStringLiteral("default"), QStringLiteral("default user"),
        QStringLiteral("public"), QStringLiteral("all users")};
    for (const VolumeEntry &entry : volume.list(QStringLiteral("Users"))) {
        if (!entry.isDirectory || notUsers.contains(entry.name.toLower()))
            continue;
        const QString hivePath = QStringLiteral("Users/") + entry.name + QStringLiteral("/NTUSER.DAT");
        if (!volume.exists(hivePath))
            continue;
        UserHive u;
        u.name = entry.name;
        u.profilePath = m_paths.toWindowsPath(QStringLiteral("Users/") + entry.name);
        u.hivePath = hivePath;
        openUser(volume, std::move(u));
    }
}

void HiveSet::openUser(const WindowsVolume &volume, UserHive user)
{
    if (!volume.exists(user.hivePath)) {
        user.problem = coreText("no NTUSER.DAT at %1").arg(m_paths.toWindowsPath(user.hivePath));
        log()->warn("user {}: {}", str(user.name), str(user.problem));
        m_users.push_back(std::move(user));
        return;
    }
    const QString name = QString(user.hivePath).replace(QLatin1Char('/'), QLatin1Char('\\'));
    try {
        user.hive = std::make_unique<Hive>(Hive::openOnVolume(volume, user.hivePath, name));
    } catch (const ScanError &e) {
        user.problem = e.text();
        log()->warn("user {}: hive not read: {}", str(user.name), str(e.text()));
    }
    m_users.push_back(std::move(user));
}

} // namespace urs
