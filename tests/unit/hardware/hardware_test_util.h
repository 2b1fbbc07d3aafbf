// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the hardware probe tests: where the SYNTHETIC captured trees live, a
// writable copy of a tree, and a probe run with the test excerpt of pci.ids.
#pragma once

#include "facts/fact_set.h"
#include "hardware/hardware_probe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace urs::test {

inline QString sourceDir()
{
    const QByteArray env = qgetenv("URS_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(URS_TEST_SOURCE_DIR) : QString::fromLocal8Bit(env);
}

inline QString hardwareDataDir()
{
    return sourceDir() + QStringLiteral("/tests/data/hardware");
}

inline QString treeDir(const QString &name)
{
    return hardwareDataDir() + QLatin1Char('/') + name;
}

inline QStringList treeNames()
{
    return {QStringLiteral("laptop-2014"), QStringLiteral("desktop-2019"),
        QStringLiteral("desktop-uefi-tpm2"), QStringLiteral("vm"), QStringLiteral("no-popcnt"),
        QStringLiteral("x86-32bit-era")};
}

// Runs the probe with names from the committed pci.ids excerpt, so results do not depend on
// the pci.ids version of the machine running the tests.
inline FactSet probe(const QString &root)
{
    qputenv("URS_PCI_IDS", (hardwareDataDir() + QStringLiteral("/pci.ids")).toLocal8Bit());
    FactSet facts;
    HardwareProbe(root).collect(facts);
    return facts;
}

// "[...]" or "{...}" or a scalar in JSON text -> value.
inline QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    if (!doc.isArray())
        qFatal("bad JSON in test: %s", text);
    return doc.array().first();
}

inline QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}

// A writable copy of a tree (or an empty root) in a temporary directory.
class TempTree {
public:
    explicit TempTree(const QString &copyOf = {})
    {
        if (!copyOf.isEmpty())
            copy(copyOf, m_dir.path());
    }
    QString path() const { return m_dir.path(); }
    QString file(const QString &rel) const { return m_dir.path() + QLatin1Char('/') + rel; }
    void write(const QString &rel, const QByteArray &data) const
    {
        QDir().mkpath(QFileInfo(file(rel)).path());
        QFile f(file(rel));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    bool remove(const QString &rel) const
    {
        const QFileInfo info(file(rel));
        return info.isDir() ? QDir(file(rel)).removeRecursively() : QFile::remove(file(rel));
    }

private:
    // Plain read and write: QFile::copy syncs every file to disk, which makes tests slow.
    static void copy(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString src = it.next();
            const QString dst = to + src.mid(from.size());
            QDir().mkpath(QFileInfo(dst).path());
            QFile in(src);
            QFile out(dst);
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                qFatal("cannot copy %s to %s", qPrintable(src), qPrintable(dst));
            out.write(in.readAll());
        }
    }
    QTemporaryDir m_dir;
};

} // namespace urs::test
