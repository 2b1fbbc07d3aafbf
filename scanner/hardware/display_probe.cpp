// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/display_probe.h"

#include "common/core_text.h"
#include "hardware/edid_parser.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace urs {

namespace {
const QString kDrm = QStringLiteral("/sys/class/drm");

QJsonValue opt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

void DisplayProbe::collect(FactSet &facts) const
{
    const QString name = QStringLiteral("hardware.displays");
    if (!m_root.isDir(kDrm)) {
        hw::unknown(facts, name, coreText("%1 is missing: no graphics driver exposes connectors").arg(kDrm),
            hw::sysfs(kDrm));
        return;
    }
    // Connectors are "card0-eDP-1", "card1-HDMI-A-2"; "card0" and "renderD128" are devices.
    static const QRegularExpression connector(QStringLiteral("^card[0-9]+-(.+)$"));
    QJsonArray list;
    for (const QString &entry : m_root.entries(kDrm)) {
        const QRegularExpressionMatch m = connector.match(entry);
        if (!m.hasMatch())
            continue;
        const QString path = kDrm + QLatin1Char('/') + entry + QStringLiteral("/edid");
        const FileRead r = m_root.read(path, 64 * 1024);
        if (!r.ok || r.data.isEmpty()) {
            log()->debug("hardware: {}",
                r.ok ? str(path + QStringLiteral(" is empty (nothing connected)")) : str(r.error));
            continue;
        }
        const EdidInfo edid = EdidParser::parse(r.data);
        if (!edid.valid)
            log()->warn("hardware: {}: {}", str(path), str(edid.error));
        list.append(QJsonObject {
            {QStringLiteral("connector"), m.captured(1)},
            {QStringLiteral("width_mm"), opt(edid.widthMm)},
            {QStringLiteral("height_mm"), opt(edid.heightMm)},
            {QStringLiteral("diagonal_inches"),
                edid.diagonalInches ? QJsonValue(*edid.diagonalInches) : QJsonValue()},
            {QStringLiteral("width_px"), opt(edid.widthPx)},
            {QStringLiteral("height_px"), opt(edid.heightPx)},
        });
    }
    facts.set(name, list, hw::sysfs(kDrm + QStringLiteral("/card*-*/edid")));
}

} // namespace urs
