// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_options.h"
#include "common/scan_error.h"
#include "facts/fact_catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace urs::cli {

static QString catalogMarkdown()
{
    QString md = QStringLiteral("| JSON pointer | type | meaning |\n|---|---|---|\n");
    for (const FactSpec &spec : FactCatalog::all()) {
        md += QStringLiteral("| `%1` | %2 | %3 |\n")
                  .arg(FactSet::jsonPointer(QString::fromLatin1(spec.name)), FactCatalog::typeName(spec.type),
                      QString::fromUtf8(spec.description).replace(QLatin1Char('|'), QStringLiteral("\\|")));
    }
    return md;
}

// With no --source: what this machine has (disks and the Windows installations on them).
static int listMachine(const ScanOptionParser &options)
{
    SessionOptions sessionOptions = options.sessionOptions();
    sessionOptions.excludedDisks = options.parser().values(QStringLiteral("exclude-disk"));
    const QString root = sessionOptions.hardwareRoot;
    ScanSession session(sessionOptions);
    const QList<DiscoveredDisk> disks = session.discoverDisks();
    if (options.json()) {
        QJsonArray arr;
        for (const DiscoveredDisk &d : disks)
            arr.append(d.toJson());
        out() << QJsonDocument(QJsonObject {{QStringLiteral("disks"), arr}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (disks.isEmpty()) {
        out() << "No disks found under " << root << "sys/block.\n";
        return 0;
    }
    for (const DiscoveredDisk &d : disks)
        out() << d.toText();
    out() << "\nScan one with: upgrade-scan facts --source DEVICE [--windows N]\n";
    return 0;
}

int runFacts(const QStringList &arguments)
{
    ScanOptionParser options(QStringLiteral("facts"),
        QStringLiteral("Print the facts read from the hardware and an offline Windows."));
    options.parser().addOptions({
        {QStringLiteral("catalog"), QStringLiteral("Print the fact catalogue (Markdown).")},
        {QStringLiteral("exclude-disk"),
            QStringLiteral("Without --source: leave this disk out of the list (sdb or /dev/sdb, e.g. the "
                           "scanner's own stick). Repeatable."),
            QStringLiteral("NAME")},
    });
    int code = 0;
    if (!options.parse(arguments, &code))
        return code;
    if (options.parser().isSet(QStringLiteral("catalog"))) {
        out() << catalogMarkdown();
        return 0;
    }
    if (!options.hasSource())
        return listMachine(options);

    ScanSession session(options.sessionOptions());
    const ScanRequest request = options.request();
    std::optional<ScanRecord> result = runScan(session, request, Judge::FactsOnly, &code);
    if (!result)
        return code;
    if (options.json())
        out() << QJsonDocument(result->facts.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << "Facts from " << request.sourcePath << " (hardware: " << session.options().hardwareRoot
              << ")\n"
              << result->facts.toText();
    return 0;
}

} // namespace urs::cli
