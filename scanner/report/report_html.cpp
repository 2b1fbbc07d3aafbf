// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_html.h"

#include "common/core_text.h"
#include "engine/scan_record.h"
#include "report/disk_space_bar.h"
#include "report/findings_html.h"
#include "report/html_escape.h"
#include "report/machine_identity.h"
#include "report/machine_time_zone.h"
#include "report/plan_html.h"
#include "report/qr_svg.h"
#include "report/report_strings.h"
#include "report/report_style.h"
#include "report/report_text.h"
#include "report/report_writer.h"

namespace urs {

namespace {

QString e(const QString &s)
{
    return htmlEscape(s);
}

// A fact for the identity table: its value (in words where the rule data has them), or
// "unknown" with the reason on hover and in print.
QString factCell(const FactSet &facts, const FactLabels &labels, const char *name, const ReportStrings &s)
{
    const Fact *f = facts.find(QString::fromLatin1(name));
    if (f && f->known)
        return e(ReportText::factWords(labels, f->name, f->value, s));
    QString reason = f ? CoreText::in(f->unknownReason, s.lang()) : QString();
    return reason.isEmpty()
        ? QStringLiteral("<span class=\"unknown\">%1</span>").arg(e(s.text("unknown_value")))
        : QStringLiteral("<span class=\"unknown\" title=\"%2\">%1 (%2)</span>")
              .arg(e(s.text("unknown_value")), e(reason));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(e(label), valueHtml);
}

// What the technician typed, where it was typed; nothing when a field is empty.
QString notesRows(const ScanNotes &notes, const ReportStrings &s)
{
    QString h;
    if (!notes.assetTag.isEmpty())
        h += row(s.text("asset_tag"), e(notes.assetTag));
    if (!notes.technician.isEmpty())
        h += row(s.text("technician"), e(notes.technician));
    if (!notes.note.isEmpty())
        h += row(s.text("note"), e(notes.note).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return h;
}

QString identity(const ScanRecord &r, const ReportStrings &s)
{
    const FactSet &f = r.facts;
    const FactLabels labels = r.assessment ? r.assessment->factLabels : FactLabels();
    const MachineIdentity id = MachineIdentity::fromFacts(f);
    QString h
        = QStringLiteral("<section class=\"card\"><h2 style=\"margin-top:0\">%1</h2><dl class=\"identity\">")
              .arg(e(s.text("machine")));
    h += row(s.text("manufacturer"), factCell(f, labels, "hardware.smbios.system.manufacturer", s));
    h += row(s.text("model"), factCell(f, labels, "hardware.smbios.system.product", s));
    h += row(s.text("serial"), factCell(f, labels, "hardware.smbios.system.serial", s));
    h += row(s.text("uuid"), factCell(f, labels, "hardware.smbios.system.uuid", s));
    h += row(s.text("computer_name"), factCell(f, labels, "windows.computer_name", s));
    const QString os = id.sourceOsText(s.lang());
    h += row(s.text("windows"), os.isEmpty() ? factCell(f, labels, "windows.product_name", s) : e(os));
    h += row(s.text("processor"), factCell(f, labels, "hardware.cpu.model_name", s));
    const std::optional<QJsonValue> mem = f.value(QStringLiteral("hardware.memory_bytes"));
    h += row(s.text("memory"),
        mem ? e(s.bytes(qint64(mem->toDouble()))) : factCell(f, labels, "hardware.memory_bytes", s));
    QString firmware = factCell(f, labels, "hardware.firmware.type", s);
    if (const std::optional<QJsonValue> sb = f.value(QStringLiteral("hardware.firmware.secure_boot")))
        firmware += QStringLiteral(", ") + e(s.text(sb->toBool() ? "secure_boot_on" : "secure_boot_off"));
    h += row(s.text("firmware"), firmware);
    const std::optional<QJsonValue> tpm = f.value(QStringLiteral("hardware.tpm.present"));
    QString tpmText = !tpm ? factCell(f, labels, "hardware.tpm.present", s)
        : tpm->toBool()
        ? e(f.value(QStringLiteral("hardware.tpm.version")).value_or(QJsonValue(s.text("yes"))).toString())
        : e(s.text("not_present"));
    h += row(s.text("tpm"), tpmText);
    const std::optional<MachineTimeZone> zone = MachineTimeZone::fromFacts(f);
    h += row(s.text("scanned"),
        e(zone ? ReportText::scanTime(r.scanTime, zone->toLocal(r.scanTime), zone->name(), s)
               : s.dateTime(r.scanTime)));
    h += row(s.text("versions"),
        e(s.text("version_line")
                .arg(QStringLiteral(URS_VERSION),
                    r.assessment ? r.assessment->rulesVersion : s.text("unknown_value"))));
    h += notesRows(r.notes.normalized(), s);
    return h + QStringLiteral("</dl></section>");
}

QString findingTitle(const Assessment &a, const QString &id, const QString &targetId, const QString &lang)
{
    QString title = id;
    for (const Finding &f : a.findings)
        if (f.id == id && (f.target == targetId || f.target.isEmpty()) && !f.title.in(lang).isEmpty())
            title = f.title.in(lang);
    return title;
}

QString verdicts(const Assessment &a, const ReportStrings &s)
{
    const QString lang = s.lang();
    QString h = QStringLiteral("<div class=\"verdicts\">");
    for (const TargetVerdict &t : a.targets) {
        h += QStringLiteral("<section class=\"card verdict v-%1\"><h3>%2</h3><span class=\"badge\">%3</span>")
                 .arg(verdictName(t.verdict), e(t.name.in(lang).isEmpty() ? t.targetId : t.name.in(lang)),
                     e(s.verdict(t.verdict)));
        if (!t.summary.in(lang).isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(e(t.summary.in(lang)));
        if (!t.lifecycle.in(lang).isEmpty())
            h += QStringLiteral("<p class=\"lifecycle\">%1: %2</p>")
                     .arg(e(s.text("lifecycle")), e(t.lifecycle.in(lang)));
        if (!t.reasons.isEmpty()) {
            h += QStringLiteral("<p class=\"lifecycle\">%1:</p><ul>").arg(e(s.text("decided_by")));
            for (const QString &id : t.reasons) {
                const QString anchor = FindingsHtml::anchorFor(a, id, t.targetId);
                const QString title = findingTitle(a, id, t.targetId, lang);
                h += anchor.isEmpty()
                    ? QStringLiteral("<li>%1</li>").arg(e(title))
                    : QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(anchor, e(title));
            }
            h += QStringLiteral("</ul>");
        }
        if (!t.toConfirm.isEmpty()) {
            h += QStringLiteral("<p class=\"lifecycle\">%1:</p><ul>").arg(e(s.text("to_confirm")));
            for (const QString &id : t.toConfirm) {
                const QString anchor = FindingsHtml::anchorFor(a, id, t.targetId);
                h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>")
                         .arg(anchor, e(findingTitle(a, id, t.targetId, lang)));
            }
            h += QStringLiteral("</ul>");
        }
        if (!t.alternative.in(lang).isEmpty())
            h += QStringLiteral("<p><b>%1:</b> %2</p>")
                     .arg(e(s.text("alternative")), e(t.alternative.in(lang)));
        h += QStringLiteral("</section>");
    }
    return h + QStringLiteral("</div>");
}

// Every guide with an official page gets a QR code; guides that live only on the stick are
// listed by name and section.
QString guides(const Assessment &a, const ReportStrings &s)
{
    QStringList seen;
    QString cards;
    for (const Finding &f : a.findings) {
        if (f.status == FindingStatus::Pass)
            continue;
        for (const GuideLink &g : f.guides) {
            const QString key = g.url.isEmpty() ? g.guide + QLatin1Char('#') + g.section : g.url;
            if (seen.contains(key))
                continue;
            seen << key;
            const QString title = g.title.in(s.lang()).isEmpty() ? g.guide : g.title.in(s.lang());
            if (g.url.isEmpty()) {
                cards += QStringLiteral(
                    "<div class=\"card guide\"><div><b>%1</b><div class=\"url\">%2</div></div></div>")
                             .arg(e(title), e(s.text("guide_on_stick")));
                continue;
            }
            cards += QStringLiteral("<div class=\"card guide\">%1<div><a href=\"%2\"><b>%3</b></a><div "
                                    "class=\"url\">%4</div></div></div>")
                         .arg(QrSvg::encode(g.url), e(g.url), e(title), htmlEscapeBreakingUrls(g.url));
        }
    }
    if (cards.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2><p class=\"sub\">%2</p><div class=\"guides\">%3</div>")
        .arg(e(s.text("guide_links")), e(s.text("guide_scan_hint")), cards);
}

QString evidenceFiles(const QList<EvidenceFile> &files, const ReportStrings &s)
{
    if (files.isEmpty())
        return {};
    QString h = QStringLiteral("<h2>%1</h2><ul>").arg(e(s.text("evidence_files")));
    for (const EvidenceFile &f : files)
        h += QStringLiteral("<li><code>%1</code> <span class=\"src\">← %2 (%3)</span></li>")
                 .arg(e(f.name), e(f.sourcePath), e(s.bytes(f.originalSize)));
    return h + QStringLiteral("</ul>");
}

} // namespace

QByteArray ReportHtml::render(
    const ScanRecord &result, const ReportOptions &options, const QList<EvidenceFile> &evidence)
{
    const ReportStrings s(options.lang);
    const MachineIdentity id = MachineIdentity::fromFacts(result.facts);
    QString title = s.text("title");
    const QString who
        = QStringList {id.manufacturer, id.model, id.computerName}.join(QLatin1Char(' ')).simplified();
    if (!who.isEmpty())
        title += QStringLiteral(" — ") + who;

    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                               "style-src 'unsafe-inline'; img-src data:\">"
                               "<title>%2</title><style>%3</style></head><body><main>")
                    .arg(options.lang, e(title), ReportStyle::css());
    h += QStringLiteral("<header class=\"top\"><h1>%1</h1><p class=\"sub\">%2</p></header>")
             .arg(e(s.text("title")), e(s.text("subtitle")));
    // The answer first: the best path and its steps, then who the machine is and the details.
    if (result.assessment)
        h += PlanHtml::render(*result.assessment, s);
    h += identity(result, s);

    h += QStringLiteral("<h2>%1</h2>").arg(e(s.text("verdicts")));
    if (result.assessment)
        h += verdicts(*result.assessment, s);
    else
        h += QStringLiteral("<p>%1</p>").arg(e(s.text("not_evaluated")));

    h += QStringLiteral("<h2>%1</h2><section class=\"card\">").arg(e(s.text("disk")));
    if (const std::optional<DiskSpace> d = DiskSpace::fromFacts(result.facts, options.neededFreeBytes))
        h += DiskSpaceBar::html(*d, s);
    else
        h += QStringLiteral("<p class=\"unknown\">%1</p>").arg(e(s.text("disk_unknown")));
    h += QStringLiteral("</section>");

    if (result.assessment && !result.assessment->findings.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(e(s.text("matrix")));
        h += FindingsHtml::matrix(*result.assessment, s);
        h += QStringLiteral("<h2>%1</h2>").arg(e(s.text("findings")));
        h += FindingsHtml::findings(*result.assessment, s);
        h += guides(*result.assessment, s);
    }
    h += evidenceFiles(evidence, s);
    h += QStringLiteral("<footer>%1</footer></main></body></html>\n")
             .arg(e(s.text("footer").arg(QStringLiteral(URS_VERSION),
                 result.assessment ? result.assessment->rulesVersion : s.text("unknown_value"))));
    return h.toUtf8();
}

} // namespace urs
