// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the built upgrade-scan binary (URS_CLI) the way a technician or a script would.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace urs::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline QString repoPath(const QString &relative)
{
    return qEnvironmentVariable("URS_SOURCE_DIR") + QLatin1Char('/') + relative;
}

inline CliRun runCli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(qEnvironmentVariable("URS_CLI"), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The value at a JSON pointer ("/windows/build"), or Undefined.
inline QJsonValue at(const QJsonObject &root, const QString &pointer)
{
    QJsonValue cur = root;
    for (const QString &part : pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!cur.isObject())
            return QJsonValue::Undefined;
        cur = cur.toObject().value(part);
    }
    return cur;
}

} // namespace urs::test
