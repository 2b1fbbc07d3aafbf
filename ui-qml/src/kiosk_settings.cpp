// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk_settings.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace urs::ui {

namespace {

const QString kEnabled = QStringLiteral("batch/enabled");
const QString kPoweroffAfter = QStringLiteral("batch/poweroff_after_seconds");
const QString kTargets = QStringLiteral("batch/targets");
const QString kLanguage = QStringLiteral("app/language");

// Reads one key at a time and words the warning for a value that cannot be used.
class IniReader {
public:
    IniReader(const QString &path, QStringList *warnings)
        : m_path(path)
        , m_ini(path, QSettings::IniFormat)
        , m_warnings(warnings)
    {
    }

    bool readable()
    {
        m_ini.childGroups(); // QSettings knows of a format error once it has read the file
        return m_ini.status() == QSettings::NoError;
    }
    QStringList keys() const { return m_ini.allKeys(); }
    bool has(const QString &key) const { return m_ini.contains(key); }

    // The value as written: QSettings splits "a,b" into a list, which is joined back here.
    QString text(const QString &key) const
    {
        const QVariant v = m_ini.value(key);
        return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char(',')) : v.toString();
    }

    // "[batch] poweroff_after_seconds" for "batch/poweroff_after_seconds".
    static QString place(const QString &key)
    {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        return slash < 0 ? key : QStringLiteral("[%1] %2").arg(key.left(slash), key.mid(slash + 1));
    }

    void warn(const QString &key, const QString &problem, const QString &instead)
    {
        *m_warnings << QStringLiteral("%1: %2=\"%3\" %4; %5")
                           .arg(m_path, place(key), text(key).left(80), problem, instead);
    }

    std::optional<bool> flag(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QString v = text(key).trimmed().toLower();
        if (QStringList {"true", "yes", "on", "1"}.contains(v))
            return true;
        if (QStringList {"false", "no", "off", "0"}.contains(v))
            return false;
        warn(key, QStringLiteral("is not true or false"), QStringLiteral("it is taken as false"));
        return std::nullopt;
    }

    std::optional<int> seconds(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        if (const std::optional<int> n = KioskSettings::parsePoweroffSeconds(text(key)))
            return n;
        warn(key,
            QStringLiteral("is not a whole number of seconds from 0 (wait for a key) to %1")
                .arg(KioskSettings::kMaxPoweroffAfterSeconds),
            QStringLiteral("%1 is used").arg(KioskSettings::kDefaultPoweroffAfterSeconds));
        return std::nullopt;
    }

    QStringList targetIds(const QString &key)
    {
        static const QRegularExpression id(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
        QStringList ids;
        for (const QString &part : text(key).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString t = part.trimmed().toLower();
            if (t.isEmpty())
                continue;
            if (!id.match(t).hasMatch()) {
                warn(key, QStringLiteral("holds '%1', which is not a target id (such as win11-25h2)").arg(t),
                    QStringLiteral("every target is scanned"));
                return {};
            }
            ids << t;
        }
        return ids;
    }

    std::optional<QString> language(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QString v = text(key).trimmed().toLower();
        if (v == QLatin1String("en") || v == QLatin1String("ja"))
            return v;
        warn(key, QStringLiteral("is not en or ja"), QStringLiteral("the system's language is used"));
        return std::nullopt;
    }

private:
    QString m_path;
    QSettings m_ini;
    QStringList *m_warnings;
};

} // namespace

std::optional<int> KioskSettings::parsePoweroffSeconds(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (ok && n >= 0 && n <= kMaxPoweroffAfterSeconds)
        return n;
    return std::nullopt;
}

KioskSettings KioskSettings::read(const QString &path)
{
    KioskSettings out;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return out;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        out.warnings << QStringLiteral(
            "%1: cannot be read (not a readable file); the settings' defaults are used")
                            .arg(path);
        return out;
    }
    IniReader ini(path, &out.warnings);
    // QSettings reads every line it can and flags the rest: the good lines still count.
    if (!ini.readable()) {
        out.warnings << QStringLiteral(
            "%1: holds lines that are neither [group] nor key=value (comments start "
            "with ';'); they are ignored")
                            .arg(path);
    }
    out.batchEnabled = ini.flag(kEnabled);
    out.poweroffAfterSeconds = ini.seconds(kPoweroffAfter);
    out.targets = ini.targetIds(kTargets);
    out.language = ini.language(kLanguage);
    const QStringList known {kEnabled, kPoweroffAfter, kTargets, kLanguage};
    for (const QString &key : ini.keys()) {
        if (!known.contains(key)) {
            out.warnings << QStringLiteral(
                "%1: %2 is not a setting the scanner knows (it knows %3); it is ignored")
                                .arg(path, IniReader::place(key),
                                    QStringList {"[batch] enabled", "poweroff_after_seconds", "targets",
                                        "[app] language"}
                                        .join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace urs::ui
