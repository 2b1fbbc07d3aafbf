// SPDX-License-Identifier: GPL-3.0-or-later
// Component Based Servicing: which packages (updates) are installed, whether KB2919355
// ("Windows 8.1 Update", the baseline every later 8.1 update and the upgrade tooling expect)
// is among them, when Windows Update last installed something, and whether servicing is broken.
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace urs {

namespace {

const QString kCbs = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Component Based Servicing");

// CurrentState is CBS's install state (the CbsInstallState enumeration) times 0x10.
QString stateName(quint32 state)
{
    switch (state) {
    case 0x00:
        return QStringLiteral("absent");
    case 0x10:
        return QStringLiteral("resolving");
    case 0x20:
        return QStringLiteral("resolved");
    case 0x30:
        return QStringLiteral("staging");
    case 0x40:
        return QStringLiteral("staged");
    case 0x50:
        return QStringLiteral("uninstall pending");
    case 0x60:
        return QStringLiteral("install pending");
    case 0x70:
        return QStringLiteral("installed");
    case 0x80:
        return QStringLiteral("permanent");
    }
    return QStringLiteral("unknown (0x%1)").arg(state, 0, 16);
}

bool isInstalledState(quint32 state)
{
    return state == 0x70 || state == 0x80;
}

// "Package_for_KB2919355~31bf3856ad364e35~amd64~~6.3.1.14" and multi-part packages like
// "Package_3_for_KB2919355~..." -> "KB2919355".
QString kbOf(const QString &identity)
{
    static const QRegularExpression re(
        QStringLiteral("_for_KB(\\d{5,8})"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(identity);
    return m.hasMatch() ? QStringLiteral("KB") + m.captured(1) : QString();
}

void checkPackages(const WindowsContext &ctx, FactSet &facts)
{
    const auto packages = ctx.hives.software().key(kCbs + QStringLiteral("\\Packages"));
    const auto children = packages ? packages->children() : HiveRead<QList<HiveKey>>::failedAs(packages);
    if (!children) {
        for (const char *name : {"windows.updates.packages", "windows.updates.installed_kbs",
                 "windows.updates.kb2919355_installed"})
            facts.setUnknown(QString::fromLatin1(name), children.reason(), packages.provenance());
        return;
    }
    QJsonArray list;
    QSet<QString> kbs;
    for (const HiveKey &pkg : *children) {
        const QString identity = pkg.name();
        const QString kb = kbOf(identity);
        const auto state = pkg.dword(QStringLiteral("CurrentState"));
        QJsonObject o {{QStringLiteral("identity"), identity},
            {QStringLiteral("kb"), kb.isEmpty() ? QJsonValue() : QJsonValue(kb)}};
        if (state) {
            o.insert(QStringLiteral("state"), qint64(*state));
            o.insert(QStringLiteral("state_name"), stateName(*state));
            if (!kb.isEmpty() && isInstalledState(*state))
                kbs.insert(kb);
        } else {
            o.insert(QStringLiteral("state"), QJsonValue());
            o.insert(QStringLiteral("state_name"), QJsonValue());
            o.insert(QStringLiteral("state_unknown"), state.reason());
        }
        list.append(o);
    }
    QStringList sorted(kbs.begin(), kbs.end());
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.mid(2).toULongLong() < b.mid(2).toULongLong(); });
    const Provenance where = packages.provenance();
    facts.set(QStringLiteral("windows.updates.packages"), list, where);
    facts.set(QStringLiteral("windows.updates.installed_kbs"), QJsonArray::fromStringList(sorted), where);
    facts.set(QStringLiteral("windows.updates.kb2919355_installed"),
        kbs.contains(QStringLiteral("KB2919355")),
        {ProvenanceKind::Hive, packages.where() + QStringLiteral("\\Package*_for_KB2919355~* CurrentState")});
}

// Results\Install LastSuccessTime: "YYYY-MM-DD hh:mm:ss" in UTC, as the 8.1 Windows Update
// agent writes it (verify: taken from 8.1 machines, not from a Microsoft document).
void checkLastSuccess(const WindowsContext &ctx, FactSet &facts)
{
    const QString name = QStringLiteral("windows.updates.last_success_install");
    const auto text = ctx.hives.software().string(
        QStringLiteral("Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Results\\Install"),
        QStringLiteral("LastSuccessTime"));
    if (!text) {
        facts.setUnknown(name, text.reason(), text.provenance());
        return;
    }
    QDateTime t = QDateTime::fromString(text->trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    if (!t.isValid()) {
        facts.setUnknown(name, coreText("%1 is '%2', not 'YYYY-MM-DD hh:mm:ss'").arg(text.where(), *text),
            text.provenance());
        return;
    }
    facts.setDateTime(name, t, text.provenance());
}

// Unserviceable under the CBS key: servicing found its store damaged and refuses updates
// until repaired (DISM /RestoreHealth). Present = set.
void checkUnserviceable(const WindowsContext &ctx, FactSet &facts)
{
    const QString name = QStringLiteral("windows.servicing.unserviceable");
    const auto cbs = ctx.hives.software().key(kCbs);
    if (!cbs) {
        facts.setUnknown(name, cbs.reason(), cbs.provenance());
        return;
    }
    setFromRead(facts, name, cbs->hasValue(QStringLiteral("Unserviceable")), [](bool v) { return v; });
}

} // namespace

void checkServicing(const WindowsContext &ctx, FactSet &facts)
{
    checkPackages(ctx, facts);
    checkLastSuccess(ctx, facts);
    checkUnserviceable(ctx, facts);
}

} // namespace urs
