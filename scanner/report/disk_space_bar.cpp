// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/disk_space_bar.h"

#include "facts/fact_set.h"
#include "report/html_escape.h"

#include <algorithm>

namespace urs {

static std::optional<qint64> integerFact(const FactSet &facts, const char *name)
{
    const std::optional<QJsonValue> v = facts.value(QString::fromLatin1(name));
    if (!v || !v->isDouble())
        return std::nullopt;
    return qint64(v->toDouble());
}

std::optional<DiskSpace> DiskSpace::fromFacts(const FactSet &facts, std::optional<qint64> neededBytes)
{
    const std::optional<qint64> total = integerFact(facts, "volume.total_bytes");
    const std::optional<qint64> free = integerFact(facts, "volume.free_bytes");
    if (!total || !free || *total <= 0 || *free < 0 || *free > *total)
        return std::nullopt;
    DiskSpace d;
    d.totalBytes = *total;
    d.freeBytes = *free;
    // Reclaimable space is part of the used space; an unknown total counts as none, and the
    // legend then shows no reclaimable part rather than a guessed one.
    d.reclaimableBytes = std::clamp<qint64>(
        integerFact(facts, "volume.reclaimable.total_bytes").value_or(0), 0, d.totalBytes - d.freeBytes);
    d.neededBytes = neededBytes;
    return d;
}

QString DiskSpaceBar::html(const DiskSpace &d, const ReportStrings &s)
{
    // Drawn in a 1000-unit wide box so the arithmetic stays in integers; the SVG scales.
    const double scale = 1000.0 / double(d.totalBytes);
    const int usedOther = int((d.totalBytes - d.freeBytes - d.reclaimableBytes) * scale + 0.5);
    const int reclaim = int(d.reclaimableBytes * scale + 0.5);
    const int freeW = 1000 - usedOther - reclaim;

    QString svg = QStringLiteral("<svg class=\"diskbar\" viewBox=\"0 0 1000 64\" "
                                 "preserveAspectRatio=\"none\" role=\"img\" aria-label=\"%1\">")
                      .arg(htmlEscape(s.text("disk")));
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"36\" fill=\"#7b8794\"/>")
               .arg(usedOther);
    svg += QStringLiteral("<rect x=\"%1\" y=\"0\" width=\"%2\" height=\"36\" fill=\"#e8a23a\"/>")
               .arg(usedOther)
               .arg(reclaim);
    svg += QStringLiteral("<rect x=\"%1\" y=\"0\" width=\"%2\" height=\"36\" fill=\"#5fb58a\"/>")
               .arg(usedOther + reclaim)
               .arg(freeW);
    // The bracket: the free space the upgrade needs, measured from the end of the volume.
    if (d.neededBytes) {
        const int needX = 1000 - std::min(1000, int(*d.neededBytes * scale + 0.5));
        svg += QStringLiteral("<path d=\"M%1 42v14M%1 49H1000M999 42v14\" stroke=\"#1f2933\" "
                              "stroke-width=\"3\" fill=\"none\" vector-effect=\"non-scaling-stroke\"/>")
                   .arg(needX + 1);
    }
    svg += QStringLiteral("</svg>");

    auto legend = [&](const char *colour, const char *key, qint64 bytes) {
        return QStringLiteral("<li><span class=\"swatch\" style=\"background:%1\"></span>%2: <b>%3</b></li>")
            .arg(QLatin1String(colour), htmlEscape(s.text(key)), htmlEscape(s.bytes(bytes)));
    };
    QString html = QStringLiteral("<div class=\"disk\">") + svg + QStringLiteral("<ul class=\"legend\">");
    html += legend("#7b8794", "disk_used", d.totalBytes - d.freeBytes);
    html += legend("#e8a23a", "disk_reclaimable", d.reclaimableBytes);
    html += legend("#5fb58a", "disk_free", d.freeBytes);
    if (d.neededBytes) {
        html += QStringLiteral("<li><span class=\"swatch bracket\"></span>%1: <b>%2</b></li>")
                    .arg(htmlEscape(s.text("disk_needed")), htmlEscape(s.bytes(*d.neededBytes)));
    }
    html += QStringLiteral("<li class=\"total\">%1: <b>%2</b></li></ul>")
                .arg(htmlEscape(s.text("disk_size")), htmlEscape(s.bytes(d.totalBytes)));
    if (!d.neededBytes)
        return html + QStringLiteral("</div>");
    const qint64 need = *d.neededBytes;
    const char *conclusion = d.freeBytes >= need   ? "disk_enough"
        : d.freeBytes + d.reclaimableBytes >= need ? "disk_enough_after_cleanup"
                                                   : "disk_short";
    const char *cls = d.freeBytes >= need ? "ok" : d.freeBytes + d.reclaimableBytes >= need ? "fix" : "bad";
    html += QStringLiteral("<p class=\"disk-note %1\">%2</p></div>")
                .arg(QLatin1String(cls), htmlEscape(s.text(conclusion)));
    return html;
}

} // namespace urs
