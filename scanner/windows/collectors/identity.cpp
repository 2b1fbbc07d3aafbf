// SPDX-License-Identifier: GPL-3.0-or-later
// Who this Windows is: SOFTWARE\Microsoft\Windows NT\CurrentVersion (the values winver and
// systeminfo show). Keys and types as Windows 8.1 writes them; NT 4.0 lacks ProductName,
// EditionID and InstallationType, which then stay unknown with the reason.
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QRegularExpression>

namespace urs {

namespace {

const QString kCurrentVersion = QStringLiteral("Microsoft\\Windows NT\\CurrentVersion");

// Why identity values may be missing, said once for all of them: NT 4.0 never wrote
// ProductName and friends; a key with no CurrentVersion value is not a Windows SOFTWARE hive's
// (a per-user "Software" hive has a CurrentVersion key with subkeys and no values).
QString getMissingHint(const HiveRead<QString> &version)
{
    if (version && version->section(QLatin1Char('.'), 0, 0).toInt() < 5)
        return coreText("CurrentVersion is %1; Windows NT 4.0 and earlier do not write it").arg(*version);
    if (version.status() == HiveReadStatus::ValueAbsent)
        return coreText("the key has no CurrentVersion value either: this does not look like a Windows "
                        "SOFTWARE hive");
    return {};
}

HiveRead<QString> withHint(HiveRead<QString> read, const QString &hint)
{
    if (read.status() != HiveReadStatus::ValueAbsent || hint.isEmpty())
        return read;
    return HiveRead<QString>::missing(
        read.status(), coreText("%1 (%2)").arg(read.reason(), hint), read.where());
}

// CurrentBuildNumber is the build as text ("9600"); CurrentBuild holds the same on Vista and
// later but junk on NT 4.0 ("1.511.1 () (Obsolete data - do not use)"), so it only fills in.
HiveRead<quint32> getBuild(const HiveKey &key)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*(\\d{1,6})\\s*$"));
    HiveRead<quint32> last;
    for (const QString &name : {QStringLiteral("CurrentBuildNumber"), QStringLiteral("CurrentBuild")}) {
        const auto text = key.string(name);
        if (!text) {
            last = HiveRead<quint32>::failedAs(text);
            continue;
        }
        const auto m = digits.match(*text);
        if (m.hasMatch())
            return HiveRead<quint32>::found(m.captured(1).toUInt(), text.where());
        last = HiveRead<quint32>::missing(HiveReadStatus::WrongType,
            coreText("%1 is '%2', not a build number").arg(text.where(), *text), text.where());
    }
    return last;
}

} // namespace

void checkIdentity(const WindowsContext &ctx, FactSet &facts)
{
    facts.set(QStringLiteral("windows.path"), ctx.windowsDir, ctx.file(ctx.windowsDir));

    const auto key = ctx.hives.software().key(kCurrentVersion);
    if (!key) {
        // Not a Windows NT SOFTWARE hive (or a damaged one): every identity fact says why.
        const QString reason = coreText("%1: this SOFTWARE hive does not describe a Windows NT installation")
                                   .arg(key.reason());
        for (const char *name : {"windows.product_name", "windows.edition_id", "windows.current_version",
                 "windows.build", "windows.ubr", "windows.build_lab_ex", "windows.installation_type",
                 "windows.product_id", "windows.install_date"}) {
            facts.setUnknown(QString::fromLatin1(name), reason, key.provenance());
        }
        return;
    }

    const auto version = key->string(QStringLiteral("CurrentVersion"));
    setFromRead(facts, QStringLiteral("windows.current_version"), version);
    const QString hint = getMissingHint(version);
    setFromRead(facts, QStringLiteral("windows.product_name"),
        withHint(key->string(QStringLiteral("ProductName")), hint));
    setFromRead(facts, QStringLiteral("windows.edition_id"),
        withHint(key->string(QStringLiteral("EditionID")), hint));
    setFromRead(facts, QStringLiteral("windows.installation_type"),
        withHint(key->string(QStringLiteral("InstallationType")), hint));
    setFromRead(facts, QStringLiteral("windows.build_lab_ex"),
        withHint(key->string(QStringLiteral("BuildLabEx")), hint));
    setFromRead(facts, QStringLiteral("windows.product_id"), key->string(QStringLiteral("ProductId")));
    setFromRead(facts, QStringLiteral("windows.build"), getBuild(*key));

    // UBR (update build revision) arrived with later 8.1 servicing; many 8.1 hives lack it.
    setFromRead(facts, QStringLiteral("windows.ubr"), key->dword(QStringLiteral("UBR")));

    // InstallDate: seconds since 1970-01-01 UTC as a REG_DWORD.
    const auto installDate = key->dword(QStringLiteral("InstallDate"));
    if (installDate && *installDate == 0) {
        facts.setUnknown(QStringLiteral("windows.install_date"), coreText("%1 is 0").arg(installDate.where()),
            installDate.provenance());
    } else {
        setFromRead(facts, QStringLiteral("windows.install_date"), installDate, [](quint32 t) {
            return QJsonValue(QDateTime::fromSecsSinceEpoch(qint64(t), Qt::UTC).toString(Qt::ISODate));
        });
    }
}

} // namespace urs
