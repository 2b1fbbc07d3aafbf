// SPDX-License-Identifier: GPL-3.0-or-later
// The language Windows was installed in and the display languages added since. Setup keeps apps
// only from media of the install language (error 0xC1900204 otherwise: Microsoft, "Resolve
// Windows upgrade errors"), so the media must match InstallLanguage, not the display language.
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QJsonArray>

namespace urs {

namespace {

// Control\MUI\UILanguages\<name> (e.g. "en-US") with its LCID, one per installed UI language.
struct UiLanguage {
    QString name;
    std::optional<quint32> lcid;
};

HiveRead<QList<UiLanguage>> getUiLanguages(const HiveSet &hives)
{
    const auto key = hives.ccs(QStringLiteral("Control\\MUI\\UILanguages"));
    if (!key)
        return HiveRead<QList<UiLanguage>>::failedAs(key);
    const auto children = key->children();
    if (!children)
        return HiveRead<QList<UiLanguage>>::failedAs(children);
    QList<UiLanguage> out;
    for (const HiveKey &child : *children) {
        const auto lcid = child.dword(QStringLiteral("LCID"));
        out.append({child.name(), lcid ? std::optional<quint32>(*lcid) : std::nullopt});
    }
    return HiveRead<QList<UiLanguage>>::found(out, key->where());
}

} // namespace

void checkLanguage(const WindowsContext &ctx, FactSet &facts)
{
    const auto ui = getUiLanguages(ctx.hives);
    setFromRead(
        facts, QStringLiteral("windows.language.ui_languages"), ui, [](const QList<UiLanguage> &list) {
            QJsonArray names;
            for (const UiLanguage &l : list)
                names.append(l.name);
            return QJsonValue(names);
        });

    // Nls\Language InstallLanguage is the LCID in hex ("0409"); the UI language with that LCID
    // gives its name. Without a match the LCID itself is the answer, so nothing is guessed.
    const auto install = valueOf(ctx.hives.ccs(QStringLiteral("Control\\Nls\\Language")),
        QStringLiteral("InstallLanguage"), &HiveKey::string);
    const QString name = QStringLiteral("windows.language.install");
    if (!install) {
        facts.setUnknown(name, install.reason(), install.provenance());
        return;
    }
    bool ok = false;
    const quint32 lcid = install->trimmed().toUInt(&ok, 16);
    if (!ok) {
        facts.setUnknown(name, coreText("%1 is '%2', not a hexadecimal LCID").arg(install.where(), *install),
            install.provenance());
        return;
    }
    QString language = QStringLiteral("LCID 0x%1").arg(lcid, 4, 16, QLatin1Char('0'));
    if (ui) {
        for (const UiLanguage &l : *ui)
            if (l.lcid == lcid)
                language = l.name;
    }
    facts.set(name, language, install.provenance());
}

} // namespace urs
